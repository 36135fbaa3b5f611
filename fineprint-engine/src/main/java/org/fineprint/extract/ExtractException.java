package org.fineprint.extract;

import org.fineprint.FineprintException;

/** A snapshot was fetched but no usable text could be extracted from it. */
public final class ExtractException extends FineprintException {

    /** Why extraction failed; {@link #kind()} is the stable name stored with fetch attempts. */
    public enum Reason {
        NO_TEXT("no-text"),
        SELECTOR_MATCHED_NOTHING("selector-matched-nothing"),
        INVALID_SELECTOR("invalid-selector"),
        UNSUPPORTED_FORMAT("unsupported-format"),
        TOO_LARGE("too-large");

        private final String kind;

        Reason(String kind) {
            this.kind = kind;
        }

        public String kind() {
            return kind;
        }
    }

    private final Reason reason;
    private final String source;

    /**
     * @param reason why it failed
     * @param source the URL or file the snapshot came from
     * @param detail what happened and what to do, in a few words
     */
    public ExtractException(Reason reason, String source, String detail) {
        super("Extract failed: " + detail + " (" + source + ")");
        this.reason = reason;
        this.source = source;
    }

    public Reason reason() {
        return reason;
    }

    public String source() {
        return source;
    }
}
