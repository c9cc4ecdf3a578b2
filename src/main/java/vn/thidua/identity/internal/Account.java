package vn.thidua.identity.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Actor;
import vn.thidua.identity.RoleGrant;
import vn.thidua.shared.BusinessRuleException;

/**
 * Tài khoản: a local account. Owns its lockout: after too many failed sign-ins in a row it is locked for a while.
 */
@Entity
@Table(name = "idn_account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private String email;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "account_id", nullable = false)
    private List<Grant> grants = new ArrayList<>();

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, List<RoleGrant> grants, String email) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.email = email;
        grants.forEach(grant -> this.grants.add(new Grant(grant)));
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the limit-th failure in a row locks the account. Returns whether it locked. */
    boolean signInFailed(Instant now, int limit, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    void signInSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Refuses to act on a version other than the one the administrator saw. */
    void checkVersion(long expected) {
        if (expected != version) {
            throw new BusinessRuleException("error.account.stale", "version", expected, version);
        }
    }

    void replaceGrants(List<RoleGrant> newGrants) {
        grants.clear();
        newGrants.forEach(grant -> grants.add(new Grant(grant)));
    }

    /** Enabling also lifts a lockout: the administrator has checked who is asking. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            signInSucceeded();
        }
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        signInSucceeded();
    }

    AccountManagement.AccountView toView(Instant now) {
        return new AccountManagement.AccountView(id, username, displayName, enabled, isLocked(now),
                grants.stream().map(Grant::toRoleGrant).toList(), version);
    }

    List<RoleGrant> roleGrants() {
        return grants.stream().map(Grant::toRoleGrant).toList();
    }

    Actor toActor() {
        return new Actor(id, username, displayName, grants.stream().map(Grant::toRoleGrant).toList());
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
