package vn.thidua.nomination;

/** Published when the signing leader approves a proposal. */
public record ProposalApproved(long proposalId, long grantorUnitId, long personId) {
}
