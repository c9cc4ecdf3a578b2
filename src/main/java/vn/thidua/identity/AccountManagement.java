package vn.thidua.identity;

import java.util.List;

/** Creates and maintains local accounts (tài khoản). Administrators only, except for the system actor. */
public interface AccountManagement {

    /** Creates an account with the given grants; the password is hashed with Argon2id. */
    long createAccount(NewAccount account);

    boolean exists(String username);

    /** What a new account needs. The password is checked against the password policy. */
    record NewAccount(String username, String displayName, String password, List<RoleGrant> grants) {
    }
}
