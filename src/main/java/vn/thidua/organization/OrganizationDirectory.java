package vn.thidua.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Reads the organisation. The unit tree (names, codes, levels) is visible to every signed-in user; people only
 * inside the reader's scope.
 */
public interface OrganizationDirectory {

    UnitInfo unit(long unitId);

    Optional<UnitInfo> unitByCode(String code);

    /** The top units (those without a parent). */
    List<UnitInfo> roots();

    /** Direct children, in Vietnamese order of their names. */
    List<UnitInfo> children(long unitId);

    /** From the root down to the unit itself. */
    List<UnitInfo> path(long unitId);

    /** The nearest unit at or above this one whose level is one of the given levels. */
    Optional<UnitInfo> nearestAncestor(long unitId, java.util.Set<UnitLevel> levels);

    /** The given units and every unit below them. */
    java.util.Set<Long> subtree(java.util.Collection<Long> rootIds);

    List<SuccessionInfo> successions(long unitId);

    List<ClusterInfo> clusters(int year);

    /**
     * People whose name matches the query ignoring diacritics and case, within the subtree of the given unit (or
     * every subtree the reader may see, when null), in Vietnamese order of given name.
     */
    Page<PersonInfo> searchPeople(String query, Long withinUnitId, Pageable pageable);

    PersonInfo person(long personId);

    /** The person with this citizen id (số CCCD), when one exists and the reader may see them. */
    Optional<PersonInfo> personByCitizenId(String citizenId);

    List<MembershipInfo> memberships(long personId);
}
