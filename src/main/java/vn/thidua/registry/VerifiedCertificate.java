package vn.thidua.registry;

import java.time.LocalDate;

/**
 * What the public verification page (trang xác thực bằng khen, giấy khen) shows for a certificate's code: the
 * recipient's name, unit and award, and the decision; no other personal data.
 */
public record VerifiedCertificate(String code, String recipientName, String recipientUnit, String awardName,
        String decisionNumber, LocalDate decisionDate, String issuerName, int goldenBookNumber, boolean annulled) {
}
