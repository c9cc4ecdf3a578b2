package vn.thidua.audit;

import java.time.Instant;

/** One entry of the audit trail as shown to administrators. */
public record AuditRecord(long sequence, Instant occurredAt, String actor, String action, String entityType,
        String entityId, String before, String after, String reason, String hash) {
}
