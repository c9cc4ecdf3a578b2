package vn.thidua.identity.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.RoleGrant;
import vn.thidua.identity.SystemActor;
import vn.thidua.identity.UnitHierarchy;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.NotFoundException;

/**
 * Account administration. An administrator manages an account only when every grant of it lies inside the
 * administrator's own scope, so the admin of one agency can neither see nor disarm the province's accounts.
 */
@Service
class AccountAdministration implements AccountManagement {

    private static final int MIN_PASSWORD_LENGTH = 10;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccessControl access;
    private final UnitHierarchy units;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdministration(Accounts accounts, PasswordEncoder passwordEncoder, AccessControl access,
            UnitHierarchy units, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long createAccount(NewAccount request) {
        requireAdministrator();
        checkGrants(request.grants());
        if (request.username() == null || !request.username().matches("[a-z0-9._-]{3,60}")
                || SystemActor.NAME.equals(request.username())) {
            throw new BusinessRuleException("error.account.username", "username", request.username());
        }
        if (request.displayName() == null || request.displayName().isBlank()
                || request.displayName().length() > 120) {
            throw new BusinessRuleException("error.account.displayName", "displayName");
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new BusinessRuleException("error.account.email", "email", email);
        }
        if (accounts.existsByUsername(request.username())) {
            throw new BusinessRuleException("error.account.exists", "username", request.username());
        }
        Account account = accounts.save(new Account(request.username(), request.displayName().strip(),
                hash(request.password()), request.grants(), email));
        audit.record("account.create", "Account", account.id(), null, snapshot(account), null);
        return account.id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountView> manageableAccounts() {
        requireAdministrator();
        return accounts.findAll().stream().filter(this::manageable)
                .sorted(Comparator.comparing(Account::username))
                .map(account -> account.toView(clock.instant())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AccountView account(long accountId) {
        return manageableAccount(accountId).toView(clock.instant());
    }

    @Override
    @Transactional
    public void changeGrants(long accountId, long expectedVersion, List<RoleGrant> grants, String reason) {
        Account account = changeableAccount(accountId, expectedVersion, reason);
        checkGrants(grants);
        AccountSnapshot before = snapshot(account);
        account.replaceGrants(grants);
        audit.record("account.grants", "Account", accountId, before, snapshot(account), reason);
    }

    @Override
    @Transactional
    public void setEnabled(long accountId, long expectedVersion, boolean enabled, String reason) {
        Account account = changeableAccount(accountId, expectedVersion, reason);
        AccountSnapshot before = snapshot(account);
        account.setEnabled(enabled);
        audit.record(enabled ? "account.enable" : "account.disable", "Account", accountId, before,
                snapshot(account), reason);
    }

    @Override
    @Transactional
    public void resetPassword(long accountId, long expectedVersion, String newPassword, String reason) {
        Account account = changeableAccount(accountId, expectedVersion, reason);
        account.changePassword(hash(newPassword));
        audit.record("account.password", "Account", accountId, null, null, reason);
    }

    private Account changeableAccount(long accountId, long expectedVersion, String reason) {
        Account account = manageableAccount(accountId);
        if (!access.isUnrestricted() && account.id() == access.currentActor().accountId()) {
            throw new BusinessRuleException("error.account.self", "accountId");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("error.reason.required", "reason");
        }
        account.checkVersion(expectedVersion);
        return account;
    }

    private Account manageableAccount(long accountId) {
        requireAdministrator();
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!manageable(account)) {
            throw new AccessDeniedException("account " + accountId + " lies outside the administrator's scope");
        }
        return account;
    }

    private boolean manageable(Account account) {
        return access.isUnrestricted()
                || account.roleGrants().stream().allMatch(grant -> access.can(grant.unitId(), Role.ADMIN));
    }

    private void requireAdministrator() {
        if (!access.isUnrestricted() && access.scopeRoots(Role.ADMIN).isEmpty()) {
            throw new AccessDeniedException("administrators only");
        }
    }

    /** Every grant names a unit that exists and lies inside the administrator's scope. */
    private void checkGrants(List<RoleGrant> grants) {
        if (grants == null) {
            throw new BusinessRuleException("error.account.grants", "grants");
        }
        for (int i = 0; i < grants.size(); i++) {
            RoleGrant grant = grants.get(i);
            if (grant == null || grant.role() == null) {
                throw new BusinessRuleException("error.account.grant.role", "grants[" + i + "].role");
            }
            if (units.label(grant.unitId()).isEmpty()) {
                throw new BusinessRuleException("error.account.grant.unit", "grants[" + i + "].unitId",
                        grant.unitId());
            }
            if (!access.isUnrestricted()) {
                access.require(grant.unitId(), Role.ADMIN);
            }
        }
    }

    private String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("error.account.password", "password", MIN_PASSWORD_LENGTH);
        }
        return passwordEncoder.encode(password);
    }

    private static AccountSnapshot snapshot(Account account) {
        return new AccountSnapshot(account.username(), account.displayName(), account.enabled(),
                account.roleGrants().toString());
    }

    /** What the audit trail keeps of an account: never the password or its hash. */
    record AccountSnapshot(String username, String displayName, boolean enabled, String grants) {
    }
}
