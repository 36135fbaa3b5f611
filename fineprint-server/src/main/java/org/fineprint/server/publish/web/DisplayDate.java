package org.fineprint.server.publish.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A date as a page shows it: readable text plus the ISO value for {@code <time datetime>}. */
record DisplayDate(String iso, String text) {
    private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static @Nullable DisplayDate of(@Nullable Instant instant) {
        return instant == null ? null : new DisplayDate(instant.toString(), TEXT.format(instant));
    }
}
