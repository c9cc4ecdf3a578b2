package vn.thidua.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Units extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(Collection<String> codes);
}

interface People extends JpaRepository<Person, Long> {

    @Query("""
            select p from Person p
            where p.nameFolded like concat('%', :folded, '%') and p.unitId in :unitIds
            order by p.sortKey, p.id
            """)
    Page<Person> search(String folded, Collection<Long> unitIds, Pageable pageable);

    List<Person> findByCitizenIdIn(Collection<String> citizenIds);

    boolean existsByCitizenId(String citizenId);

    @Query("select p from Person p where p.unitId in :unitIds order by p.sortKey, p.id")
    List<Person> findInUnits(Collection<Long> unitIds);
}

interface Successions extends JpaRepository<Succession, Long> {

    List<Succession> findByPredecessorIdOrSuccessorId(long predecessorId, long successorId);
}

interface Clusters extends JpaRepository<Cluster, Long> {

    List<Cluster> findByYearOrderByKindAscNameAsc(int year);
}
