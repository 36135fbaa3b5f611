package org.fineprint.server.system;

/** Something asked for by URL does not exist; answered with the 404 page. */
public final class NotFoundException extends RuntimeException {
    private final String kind;
    private final String name;

    /**
     * @param kind what was looked for, e.g. "service"
     * @param name the name it was looked for by, e.g. the slug
     */
    public NotFoundException(String kind, String name) {
        super("No " + kind + " named \"" + name + "\"");
        this.kind = kind;
        this.name = name;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }
}
