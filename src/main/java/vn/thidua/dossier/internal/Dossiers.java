package vn.thidua.dossier.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Dossiers extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCreationKey(String creationKey);

    /** Locks the row: approve-against-return races on one dossier leave one outcome. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dossier d where d.id = :id")
    Optional<Dossier> locked(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dossier d where d.receivingUnitId = :unit and d.status = :status order by d.id")
    List<Dossier> lockedAt(long unit, vn.thidua.dossier.DossierStatus status);

    @Query("""
            select d from Dossier d where d.proposingUnitId in :units
               or (d.receivingUnitId in :units and d.status <> vn.thidua.dossier.DossierStatus.DRAFT)
            order by d.createdAt desc, d.id desc""")
    List<Dossier> visible(Collection<Long> units);
}
