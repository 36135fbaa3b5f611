package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.fineprint.fetch.TestClock;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-05-01T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter("test", 5, Duration.ofMinutes(10), clock, 100);

    @Test
    void allowsABurstOfCapacityThenRefusesTheNext() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).as("report %d", i + 1).isTrue();
        }

        RateLimiter.Decision sixth = limiter.tryAcquire("a");

        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void givesOneTokenBackPerPeriodOverCapacity() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a");
        }

        clock.advance(Duration.ofSeconds(119));
        RateLimiter.Decision early = limiter.tryAcquire("a");
        clock.advance(Duration.ofSeconds(1));
        RateLimiter.Decision onTime = limiter.tryAcquire("a");

        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(onTime.allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void refusedAttemptsDoNotPostponeTheNextToken() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a");
        }
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(10));
            limiter.tryAcquire("a");
        }

        clock.advance(Duration.ofSeconds(20));

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    void neverHoldsMoreThanCapacity() {
        clock.advance(Duration.ofDays(3));

        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += limiter.tryAcquire("a").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void keepsClientsApart() {
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("a");
        }

        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        assertThat(limiter.hasToken("a")).isFalse();
        assertThat(limiter.hasToken("b")).isTrue();
        assertThat(limiter.hasToken("never-seen")).isTrue();
    }

    @Test
    void hasTokenDoesNotTakeOne() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.hasToken("a")).isTrue();
        }

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    void forgetsClientsWhoseBucketsAreFullAgainWhenItTracksTooMany() {
        RateLimiter small = new RateLimiter("test", 5, Duration.ofMinutes(10), clock, 3);
        small.tryAcquire("a");
        small.tryAcquire("b");
        clock.advance(Duration.ofMinutes(3));
        small.tryAcquire("c");

        small.tryAcquire("d");

        assertThat(small.clients()).isEqualTo(2); // a and b were full again; c still counts
        assertThat(small.hasToken("c")).isTrue();
    }

    @Test
    void refusesANonsensicalLimit() {
        assertThatThrownBy(() -> new RateLimiter("test", 0, Duration.ofMinutes(1), clock, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter("test", 1, Duration.ZERO, clock, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
