package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * An issued decision.
 *
 * @param numberSymbol số và ký hiệu, e.g. «15/QĐ-SGTVT»
 */
public record DecisionInfo(long id, String numberSymbol, LocalDate issuedOn, long issuerUnitId, String issuerName,
        String awardCode, String awardName, String signerName, List<Recipient> recipients) {

    /**
     * One awardee, with the number in the decision that the certificate prints as «Số sổ vàng» and the money.
     */
    public record Recipient(long personId, String fullName, String unitName, int goldenBookNumber, long amount) {
    }
}
