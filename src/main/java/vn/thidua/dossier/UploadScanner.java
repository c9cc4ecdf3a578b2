package vn.thidua.dossier;

/**
 * Quét mã độc: the hook every upload passes before it is stored. A deployment replaces the built-in scanner (which
 * knows only the EICAR test signature) with a bean that calls its antivirus, e.g. ClamAV.
 */
public interface UploadScanner {

    /** @return true when the content may be stored */
    boolean isClean(byte[] content);
}
