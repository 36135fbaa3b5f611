package org.fineprint.catalog;

import org.fineprint.FineprintException;
import org.jspecify.annotations.Nullable;

/** A case catalogue that cannot be read or breaks one of the catalogue's rules. */
public final class CatalogException extends FineprintException {
    private final String location;
    private final @Nullable String caseId;

    /**
     * Creates the error.
     *
     * @param location where the catalogue came from, e.g. {@code catalog/cases.json}
     * @param caseId the offending case, or {@code null} when the problem is not one case's
     * @param problem what is wrong, in a few words, naming the case when there is one
     */
    public CatalogException(String location, @Nullable String caseId, String problem) {
        super("Catalog invalid: " + problem + " in " + location
                + "; fix the entry (docs/catalog.md explains the rules)");
        this.location = location;
        this.caseId = caseId;
    }

    /** Where the catalogue came from. */
    public String location() {
        return location;
    }

    /** The offending case id, or {@code null} when the problem concerns the whole catalogue. */
    public @Nullable String caseId() {
        return caseId;
    }
}
