package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RobotsPolicyTest {
    private final LocalWebServer server = LocalWebServer.start();
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final HostThrottle throttle = new HostThrottle(Duration.ZERO);
    private final RobotsPolicy policy = new RobotsPolicy(HttpFetcherTest.LOCAL, AddressGuard.permissive(), throttle, clock);

    @AfterEach
    void stopServer() {
        server.close();
    }

    private void robots(String text) {
        server.page("/robots.txt", "text/plain", text);
    }

    @Test
    void disallowsWhatRobotsTxtForbidsOurAgent() {
        robots("User-agent: Fineprint\nDisallow: /private\n");

        FetchException e = catchThrowableOfType(FetchException.class, () -> policy.check(server.url("/private/terms")));

        assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
        assertThat(e.getMessage()).contains("robots.txt at " + server.url("/robots.txt"));
        assertThat(policy.isAllowed(server.url("/public/terms"))).isTrue();
    }

    @Test
    void obeysTheGroupForAllAgents() {
        robots("User-agent: *\nDisallow: /\n");

        assertThat(policy.isAllowed(server.url("/terms"))).isFalse();
    }

    @Test
    void ignoresGroupsForOtherAgents() {
        robots("User-agent: Googlebot\nDisallow: /\n\nUser-agent: fineprint\nAllow: /\n");

        assertThat(policy.isAllowed(server.url("/terms"))).isTrue();
    }

    @Test
    void readsRobotsTxtOncePerHost() {
        robots("User-agent: *\nDisallow: /private\n");

        policy.isAllowed(server.url("/a"));
        policy.isAllowed(server.url("/b"));
        policy.isAllowed(server.url("/private/c"));

        assertThat(server.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void readsRobotsTxtAgainAfterADay() {
        robots("User-agent: *\nDisallow:\n");
        policy.isAllowed(server.url("/a"));

        clock.advance(Duration.ofHours(23));
        policy.isAllowed(server.url("/a"));
        assertThat(server.requests("/robots.txt")).hasSize(1);

        clock.advance(Duration.ofHours(2));
        policy.isAllowed(server.url("/a"));
        assertThat(server.requests("/robots.txt")).hasSize(2);
    }

    @Test
    void allowsEverythingWhenRobotsTxtIsMissing() {
        assertThat(policy.isAllowed(server.url("/terms"))).isTrue();
        assertThat(server.requests("/robots.txt")).hasSize(1);
    }

    @Test
    void allowsEverythingWhenRobotsTxtFailsAndAsksAgainWithinHours() {
        server.respond("/robots.txt", 503, "text/plain", "down".getBytes(UTF_8));

        assertThat(policy.isAllowed(server.url("/terms"))).isTrue();
        clock.advance(Duration.ofHours(2));
        policy.isAllowed(server.url("/terms"));

        assertThat(server.requests("/robots.txt")).hasSize(2);
    }

    @Test
    void followsARedirectToTheRealRobotsTxt() {
        server.redirect("/robots.txt", 301, "/real-robots.txt")
                .page("/real-robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n");

        assertThat(policy.isAllowed(server.url("/private/x"))).isFalse();
    }

    @Test
    void asksNothingWhenRobotsTxtIsNotObeyed() {
        RobotsPolicy ignoring = new RobotsPolicy(HttpFetcherTest.LOCAL.withRespectRobotsTxt(false),
                AddressGuard.permissive(), throttle, clock);

        assertThat(ignoring.isAllowed(server.url("/private"))).isTrue();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void httpFetcherDoesNotRequestADisallowedPage() {
        robots("User-agent: Fineprint\nDisallow: /private\n");
        server.page("/private/terms", "text/html", "<html>hidden</html>");
        HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL, AddressGuard.permissive(), throttle, policy, clock);

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/private/terms")));

        assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
        assertThat(server.requests("/private/terms")).isEmpty();
    }

    @Test
    void httpFetcherChecksEveryRedirectHop() {
        robots("User-agent: Fineprint\nDisallow: /private\n");
        server.redirect("/terms", 302, "/private/terms").page("/private/terms", "text/html", "<html>hidden</html>");
        HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.LOCAL, AddressGuard.permissive(), throttle, policy, clock);

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(server.url("/terms")));

        assertThat(e.reason()).isEqualTo(Reason.ROBOTS_DISALLOWED);
        assertThat(e.url()).isEqualTo(server.url("/private/terms"));
        assertThat(server.requests("/private/terms")).isEmpty();
    }
}
