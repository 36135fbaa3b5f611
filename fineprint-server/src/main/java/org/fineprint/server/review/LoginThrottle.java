package org.fineprint.server.review;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses curator sign-in attempts (HTTP 429) from a client that failed too often lately, before
 * the password is even checked; {@link SignInEvents} counts the failures. Not a component: the
 * security configuration puts it in the filter chain in front of the sign-in form.
 */
public final class LoginThrottle extends OncePerRequestFilter {
    /** Where the sign-in form posts. */
    public static final String LOGIN_PATH = "/admin/login";

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, LOGIN_PATH);

    private final RateLimiter logins;
    private final ClientKeys clientKeys;

    public LoginThrottle(RateLimiter logins, ClientKeys clientKeys) {
        this.logins = logins;
        this.clientKeys = clientKeys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SIGN_IN.matches(request) && !logins.hasToken(clientKeys.forAddress(request.getRemoteAddr()))) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
