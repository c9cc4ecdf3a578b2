package vn.thidua.audit.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.audit.AuditLog;
import vn.thidua.audit.AuditRecord;
import vn.thidua.audit.AuditTrail;

/**
 * Appends to the hash chain. The single row of {@code audit_head} is locked for the rest of the transaction, so
 * concurrent writers take turns and each entry links to the one committed before it.
 */
@Service
class AuditLogService implements AuditLog, AuditTrail {

    static final String SYSTEM_ACTOR = "system";

    private final AuditEntries entries;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLogService(AuditEntries entries, EntityManager entityManager, JdbcTemplate jdbc, JsonMapper json,
            Clock clock) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, Object before, Object after,
            String reason) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_sequence, last_hash from audit_head where id = 1 for update");
        long sequence = ((Number) head.get("last_sequence")).longValue() + 1;
        AuditEntry entry = new AuditEntry(sequence, clock.instant(), currentActor(), action, entityType,
                String.valueOf(entityId), toJson(before), toJson(after), reason, (String) head.get("last_hash"));
        entityManager.persist(entry);
        jdbc.update("update audit_head set last_sequence = ?, last_hash = ? where id = 1", sequence, entry.hash());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public Page<AuditRecord> browse(String entityType, String entityId, Pageable pageable) {
        return entries.search(blankToNull(entityType), blankToNull(entityId), pageable).map(AuditEntry::toRecord);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public ChainVerification verify() {
        String expectedPrevious = HashChain.GENESIS;
        long checked = 0;
        try (var stream = entries.streamInOrder()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) stream::iterator) {
                checked++;
                if (!entry.previousHash().equals(expectedPrevious) || !entry.computeHash().equals(entry.hash())) {
                    return new ChainVerification(checked, entry.sequence());
                }
                expectedPrevious = entry.hash();
                entityManager.detach(entry);
            }
        }
        return new ChainVerification(checked, null);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof String text ? text : json.writeValueAsString(value);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? SYSTEM_ACTOR : authentication.getName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
