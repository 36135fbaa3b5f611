package org.fineprint.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Sentiment;
import org.jspecify.annotations.Nullable;

/** Small pieces of wording shared by the text and Markdown forms of a report. */
final class ReportFormat {
    /** Quotes longer than this are shortened in human-readable forms (JSON keeps them whole). */
    static final int QUOTE_CHARS = 320;

    private ReportFormat() {
    }

    static String stars(@Nullable Integer stars) {
        if (stars == null) {
            return "☆☆☆☆☆";
        }
        return "★".repeat(stars) + "☆".repeat(5 - stars);
    }

    static String dots(int severity) {
        return "●".repeat(severity) + "○".repeat(5 - severity);
    }

    static String sentimentWord(Sentiment sentiment) {
        return switch (sentiment) {
            case POSITIVE -> "good";
            case NEGATIVE -> "bad";
            case NEUTRAL -> "neutral";
        };
    }

    static String shortQuote(String quote) {
        String plain = Segmenter.stripMarkup(quote);
        if (plain.length() <= QUOTE_CHARS) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', QUOTE_CHARS);
        return plain.substring(0, cut > QUOTE_CHARS / 2 ? cut : QUOTE_CHARS) + " …";
    }

    static String delta(Contribution c) {
        return String.format(Locale.ROOT, "%+.3f", c.delta());
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%+.2f", score);
    }

    static String documentTitle(Report report, Point point) {
        Report.Document d = report.document(point.document());
        return d == null ? point.document() : d.type().id();
    }

    /** The report's points as readers see them: one entry per case ({@link Report#pointsByCase()}). */
    static List<List<Point>> byCase(Report report) {
        return report.pointsByCase().stream().map(group -> group.stream().map(report.points()::get).toList()).toList();
    }

    /** The document types a group of points comes from, e.g. {@code terms, privacy}. */
    static String documentTitles(Report report, List<Point> group) {
        return group.stream().map(p -> documentTitle(report, p)).distinct().collect(Collectors.joining(", "));
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
