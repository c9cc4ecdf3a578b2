package vn.thidua.identity;

import java.util.List;
import java.util.Optional;

/** Who to tell: the enabled accounts holding a role over a unit, and their contact details, for notifications. */
public interface AccountContacts {

    /** @param email null when the account has none (in-app notifications only) */
    record Contact(String username, String displayName, String email) {
    }

    /** Enabled accounts with a grant of the role on the unit or on a unit above it. */
    List<Contact> holders(long unitId, Role role);

    Optional<Contact> contact(String username);
}
