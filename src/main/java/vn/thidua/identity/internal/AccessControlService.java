package vn.thidua.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.Actor;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.identity.UnitHierarchy;

/** Role and scope checks against the grants the signed-in account carries. */
@Service
class AccessControlService implements AccessControl {

    private static final Actor SYSTEM = new Actor(0, SystemActor.NAME, SystemActor.NAME, List.of());

    private final UnitHierarchy hierarchy;

    AccessControlService(UnitHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("not signed in");
        }
        if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.actor();
        }
        if (isSystem(authentication)) {
            return SYSTEM;
        }
        throw new AccessDeniedException("unknown principal");
    }

    @Override
    public void require(long unitId, Role... anyOf) {
        if (!can(unitId, anyOf)) {
            throw new AccessDeniedException("requires " + Arrays.toString(anyOf) + " over unit " + unitId);
        }
    }

    @Override
    public boolean can(long unitId, Role... anyOf) {
        return isUnrestricted() || !grantsCovering(unitId, anyOf).isEmpty();
    }

    @Override
    public List<RoleGrant> grantsCovering(long unitId, Role... anyOf) {
        Set<Role> roles = Set.of(anyOf);
        return currentActor().grants().stream()
                .filter(grant -> roles.contains(grant.role()))
                .filter(grant -> hierarchy.isWithin(unitId, grant.unitId()))
                .toList();
    }

    @Override
    public Set<Long> scopeRoots(Role... anyOf) {
        Set<Role> roles = Set.of(anyOf);
        return currentActor().grants().stream()
                .filter(grant -> roles.contains(grant.role()))
                .map(RoleGrant::unitId)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean isUnrestricted() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && isSystem(authentication);
    }

    private static boolean isSystem(Authentication authentication) {
        return SystemActor.NAME.equals(authentication.getName()) && authentication.getAuthorities().stream()
                .anyMatch(authority -> SystemActor.AUTHORITY.equals(authority.getAuthority()));
    }
}
