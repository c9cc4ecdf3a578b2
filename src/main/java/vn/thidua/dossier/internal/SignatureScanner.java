package vn.thidua.dossier.internal;

import java.nio.charset.StandardCharsets;
import vn.thidua.dossier.UploadScanner;

/**
 * The scanner used when the deployment provides none: it refuses content carrying the EICAR anti-malware test
 * signature, which is how operators check that the upload path is scanned at all. Real scanning needs a real
 * antivirus behind {@link UploadScanner}.
 */
class SignatureScanner implements UploadScanner {

    private static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @Override
    public boolean isClean(byte[] content) {
        outer:
        for (int i = 0; i + EICAR.length <= content.length; i++) {
            for (int j = 0; j < EICAR.length; j++) {
                if (content[i + j] != EICAR[j]) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }
}
