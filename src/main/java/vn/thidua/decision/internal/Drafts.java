package vn.thidua.decision.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Drafts extends JpaRepository<DecisionDraft, Long> {

    /** Locks the draft: two leaders approving at once issue one decision. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DecisionDraft d where d.id = :id")
    Optional<DecisionDraft> locked(long id);

    @Query("select d from DecisionDraft d where d.issuerUnitId in :units order by d.createdAt desc, d.id desc")
    List<DecisionDraft> issuedBy(Collection<Long> units);
}
