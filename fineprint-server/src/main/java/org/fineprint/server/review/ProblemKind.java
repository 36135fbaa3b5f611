package org.fineprint.server.review;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** What a reader says is wrong; {@link #id()} is stored and posted by the form. */
public enum ProblemKind {
    /** The quote does not say what the point claims. */
    QUOTE_MISMATCH("quote-mismatch", true, false),
    /** The severity (or whether it is good or bad) is wrong. */
    WRONG_SEVERITY("wrong-severity", true, false),
    /** The document has changed since, or the point no longer applies. */
    OUTDATED("outdated", true, true),
    /** Something important is not in the summary. */
    MISSING("missing", false, true),
    /** Anything else. */
    OTHER("other", true, true);

    private final String id;
    private final boolean aboutPoint;
    private final boolean aboutService;

    ProblemKind(String id, boolean aboutPoint, boolean aboutService) {
        this.id = id;
        this.aboutPoint = aboutPoint;
        this.aboutService = aboutService;
    }

    /** The stored name, e.g. {@code quote-mismatch}. */
    public String id() {
        return id;
    }

    /** The kinds a reader may choose for one point, or for the service as a whole. */
    public static List<ProblemKind> choices(boolean aboutPoint) {
        return Stream.of(values()).filter(k -> aboutPoint ? k.aboutPoint : k.aboutService).toList();
    }

    /** Finds a kind by its stored name. */
    public static Optional<ProblemKind> fromId(String id) {
        return Stream.of(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
