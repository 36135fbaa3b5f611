package org.fineprint.server.review;

import java.util.List;
import java.util.Locale;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Lets Spring Security sign curators in from the {@code users} table. */
@Component
class CuratorDetailsService implements UserDetailsService {
    private final CuratorRepository curators;

    CuratorDetailsService(CuratorRepository curators) {
        this.curators = curators;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        Curator curator = curators.findByUsername(name)
                .orElseThrow(() -> new UsernameNotFoundException("no curator named " + name));
        return User.withUsername(curator.username())
                .password(curator.passwordHash())
                .disabled(!curator.enabled())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + Curator.ROLE)))
                .build();
    }
}
