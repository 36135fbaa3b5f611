package org.fineprint.server.review;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Listens to curator sign-ins: a success is noted on the account, a failure takes a token from
 * the client's sign-in limit (see {@link LoginThrottle}).
 */
@Component
class SignInEvents {
    private static final Logger log = LoggerFactory.getLogger(SignInEvents.class);

    private final CuratorRepository curators;
    private final RateLimiter logins;
    private final ClientKeys clientKeys;
    private final Clock clock;

    SignInEvents(CuratorRepository curators, @Qualifier("logins") RateLimiter logins, ClientKeys clientKeys,
                 Clock clock) {
        this.curators = curators;
        this.logins = logins;
        this.clientKeys = clientKeys;
        this.clock = clock;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        curators.markLoggedIn(username, clock.instant());
        log.info("curator signed in user={}", username);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String client = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? clientKeys.forAddress(details.getRemoteAddress()) : "unknown";
        logins.tryAcquire(client);
        // The user name is not logged: people type passwords into it by mistake.
        log.warn("curator sign-in refused reason={} client={}", event.getException().getClass().getSimpleName(),
                client);
    }
}
