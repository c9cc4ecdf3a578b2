package vn.thidua.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;

/** A stored role grant of an account (phân quyền theo đơn vị). */
@Entity
@Table(name = "idn_role_grant")
class Grant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Role role;
    private long unitId;
    private String signingTitle;
    private String signingAuthority;

    protected Grant() {
    }

    Grant(RoleGrant grant) {
        this.role = grant.role();
        this.unitId = grant.unitId();
        this.signingTitle = grant.signingTitle();
        this.signingAuthority = grant.signingAuthority();
    }

    RoleGrant toRoleGrant() {
        return new RoleGrant(role, unitId, signingTitle, signingAuthority);
    }
}
