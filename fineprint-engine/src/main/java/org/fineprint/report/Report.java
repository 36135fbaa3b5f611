package org.fineprint.report;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * The published view of one analysis of a service, in the shape of the {@code fineprint.report/1}
 * JSON contract. Every quote's offsets index into the {@code extract} text of its document.
 */
public record Report(Service service, Rating rating, String overview, List<Document> documents,
                     List<Point> points, Analyzer analyzer, long elapsedMs) {
    public static final String SCHEMA = "fineprint.report/1";

    public Report {
        documents = List.copyOf(documents);
        points = List.copyOf(points);
    }

    /** The service the report is about. */
    public record Service(String name, @Nullable String category) {
    }

    /**
     * One analysed document.
     *
     * @param id the report-local id points refer to ({@code d0}, {@code d1}, …)
     * @param source the file name or URL it was read from
     * @param language ISO 639-1 code when known
     * @param sha256 hex SHA-256 of the extracted text (UTF-8)
     * @param chars length of the extracted text in UTF-16 code units
     * @param summary plain-language bullets in document order
     */
    public record Document(String id, DocumentType type, String title, String source, @Nullable String language,
                           String sha256, int chars, List<String> summary) {
        public Document {
            summary = List.copyOf(summary);
        }
    }

    /** Which analyser produced the report. */
    public record Analyzer(String name, String version, String model) {
    }

    /** The document with a report-local id, if any. */
    public @Nullable Document document(String id) {
        for (Document d : documents) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
