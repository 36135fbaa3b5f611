package org.fineprint.catalog;

import java.util.Locale;

/** Whether a case is good, bad or neither for the user; {@link #id()} is the JSON name. */
public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL;

    /** The lower-case name used in JSON and on pages. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a lower- or upper-case name. */
    public static Sentiment fromId(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
