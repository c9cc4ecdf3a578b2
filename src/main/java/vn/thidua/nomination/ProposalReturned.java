package vn.thidua.nomination;

/** Published when a proposal is sent back to its unit, with the reason. */
public record ProposalReturned(long proposalId, long proposingUnitId, String reason) {
}
