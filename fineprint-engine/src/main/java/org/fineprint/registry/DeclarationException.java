package org.fineprint.registry;

import org.fineprint.FineprintException;

/** A declaration file or object that Fineprint cannot read. */
public final class DeclarationException extends FineprintException {
    private final String location;

    public DeclarationException(String location, String problem) {
        super("Declaration invalid: " + problem + " in " + location
                + "; see https://docs.opentermsarchive.org for the declaration format");
        this.location = location;
    }

    /** The file, or other place, the declaration came from. */
    public String location() {
        return location;
    }
}
