package vn.thidua.decision;

/** Published when a decision is annulled (hủy bỏ): its awards no longer count and its certificates say so. */
public record DecisionAnnulled(long decisionId, String numberSymbol, String reference, String reason) {
}
