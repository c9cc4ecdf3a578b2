package vn.thidua.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Reads and checks the audit trail; administrators only. */
public interface AuditTrail {

    Page<AuditRecord> browse(String entityType, String entityId, Pageable pageable);

    /** Recomputes the hash chain from the first entry and reports the first entry that does not match. */
    ChainVerification verify();

    /** @param firstBrokenSequence the first entry whose hash does not match, or null when the chain is intact */
    record ChainVerification(long entriesChecked, Long firstBrokenSequence) {

        public boolean intact() {
            return firstBrokenSequence == null;
        }
    }
}
