package org.fineprint.analyze;

import java.util.List;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * What to analyse: a service and the extracted text of its documents.
 *
 * @param service the service's name
 * @param category its category, when known
 * @param documents its documents, in the order the report lists them
 */
public record AnalysisRequest(String service, @Nullable String category, List<SourceText> documents) {
    public AnalysisRequest {
        documents = List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new AnalysisException(service, "no documents to analyse");
        }
    }

    /**
     * One document's extracted text.
     *
     * @param type the document's type
     * @param title its title
     * @param source the file name or URL it came from
     * @param text the text exactly as {@code fineprint extract} prints it
     */
    public record SourceText(DocumentType type, String title, String source, String text) {
    }
}
