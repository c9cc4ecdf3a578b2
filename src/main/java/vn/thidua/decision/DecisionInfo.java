package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * An issued decision.
 *
 * @param numberSymbol số và ký hiệu, e.g. «15/QĐ-SGTVT»
 * @param annulled     whether a later document annulled it (hủy bỏ); it is kept, never deleted
 * @param version      what a correction or annulment must name (optimistic locking)
 */
public record DecisionInfo(long id, String numberSymbol, LocalDate issuedOn, long issuerUnitId, String issuerName,
        String awardCode, String awardName, String signerName, List<Recipient> recipients, boolean annulled,
        long version) {

    /**
     * One awardee, with the number in the decision that the certificate prints as «Số sổ vàng» and the money. A
     * person carries its id and unit; a collective (tập thể) only its unit.
     */
    public record Recipient(SubjectType subjectType, Long personId, long unitId, String fullName, String unitName,
            int goldenBookNumber, long amount, String campaignCode) {
    }
}
