package org.fineprint.server.system;

import org.fineprint.server.review.ClientKeys;
import org.fineprint.server.review.Curator;
import org.fineprint.server.review.LoginThrottle;
import org.fineprint.server.review.RateLimiter;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Reading is public: any GET outside the curator area and the actuator reaches the application,
 * so an unknown page gets the 404 page rather than a refusal, and anyone may post the "report a
 * problem" form. The curator area ({@code /admin/**}) needs a signed-in curator: our own sign-in
 * page at {@code /admin/login}, a new session id on sign-in, sign-out by POST. The actuator
 * (except health) and every other method need a signed-in user. CSRF protection stays on for
 * every form that posts, with the token in a cookie so that readers never need a session.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {
    static final String LOGIN = LoginThrottle.LOGIN_PATH;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, @Qualifier("logins") RateLimiter logins,
                                            ClientKeys clientKeys) throws Exception {
        // Only a refused curator page is remembered, to return to it after signing in; anonymous
        // readers never get a session for it.
        HttpSessionRequestCache adminPages = new HttpSessionRequestCache();
        adminPages.setRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/admin/**"));

        // Only the curator area sends a visitor to the sign-in page; elsewhere a refusal is a plain 403.
        RequestMatcher curatorArea = new OrRequestMatcher(PathPatternRequestMatcher.pathPattern("/admin"),
                PathPatternRequestMatcher.pathPattern("/admin/**"));
        AuthenticationEntryPoint signInOrRefuse = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), curatorArea)
                .defaultEntryPoint(new Http403ForbiddenEntryPoint())
                .build();

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Curator.ROLE)
                        .requestMatchers("/actuator/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/service/*/report").permitAll()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage(LOGIN)
                        .defaultSuccessUrl("/admin")
                        .failureUrl(LOGIN + "?error"))
                .logout(logout -> logout
                        .logoutUrl("/admin/logout")
                        .logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInOrRefuse))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(new LoginThrottle(logins, clientKeys), UsernamePasswordAuthenticationFilter.class)
                // The token lives in a cookie, not the session: a reader's form works whichever web node
                // serves the GET and the POST, and reading a page never creates a session.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()))
                .requestCache(cache -> cache.requestCache(adminPages))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(Customizer.withDefaults())
                        // Search engines have no business with the curator area or the report forms.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new OrRequestMatcher(curatorArea, PathPatternRequestMatcher.pathPattern("/service/*/report/**")),
                                new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow"))));
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository(); // HttpOnly: no script needs it
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
