package vn.thidua.audit;

/** Writes the audit trail (nhật ký thay đổi). Call inside the transaction that makes the change. */
public interface AuditLog {

    /**
     * Records one change by the current user.
     *
     * @param action     what was done, e.g. "proposal.approve"
     * @param entityType the kind of thing changed, e.g. "Proposal"
     * @param entityId   its id
     * @param before     its state before (null when created); serialised as JSON
     * @param after      its state after (null when removed); serialised as JSON
     * @param reason     why, as the user gave it (may be null)
     */
    void record(String action, String entityType, Object entityId, Object before, Object after, String reason);
}
