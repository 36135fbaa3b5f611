package org.fineprint.extract;

import org.fineprint.FineprintException;
import org.jspecify.annotations.Nullable;

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
    private final @Nullable String selector;

    /**
     * @param reason why it failed
     * @param source the URL or file the snapshot came from
     * @param detail what happened and what to do, in a few words
     */
    public ExtractException(Reason reason, String source, String detail) {
        this(reason, source, null, detail, null);
    }

    /**
     * @param reason why it failed
     * @param source the URL or file the snapshot came from
     * @param selector the declaration selector involved, or {@code null}
     * @param detail what happened and what to do, in a few words
     * @param cause the underlying error, or {@code null}
     */
    public ExtractException(Reason reason, String source, @Nullable String selector, String detail,
                            @Nullable Throwable cause) {
        super("Extract failed: " + detail + " (" + source + ")", cause);
        this.reason = reason;
        this.source = source;
        this.selector = selector;
    }

    public Reason reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    /** The declaration selector that failed (matched nothing, or is not valid CSS), if any. */
    public @Nullable String selector() {
        return selector;
    }
}
