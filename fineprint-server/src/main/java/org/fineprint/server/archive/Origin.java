package org.fineprint.server.archive;

/** Where a version's text came from. */
public enum Origin {
    /** Fetched from the service's site by the tracker. */
    FETCH("fetch"),
    /** Imported from files (an Open Terms Archive tree). */
    IMPORT("import"),
    /** One of the bundled sample services. */
    SAMPLE("sample");

    private final String id;

    Origin(String id) {
        this.id = id;
    }

    /** The value stored in {@code versions.origin}. */
    public String id() {
        return id;
    }

    static Origin fromId(String id) {
        for (Origin o : values()) {
            if (o.id.equals(id)) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown version origin: " + id);
    }
}
