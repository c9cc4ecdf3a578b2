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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.audit.AuditLog;

/** Loads accounts for sign-in and counts failures into a lockout. */
@Service
class AccountService implements UserDetailsService {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final int lockoutThreshold;
    private final Duration lockoutDuration;

    AccountService(Accounts accounts, AuditLog audit,
            Clock clock, @Value("${thidua.security.lockout-threshold:5}") int lockoutThreshold,
            @Value("${thidua.security.lockout-duration:PT15M}") Duration lockoutDuration) {
        this.accounts = accounts;
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

}
