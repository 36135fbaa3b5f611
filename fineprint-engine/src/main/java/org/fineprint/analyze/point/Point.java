package org.fineprint.analyze.point;

import java.util.List;
import org.fineprint.catalog.Sentiment;

/**
 * A catalogue case found in one document, backed by verbatim quotes.
 *
 * @param caseId the catalogue case id, e.g. {@code arbitration-mandatory}
 * @param title a specific title ("Mandatory arbitration in Hong Kong (HKIAC)")
 * @param sentiment good, bad or neutral for the user
 * @param severity 1-5, 5 matters most
 * @param document the report's document id ({@code d0}, {@code d1}, …)
 * @param explanation why it matters, in one or two sentences
 * @param quotes the evidence, never empty
 * @param confidence the analyser's confidence, 0-1
 */
public record Point(String caseId, String title, Sentiment sentiment, int severity, String document,
                    String explanation, List<Quote> quotes, double confidence) {
    public Point {
        quotes = List.copyOf(quotes);
        if (quotes.isEmpty()) {
            throw new IllegalArgumentException("point " + caseId + " has no quote; no quote, no point");
        }
        if (severity < 1 || severity > 5) {
            throw new IllegalArgumentException("severity must be 1-5, got " + severity);
        }
    }
}
