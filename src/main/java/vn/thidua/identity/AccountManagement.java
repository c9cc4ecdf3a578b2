package vn.thidua.identity;

import java.util.List;

/**
 * Creates and maintains local accounts (tài khoản). Administrators only, and only for accounts whose every grant
 * lies inside their own administrative scope; the system actor is not limited. Every change is audited with its
 * reason, and no administrator can change their own account here (nobody locks themselves out by mistake).
 */
public interface AccountManagement {

    /** Creates an account with the given grants; the password is hashed with Argon2id. */
    long createAccount(NewAccount account);

    boolean exists(String username);

    /** The accounts the current administrator may manage, by username. */
    List<AccountView> manageableAccounts();

    AccountView account(long accountId);

    /** Replaces the account's role grants. A grant change applies from the account's next sign-in. */
    void changeGrants(long accountId, long expectedVersion, List<RoleGrant> grants, String reason);

    /** Disables the account, or enables it again (which also lifts a lockout). */
    void setEnabled(long accountId, long expectedVersion, boolean enabled, String reason);

    /** Sets a new password (checked against the policy) and lifts a lockout. */
    void resetPassword(long accountId, long expectedVersion, String newPassword, String reason);

    /** What a new account needs. The password is checked against the password policy. */
    /** @param email where notifications are mailed; null for in-app notifications only */
    record NewAccount(String username, String displayName, String password, List<RoleGrant> grants, String email) {

        public NewAccount(String username, String displayName, String password, List<RoleGrant> grants) {
            this(username, displayName, password, grants, null);
        }
    }

    /** An account as administrators see it: never its password hash. */
    record AccountView(long id, String username, String displayName, boolean enabled, boolean locked,
            List<RoleGrant> grants, long version) {
    }
}
