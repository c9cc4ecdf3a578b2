package vn.thidua.registry;

import java.util.List;
import java.util.Optional;
import vn.thidua.document.CertificateSheet;

/** Prints the certificates of issued decisions and answers the public verification of their codes. */
public interface Certificates {

    /**
     * The certificates of a decision in one PDF, one page per recipient in sổ vàng order, to anyone who may read the
     * decision.
     *
     * @param blank null for whole sheets; the printer's calibration to print on pre-printed blanks
     */
    byte[] print(long decisionId, CertificateSheet.Calibration blank);

    /** A certificate by the code printed under its QR code; public, no sign-in. */
    Optional<VerifiedCertificate> verify(String code);

    /** The published awards of a year, newest decision first, in sổ vàng order within a decision; public. */
    List<PublicAward> published(int year);

    /** The published awards that came through a campaign, in the same order; public. */
    List<PublicAward> publishedIn(String campaignCode);
}
