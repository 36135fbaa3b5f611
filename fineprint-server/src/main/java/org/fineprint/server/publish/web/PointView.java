package org.fineprint.server.publish.web;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * A point of interest as pages show it.
 *
 * @param index its position in the published report (anchors {@code #point-N} and report links use it)
 * @param caseId the catalogue case
 * @param title its title
 * @param sentiment {@code positive}, {@code negative} or {@code neutral}
 * @param severity 1-5
 * @param documentType the type id of the quoted document
 * @param documentName the type's name, e.g. "Terms of Service"
 * @param explanation why it matters
 * @param quote the first quoted passage as plain text, cut near {@link #QUOTE_CHARS} characters with an
 *     ellipsis (the document viewer shows it whole)
 * @param moreQuotes how many further passages back it
 * @param delta how much it moved the score, or null when it did not count
 * @param href the passage in the document viewer, e.g. {@code /service/aliexpress/document/terms#point-3}
 */
record PointView(int index, String caseId, String title, String sentiment, int severity, String documentType,
                 String documentName, String explanation, String quote, int moreQuotes, @Nullable Double delta,
                 String href) {
    /** Pages show at most about this much of a point's first passage. */
    static final int QUOTE_CHARS = 480;

    static PointView of(String slug, int index, Point point, DocumentType type, @Nullable Double delta) {
        List<Quote> quotes = point.quotes();
        return new PointView(index, point.caseId(), Plain.text(point.title()), point.sentiment().id(),
                point.severity(), type.id(), type.title(), point.explanation(),
                Plain.shorten(Plain.text(quotes.getFirst().text()), QUOTE_CHARS),
                quotes.size() - 1, delta, "/service/" + slug + "/document/" + type.id() + "#point-" + index);
    }

    /** The review form for this point ({@code /service/{slug}/report?point=N}), served by the review feature. */
    public String reportHref() {
        return href.substring(0, href.indexOf("/document/")) + "/report?point=" + index;
    }

    /** The anchor of the point's passage in the document viewer. */
    public String anchor() {
        return "point-" + index;
    }

    /** "Positive", "Negative" or "Neutral". */
    public String sentimentWord() {
        return switch (sentiment) {
            case "positive" -> "Positive";
            case "negative" -> "Negative";
            default -> "Neutral";
        };
    }

    /** The sentiment's icon, shown beside its word and colour: ✓, ✗ or –. */
    public String sentimentIcon() {
        return switch (sentiment) {
            case "positive" -> "\u2713";
            case "negative" -> "\u2717";
            default -> "\u2013";
        };
    }

    /** "Severity 4 of 5". */
    public String severityText() {
        return "Severity " + severity + " of 5";
    }

    /** Five dots, filled up to the severity: {@code ●●●●○}. */
    public String severityDots() {
        return "●".repeat(severity) + "○".repeat(5 - severity);
    }

    /** The score change with its sign, e.g. "−0.25". */
    public String deltaText() {
        return delta == null ? "" : RatingView.signed(delta);
    }
}
