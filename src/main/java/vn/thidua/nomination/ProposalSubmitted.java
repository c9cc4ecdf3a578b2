package vn.thidua.nomination;

/** Published when a unit submits a proposal to the grantor. */
public record ProposalSubmitted(long proposalId, long proposingUnitId, long grantorUnitId) {
}
