package org.fineprint.server.review;

import java.util.Optional;
import java.util.stream.Stream;

/** What a correction does to a point; {@link #id()} is the stored name. */
public enum CorrectionAction {
    /** The point is not published. */
    DISMISS("dismiss"),
    /** The point is shown first, before the points in importance order. */
    PIN("pin"),
    /** The point's title, explanation or severity is replaced. */
    EDIT("edit");

    private final String id;

    CorrectionAction(String id) {
        this.id = id;
    }

    /** The stored name, e.g. {@code dismiss}. */
    public String id() {
        return id;
    }

    /** Finds an action by its stored name. */
    public static Optional<CorrectionAction> fromId(String id) {
        return Stream.of(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
