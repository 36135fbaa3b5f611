package org.fineprint.server.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled tracking of documents ({@code fineprint.track.*}).
 *
 * @param enabled run the scheduler in this process: {@code true} for a worker (or a single
 *     process doing everything), {@code false} for a web-only node; also sets {@code db-scheduler.enabled}
 * @param interval time between two checks of one document; a new document is first checked one
 *     interval after it was added
 * @param reconcileInterval how often the scheduler looks for documents that have no tracking task
 *     yet (added by {@code fineprint import} or another node) and schedules them
 * @param retryDelay after a failure that may pass (timeout, server error, network), the next try
 *     comes after this delay instead of a whole interval
 */
@ConfigurationProperties("fineprint.track")
public record TrackProperties(@DefaultValue("true") boolean enabled,
                             @DefaultValue("24h") Duration interval,
                             @DefaultValue("10m") Duration reconcileInterval,
                             @DefaultValue("1h") Duration retryDelay) {
    public TrackProperties {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("fineprint.track.interval must be positive, got " + interval);
        }
        if (retryDelay.isNegative() || retryDelay.isZero()) {
            throw new IllegalArgumentException("fineprint.track.retry-delay must be positive, got " + retryDelay);
        }
        if (reconcileInterval.isNegative() || reconcileInterval.isZero()) {
            throw new IllegalArgumentException(
                    "fineprint.track.reconcile-interval must be positive, got " + reconcileInterval);
        }
    }
}
