package org.fineprint.server.registry;

import org.jspecify.annotations.Nullable;

/**
 * What came of importing one document.
 *
 * @param service the service slug
 * @param type the document type id, or the Open Terms Archive terms type when it could not be mapped
 * @param result what happened
 * @param message for failures and skips, why
 * @param declared true when the document came from a declaration (its text, if any, was fetched)
 */
public record ImportedDocument(String service, String type, Result result, @Nullable String message,
                               boolean declared) {

    /** A document imported from a text file, or tracked. */
    public ImportedDocument(String service, String type, Result result, @Nullable String message) {
        this(service, type, result, message, false);
    }

    /** What happened to one document. */
    public enum Result {
        /** Its text was a new version and was archived. */
        NEW_VERSION,
        /** Its text matched the latest version: nothing was added. */
        UNCHANGED,
        /** Left out on purpose (an empty file, a second file for the same document). */
        SKIPPED,
        /** Could not be imported; the message says why. */
        FAILED
    }
}
