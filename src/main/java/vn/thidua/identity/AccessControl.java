package vn.thidua.identity;

import java.util.List;
import java.util.Set;

/**
 * Checks role and unit scope at the service boundary. Every service method that reads or changes unit data calls
 * one of these first; a refusal is a Spring Security {@code AccessDeniedException} (HTTP 403).
 */
public interface AccessControl {

    /** The signed-in user; refuses when nobody is signed in. */
    Actor currentActor();

    /** Refuses unless the current user holds one of the roles over a scope that contains the unit. */
    void require(long unitId, Role... anyOf);

    /** Whether the current user holds one of the roles over a scope that contains the unit. */
    boolean can(long unitId, Role... anyOf);

    /** The grants of the current user that carry one of the roles and contain the unit. */
    List<RoleGrant> grantsCovering(long unitId, Role... anyOf);

    /**
     * The roots of the subtrees in which the current user holds one of the roles; empty when none. Callers check
     * {@link #isUnrestricted()} first: the system actor has no grants and no limits.
     */
    Set<Long> scopeRoots(Role... anyOf);

    /** True only for the system actor (demo loading, scheduled jobs), which is not limited to a subtree. */
    boolean isUnrestricted();
}
