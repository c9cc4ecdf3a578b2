package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;

/** Published in the issuing transaction: the registry (sổ vàng) records each recipient's award from it. */
public record DecisionIssued(long decisionId, String numberSymbol, LocalDate issuedOn, long issuerUnitId,
        String issuerName, String awardCode, String awardName, List<DecisionInfo.Recipient> recipients) {
}
