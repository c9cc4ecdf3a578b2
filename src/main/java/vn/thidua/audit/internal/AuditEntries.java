package vn.thidua.audit.internal;

import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntries extends JpaRepository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:entityType is null or e.entityType = :entityType)
              and (:entityId is null or e.entityId = :entityId)
            """)
    Page<AuditEntry> search(String entityType, String entityId, Pageable pageable);

    @Query("select e from AuditEntry e order by e.sequence")
    Stream<AuditEntry> streamInOrder();
}
