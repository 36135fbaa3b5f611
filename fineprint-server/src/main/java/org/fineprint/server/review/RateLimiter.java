package org.fineprint.server.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits how often each client may do something, with one token bucket per client kept in
 * memory: a client starts with {@code capacity} tokens, each action takes one, and tokens come
 * back evenly, {@code capacity} per {@code period}. So {@code capacity} actions in a burst are
 * fine, and the next waits until a token is back.
 *
 * <p>Buckets that are full again carry no information and are dropped when the map grows past
 * {@code maxClients}. Several web nodes each keep their own buckets.
 */
public final class RateLimiter {
    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    /** Clients tracked before full buckets are dropped. */
    public static final int DEFAULT_MAX_CLIENTS = 50_000;

    private final String name;
    private final long costNanos;
    private final long maxCredit;
    private final Clock clock;
    private final int maxClients;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /**
     * @param name what is limited, for the log
     * @param capacity actions allowed in a burst, and per period
     * @param period the time in which {@code capacity} tokens come back
     * @param clock the time source (tests move it forward)
     * @param maxClients clients tracked before full buckets are dropped
     */
    public RateLimiter(String name, int capacity, Duration period, Clock clock, int maxClients) {
        if (capacity < 1 || period.toNanos() < capacity || maxClients < 1) {
            throw new IllegalArgumentException("a rate limit needs a positive capacity, period and client count");
        }
        this.name = name;
        this.costNanos = period.toNanos() / capacity;
        this.maxCredit = costNanos * capacity;
        this.clock = clock;
        this.maxClients = maxClients;
    }

    /**
     * The outcome of asking for a token.
     *
     * @param allowed whether the action may go ahead (a token was taken)
     * @param retryAfter when refused, how long until a token is back; zero when allowed
     */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    /** Takes a token from the client's bucket, when there is one. */
    public Decision tryAcquire(String client) {
        Instant now = clock.instant();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            prune(now);
        }
        Bucket after = buckets.compute(client, (key, bucket) -> take(bucket == null ? full(now) : refill(bucket, now)));
        return after.granted() ? new Decision(true, Duration.ZERO)
                : new Decision(false, Duration.ofNanos(costNanos - after.credit()));
    }

    /** Whether the client has a token left, without taking it. */
    public boolean hasToken(String client) {
        Bucket bucket = buckets.get(client);
        return bucket == null || refill(bucket, clock.instant()).credit() >= costNanos;
    }

    /** Clients currently tracked. */
    int clients() {
        return buckets.size();
    }

    private Bucket full(Instant now) {
        return new Bucket(maxCredit, now, false);
    }

    private Bucket refill(Bucket bucket, Instant now) {
        if (!now.isAfter(bucket.at())) {
            return bucket;
        }
        long elapsed = Duration.between(bucket.at(), now).toNanos();
        long credit = elapsed >= maxCredit - bucket.credit() ? maxCredit : bucket.credit() + elapsed;
        return new Bucket(credit, now, bucket.granted());
    }

    private Bucket take(Bucket bucket) {
        return bucket.credit() >= costNanos ? new Bucket(bucket.credit() - costNanos, bucket.at(), true)
                : new Bucket(bucket.credit(), bucket.at(), false);
    }

    private void prune(Instant now) {
        buckets.entrySet().removeIf(e -> refill(e.getValue(), now).credit() >= maxCredit);
        if (buckets.size() >= maxClients) {
            log.warn("rate limit {} tracks {} clients, over its limit of {}; forgetting them all", name,
                    buckets.size(), maxClients);
            buckets.clear();
        }
    }

    /**
     * One client's credit as of {@code at}, in nanoseconds of waiting (a token costs
     * {@code costNanos}, a full bucket holds {@code maxCredit}), and whether the last take succeeded.
     */
    private record Bucket(long credit, Instant at, boolean granted) {
    }
}
