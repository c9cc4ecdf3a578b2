package vn.thidua.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.thidua.audit.AuditRecord;

/** One audit entry. Immutable once written: no setters, and PostgreSQL refuses UPDATE and DELETE on the table. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private long sequence;
    private Instant occurredAt;
    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    @Column(name = "before_state")
    private String before;
    @Column(name = "after_state")
    private String after;
    private String reason;
    private String previousHash;
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long sequence, Instant occurredAt, String actor, String action, String entityType, String entityId,
            String before, String after, String reason, String previousHash) {
        this.sequence = sequence;
        // Microseconds survive every database round trip; the hash must be recomputable from what is stored.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    String computeHash() {
        return HashChain.link(previousHash, Long.toString(sequence), occurredAt.toString(), actor, action, entityType,
                entityId, before, after, reason);
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    long sequence() {
        return sequence;
    }

    AuditRecord toRecord() {
        return new AuditRecord(sequence, occurredAt, actor, action, entityType, entityId, before, after, reason, hash);
    }
}
