package org.fineprint.server.registry;

import java.time.Instant;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * One legal document of a service, e.g. its Terms of Service; its texts are the archive's versions.
 *
 * @param id database id
 * @param serviceId the service it belongs to
 * @param type what kind of document it is; one per service
 * @param title its title as the service names it
 * @param sourceUrl the public address of the document, when known
 * @param jurisdiction the country whose view this is (ISO code such as {@code US}), when known
 * @param language the language of the text (e.g. {@code en}), when known
 * @param declarationJson the Open Terms Archive terms declaration as JSON, or {@code null} when
 *     the document is known from imported text only and cannot be fetched
 * @param createdAt when it was added
 * @param lastCheckedAt when its text was last read successfully
 * @param lastChangedAt when its text last changed (the newest version's time)
 */
public record Document(long id, long serviceId, DocumentType type, String title, @Nullable String sourceUrl,
                       @Nullable String jurisdiction, @Nullable String language, @Nullable String declarationJson,
                       Instant createdAt, @Nullable Instant lastCheckedAt, @Nullable Instant lastChangedAt) {

    /** True when the document has a declaration, so it can be fetched. */
    public boolean isTrackable() {
        return declarationJson != null;
    }

    /**
     * Reads the stored declaration.
     *
     * @throws IllegalStateException when the document has none ({@link #isTrackable()} is false)
     * @throws org.fineprint.registry.DeclarationException when the stored JSON is not a valid declaration
     */
    public Declaration declaration() {
        if (declarationJson == null) {
            throw new IllegalStateException("document " + id + " (" + type.id() + ") has no declaration");
        }
        return DeclarationReader.readTerms(declarationJson, "document " + id + " (" + type.id() + ")");
    }
}
