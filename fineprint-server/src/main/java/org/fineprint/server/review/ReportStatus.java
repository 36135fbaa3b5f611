package org.fineprint.server.review;

import java.util.Optional;
import java.util.stream.Stream;

/** Where a problem report stands: open until a curator resolves or rejects it. */
public enum ReportStatus {
    OPEN("open"),
    RESOLVED("resolved"),
    REJECTED("rejected");

    private final String id;

    ReportStatus(String id) {
        this.id = id;
    }

    /** The stored name, e.g. {@code resolved}. */
    public String id() {
        return id;
    }

    /** Finds a status by its stored name. */
    public static Optional<ReportStatus> fromId(String id) {
        return Stream.of(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
