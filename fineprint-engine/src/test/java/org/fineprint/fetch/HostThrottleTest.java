package org.fineprint.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class HostThrottleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    private final HostThrottle throttle = new HostThrottle(Duration.ofSeconds(1), clock, d -> {
        sleeps.add(d);
        clock.advance(d);
    });

    @Test
    void doesNotWaitBeforeTheFirstRequestToAHost() {
        throttle.acquire(URI.create("https://example.com/a")).close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void waitsTheRestOfTheDelayBeforeTheNextRequestToTheSameHost() {
        throttle.acquire(URI.create("https://example.com/a")).close();
        clock.advance(Duration.ofMillis(300));

        throttle.acquire(URI.create("https://EXAMPLE.com/b")).close();

        assertThat(sleeps).containsExactly(Duration.ofMillis(700));
    }

    @Test
    void countsTheDelayFromTheEndOfThePreviousRequest() {
        try (HostThrottle.Permit permit = throttle.acquire(URI.create("https://example.com/a"))) {
            clock.advance(Duration.ofSeconds(5)); // a slow response
        }

        throttle.acquire(URI.create("https://example.com/b")).close();

        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void doesNotWaitOnceTheDelayHasPassed() {
        throttle.acquire(URI.create("https://example.com/a")).close();
        clock.advance(Duration.ofSeconds(2));

        throttle.acquire(URI.create("https://example.com/b")).close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void doesNotDelayOtherHosts() {
        throttle.acquire(URI.create("https://example.com/a")).close();

        throttle.acquire(URI.create("https://example.org/a")).close();

        assertThat(sleeps).isEmpty();
    }

    @Test
    void letsOneThreadAtATimeHoldAHost() throws InterruptedException {
        HostThrottle noDelay = new HostThrottle(Duration.ZERO);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch secondStarted = new CountDownLatch(1);

        HostThrottle.Permit first = noDelay.acquire(URI.create("https://example.com/a"));
        Thread second = Thread.ofPlatform().start(() -> {
            secondStarted.countDown();
            try (HostThrottle.Permit permit = noDelay.acquire(URI.create("https://example.com/b"))) {
                events.add("second acquired");
            }
        });
        secondStarted.await();
        Thread.sleep(100); // give a broken throttle the chance to let the second thread in
        events.add("first released");
        first.close();
        second.join();

        assertThat(events).containsExactly("first released", "second acquired");
    }

    @Test
    void releasingTwiceDoesNotLetTwoThreadsIn() throws InterruptedException {
        HostThrottle noDelay = new HostThrottle(Duration.ZERO);
        HostThrottle.Permit permit = noDelay.acquire(URI.create("https://example.com/a"));
        permit.close();
        permit.close();
        List<String> events = Collections.synchronizedList(new ArrayList<>());

        HostThrottle.Permit holder = noDelay.acquire(URI.create("https://example.com/a"));
        Thread other = Thread.ofPlatform().start(() -> {
            try (HostThrottle.Permit p = noDelay.acquire(URI.create("https://example.com/b"))) {
                events.add("other acquired");
            }
        });
        Thread.sleep(100);
        events.add("holder released");
        holder.close();
        other.join();

        assertThat(events).containsExactly("holder released", "other acquired");
    }
}
