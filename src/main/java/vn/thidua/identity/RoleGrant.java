package vn.thidua.identity;

/**
 * A role over the subtree of a unit. A signing leader's grant also says how the leader signs for that unit:
 * the title (chức vụ, e.g. «Giám đốc») and the authority lines above it (e.g. «KT. GIÁM ĐỐC»), as ND 30/2020
 * prescribes for the signature block.
 */
public record RoleGrant(Role role, long unitId, String signingTitle, String signingAuthority) {

    public static RoleGrant of(Role role, long unitId) {
        return new RoleGrant(role, unitId, null, null);
    }
}
