package org.fineprint.fetch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Politeness: one request at a time per host, with a pause between the end of one request and
 * the start of the next. Thread-safe; waiting threads are served in arrival order. Time comes
 * from a {@link Clock} and waiting goes through a {@link Sleeper}, so tests need not sleep.
 */
public final class HostThrottle {

    /** Waits for a while; {@code Thread::sleep} in production. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The right to send one request to a host; closing it releases the host. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    private final Duration delay;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /**
     * @param delay the pause between two requests to one host (zero for none)
     * @param clock the source of time
     * @param sleeper how to wait
     */
    public HostThrottle(Duration delay, Clock clock, Sleeper sleeper) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + delay);
        }
        this.delay = delay;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** A throttle on the system clock that really sleeps. */
    public HostThrottle(Duration delay) {
        this(delay, Clock.systemUTC(), d -> Thread.sleep(d));
    }

    /**
     * Waits until this thread may send a request to the URL's host.
     *
     * @param url the URL about to be requested; its host (case-insensitive) is the unit
     * @return a permit to close once the response has been read
     * @throws FetchException {@code NETWORK} when the thread is interrupted while waiting
     */
    public Permit acquire(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        try {
            slot.lock.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(url, e);
        }
        try {
            Instant last = slot.lastEnd;
            if (last != null && !delay.isZero()) {
                Duration wait = Duration.between(clock.instant(), last.plus(delay));
                if (wait.isPositive()) {
                    sleeper.sleep(wait);
                }
            }
        } catch (InterruptedException e) {
            slot.lock.release();
            Thread.currentThread().interrupt();
            throw interrupted(url, e);
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                slot.lastEnd = clock.instant();
                slot.lock.release();
            }
        };
    }

    private static FetchException interrupted(URI url, InterruptedException e) {
        return new FetchException(FetchException.Reason.NETWORK, url, 0,
                "interrupted while waiting for the host to be free; try again", e);
    }

    private static final class Slot {
        final Semaphore lock = new Semaphore(1, true);
        volatile @Nullable Instant lastEnd;
    }
}
