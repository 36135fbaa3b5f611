package org.fineprint.server.review.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A point in time as the curator pages show it: date and time (UTC), plus the ISO value for {@code <time>}. */
record Moment(String iso, String text) {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static @Nullable Moment of(@Nullable Instant instant) {
        return instant == null ? null : new Moment(instant.toString(), TEXT.format(instant));
    }
}
