package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * Published in the issuing transaction: the registry (sổ vàng) records each recipient's award from it and keeps
 * what their certificates print; the dossiers the awardees came from receive it back.
 *
 * @param dossierIds the nomination dossiers of the awardees, none for a decision on a single proposal
 */
public record DecisionIssued(long decisionId, String numberSymbol, LocalDate issuedOn, long issuerUnitId,
        String issuerName, String awardCode, String awardName, List<DecisionInfo.Recipient> recipients,
        Printing printing, List<Long> dossierIds) {

    /**
     * The lines of the certificates (bằng, giấy khen) that go with the decision, as worded in it.
     *
     * @param grantorTitle  the deciding officer, e.g. «Giám đốc Sở Giao thông vận tải»
     * @param title         whether the award is a title (danh hiệu) rather than a form of commendation
     * @param baseAwardName the award without its grantor, e.g. «Giấy khen»
     * @param place         địa danh of the issuer
     * @param signerTitle   e.g. «Giám đốc» or «Phó Giám đốc»
     * @param achievement   the achievement stated in the decision
     */
    public record Printing(String grantorTitle, boolean title, String baseAwardName, String place, String signerTitle,
            String signerName, String achievement) {
    }
}
