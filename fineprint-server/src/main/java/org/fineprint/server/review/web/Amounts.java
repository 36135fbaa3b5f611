package org.fineprint.server.review.web;

import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Counts and costs as the curator pages show them: grouped digits, and a dash when unknown. */
final class Amounts {
    /** What the pages show for a value that is not known. */
    static final String UNKNOWN = "—";

    private Amounts() {
    }

    /** {@code 31200} → {@code "31,200"}; null → a dash. */
    static String count(@Nullable Number value) {
        return value == null ? UNKNOWN : NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value.longValue());
    }

    /** US dollars to four decimals ({@code 0.00774} → {@code "0.0077"}); null → a dash. */
    static String usd(@Nullable Double value) {
        return value == null ? UNKNOWN : String.format(Locale.ENGLISH, "%,.4f", value);
    }
}
