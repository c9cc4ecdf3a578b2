package vn.thidua.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;
import vn.thidua.identity.AccessControl;
import vn.thidua.identity.AccountManagement;
import vn.thidua.identity.Role;
import vn.thidua.identity.SystemActor;
import vn.thidua.shared.BusinessRuleException;

/** Loads accounts for sign-in, counts failures into a lockout, and creates accounts. */
@Service
class AccountService implements UserDetailsService, AccountManagement {

    private static final int MIN_PASSWORD_LENGTH = 10;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccessControl access;
    private final AuditLog audit;
    private final Clock clock;
    private final int lockoutThreshold;
    private final Duration lockoutDuration;

    AccountService(Accounts accounts, PasswordEncoder passwordEncoder, AccessControl access, AuditLog audit,
            Clock clock, @Value("${thidua.security.lockout-threshold:5}") int lockoutThreshold,
            @Value("${thidua.security.lockout-duration:PT15M}") Duration lockoutDuration) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.lockoutThreshold = lockoutThreshold;
        this.lockoutDuration = lockoutDuration;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(account.toActor(), account.passwordHash(), account.enabled(),
                account.isLocked(clock.instant()));
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.signInFailed(clock.instant(), lockoutThreshold, lockoutDuration)) {
                audit.record("account.locked", "Account", account.id(), null, null, "lockout");
            }
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .filter(account -> account.failedAttempts() > 0)
                .ifPresent(Account::signInSucceeded);
    }

    @Override
    @Transactional
    public long createAccount(NewAccount request) {
        if (!access.isUnrestricted()) {
            request.grants().forEach(grant -> access.require(grant.unitId(), Role.ADMIN));
        }
        if (request.username() == null || !request.username().matches("[a-z0-9._-]{3,60}")
                || SystemActor.NAME.equals(request.username())) {
            throw new BusinessRuleException("error.account.username", "username", request.username());
        }
        if (accounts.existsByUsername(request.username())) {
            throw new BusinessRuleException("error.account.exists", "username", request.username());
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("error.account.password", "password", MIN_PASSWORD_LENGTH);
        }
        Account account = accounts.save(new Account(request.username(), request.displayName(),
                passwordEncoder.encode(request.password()), request.grants()));
        audit.record("account.create", "Account", account.id(), null,
                new AccountSnapshot(request.username(), request.displayName(), request.grants().toString()), null);
        return account.id();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.existsByUsername(username);
    }

    /** What the audit trail keeps of an account: never the password or its hash. */
    record AccountSnapshot(String username, String displayName, String grants) {
    }
}
