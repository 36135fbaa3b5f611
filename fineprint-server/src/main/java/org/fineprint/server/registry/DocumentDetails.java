package org.fineprint.server.registry;

import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * What is known of a document before it is saved; absent details keep the stored ones.
 *
 * @param serviceId the service it belongs to
 * @param type its type; a service has one document per type
 * @param title its title
 * @param sourceUrl its public address, or {@code null} if unknown
 * @param jurisdiction ISO country code of the view, or {@code null}
 * @param language language code of the text, or {@code null}
 * @param declarationJson the Open Terms Archive terms declaration as JSON, or {@code null}
 */
public record DocumentDetails(long serviceId, DocumentType type, String title, @Nullable String sourceUrl,
                              @Nullable String jurisdiction, @Nullable String language,
                              @Nullable String declarationJson) {
    public DocumentDetails {
        if (title.isBlank()) {
            throw new IllegalArgumentException("document title is blank");
        }
    }
}
