package vn.thidua.identity;

import java.util.List;

/** The signed-in user as services see it: account, name and role grants. */
public record Actor(long accountId, String username, String displayName, List<RoleGrant> grants) {

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }
}
