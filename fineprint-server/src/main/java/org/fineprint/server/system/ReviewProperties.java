package org.fineprint.server.system;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Problem reports and the curator area ({@code fineprint.review.*}).
 *
 * @param reportLimit how many problem reports one client may send per {@code reportWindow}; the
 *     next one gets a "too many reports" page (HTTP 429)
 * @param reportWindow the period over which {@code reportLimit} reports are allowed (tokens come
 *     back evenly over it)
 * @param loginLimit how many failed curator sign-ins one client may make per {@code loginWindow}
 * @param loginWindow the period over which {@code loginLimit} failed sign-ins are allowed
 * @param clientKeySecret the key of the hash that stands for a client's address in stored reports
 *     and in the limits; several web nodes should share one, so that their hashes match; when
 *     unset, a random one is made at start-up
 */
@ConfigurationProperties("fineprint.review")
public record ReviewProperties(@DefaultValue("5") int reportLimit,
                               @DefaultValue("10m") Duration reportWindow,
                               @DefaultValue("10") int loginLimit,
                               @DefaultValue("10m") Duration loginWindow,
                               @Nullable String clientKeySecret) {
    public ReviewProperties {
        if (reportLimit < 1) {
            throw new IllegalArgumentException("fineprint.review.report-limit must be at least 1, got " + reportLimit);
        }
        if (loginLimit < 1) {
            throw new IllegalArgumentException("fineprint.review.login-limit must be at least 1, got " + loginLimit);
        }
        if (reportWindow.isNegative() || reportWindow.isZero()) {
            throw new IllegalArgumentException("fineprint.review.report-window must be positive, got " + reportWindow);
        }
        if (loginWindow.isNegative() || loginWindow.isZero()) {
            throw new IllegalArgumentException("fineprint.review.login-window must be positive, got " + loginWindow);
        }
    }
}
