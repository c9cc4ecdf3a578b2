package vn.thidua.identity.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.thidua.identity.Actor;

/**
 * The signed-in account as Spring Security holds it in the session. The password hash is erased once the
 * sign-in has been checked, so the session never carries it.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private final Actor actor;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean locked) {
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    Actor actor() {
        return actor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = actor.grants().stream()
                .map(grant -> new SimpleGrantedAuthority(grant.role().authority()))
                .distinct().toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
