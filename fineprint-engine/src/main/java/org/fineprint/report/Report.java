package org.fineprint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Which analyser produced the report, and what it cost.
     *
     * @param name the analyser ({@code local}, {@code llm})
     * @param version Fineprint's version
     * @param model what the analyser ran on
     * @param grounding quotes and points dropped because a quote was not in the document, or
     *     {@code null} when the analyser cannot produce such quotes (the built-in one cuts its
     *     quotes from the text)
     * @param usage tokens and cost of the language model calls, or {@code null} when no model was
     *     called through an API
     */
    public record Analyzer(String name, String version, String model, @Nullable Grounding grounding,
                           @Nullable Usage usage) {
        /** An analyser that reports neither grounding nor usage. */
        public Analyzer(String name, String version, String model) {
            this(name, version, model, null, null);
        }
    }

    /**
     * What grounding removed from an analysis.
     *
     * @param quotesDropped quotes that could not be located in their document
     * @param pointsDropped points left without any quote, and so not published
     */
    public record Grounding(int quotesDropped, int pointsDropped) {
        public Grounding {
            if (quotesDropped < 0 || pointsDropped < 0) {
                throw new IllegalArgumentException("dropped counts must not be negative");
            }
        }
    }

    /**
     * Language model usage of one analysis.
     *
     * @param inputTokens prompt tokens billed, as the endpoint reported them
     * @param outputTokens completion tokens billed
     * @param costUsd the cost at the configured prices, or {@code null} when no price is configured
     * @param calls model calls made
     * @param cachedCalls answers taken from the cache instead of calling the model (not billed)
     */
    public record Usage(long inputTokens, long outputTokens, @Nullable Double costUsd, int calls, int cachedCalls) {
    }

    /**
     * The indices of {@link #points()} grouped by case, in report order. The report has one point
     * per case per document, so a case that several documents state is one group, its most
     * important point first; readers see it as one entry.
     *
     * @return the groups, each non-empty
     */
    public List<List<Integer>> pointsByCase() {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            groups.computeIfAbsent(points.get(i).caseId(), k -> new ArrayList<>()).add(i);
        }
        return groups.values().stream().map(List::copyOf).toList();
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
