package vn.thidua.decision;

/**
 * Published when a recipient's name in a decision is corrected (đính chính): the registry and the certificates print
 * the corrected name; the decision's text stays as it was signed, with the correction recorded beside it.
 *
 * @param goldenBookNumber the recipient's number in the award registry (sổ vàng), as on the certificate
 */
public record DecisionCorrected(long decisionId, int goldenBookNumber, Long personId, long unitId, String oldName,
        String newName, String reference) {
}
