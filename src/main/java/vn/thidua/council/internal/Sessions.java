package vn.thidua.council.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Sessions extends JpaRepository<CouncilSession, Long> {

    /** Locks the session row: ballots and the close of the vote serialise on it, so no ballot slips in after. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from CouncilSession s where s.id = :id")
    Optional<CouncilSession> locked(long id);

    @Query("select s from CouncilSession s where s.councilUnitId in :units order by s.heldOn desc, s.id desc")
    List<CouncilSession> within(Collection<Long> units);
}
