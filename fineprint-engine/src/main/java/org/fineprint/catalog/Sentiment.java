package org.fineprint.catalog;

import java.util.Locale;
import java.util.Optional;

/** Whether a case is good, bad or neither for a user; {@link #id()} is the contract's JSON name. */
public enum Sentiment {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    NEUTRAL("neutral");

    private final String id;

    Sentiment(String id) {
        this.id = id;
    }

    /** The contract's lower-case name, e.g. {@code negative}. */
    public String id() {
        return id;
    }

    /**
     * Finds a sentiment by its contract name.
     *
     * @param id a name such as {@code positive}; case is ignored
     * @return the sentiment, or empty when the name is unknown
     */
    public static Optional<Sentiment> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (Sentiment s : values()) {
            if (s.id.equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
