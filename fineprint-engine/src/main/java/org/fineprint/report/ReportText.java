package org.fineprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Contribution;

/** A report as plain text for a terminal, wrapped to a readable width. */
public final class ReportText {
    private static final int WIDTH = 96;

    private ReportText() {
    }

    /** Renders the report. */
    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        Report.Service s = report.service();
        out.append(s.name()).append(s.category() == null ? "" : " · " + s.category()).append('\n');
        out.append(ReportFormat.stars(report.rating().stars())).append("  ").append(report.rating().label());
        if (report.rating().stars() != null) {
            out.append("  (score ").append(ReportFormat.score(report.rating().score())).append(')');
        }
        out.append("\n\n");
        wrap(out, report.overview(), "", "");
        out.append('\n');

        List<List<Point>> entries = ReportFormat.byCase(report);
        out.append("POINTS OF INTEREST (").append(entries.size()).append(")\n\n");
        for (int i = 0; i < entries.size(); i++) {
            List<Point> group = entries.get(i);
            Point p = group.getFirst();
            out.append(String.format(Locale.ROOT, "%2d. %s %-7s %s  %s%n", i + 1, ReportFormat.dots(p.severity()),
                    ReportFormat.sentimentWord(p.sentiment()), p.title(), "[" + ReportFormat.documentTitles(report, group) + "]"));
            wrap(out, p.explanation(), "    ", "    ");
            for (Point from : group) {
                String source = group.size() > 1 ? ReportFormat.documentTitle(report, from) + ": " : "";
                for (Quote q : from.quotes()) {
                    wrap(out, source + "“" + ReportFormat.shortQuote(q.text()) + "” (chars " + q.start() + "-" + q.end() + ")",
                            "    > ", "      ");
                }
            }
            out.append('\n');
        }

        if (!report.rating().contributions().isEmpty()) {
            out.append("WHY THIS RATING\n\n");
            List<Contribution> sorted = new ArrayList<>(report.rating().contributions());
            sorted.sort((a, b) -> Double.compare(Math.abs(b.delta()), Math.abs(a.delta())));
            for (Contribution c : sorted) {
                out.append("  ").append(ReportFormat.delta(c)).append("  ")
                        .append(report.points().get(c.point()).title()).append('\n');
            }
            out.append("  ").append("=").append(ReportFormat.score(report.rating().score())).append("  score\n\n");
        }

        out.append("DOCUMENTS\n\n");
        for (Report.Document d : report.documents()) {
            out.append(d.title()).append(" (").append(d.type().id())
                    .append(d.language() == null ? "" : ", " + d.language()).append(") — ")
                    .append(d.source()).append(String.format(Locale.ROOT, ", %,d characters%n", d.chars()));
            for (String bullet : d.summary()) {
                wrap(out, bullet, "  - ", "    ");
            }
            out.append('\n');
        }
        out.append("Analysed by ").append(report.analyzer().name()).append(' ').append(report.analyzer().version())
                .append(" (").append(report.analyzer().model()).append(") in ")
                .append(ReportFormat.seconds(report.elapsedMs())).append(".\n");
        return out.toString();
    }

    /** Appends {@code text} word-wrapped, the first line after {@code first}, others after {@code rest}. */
    static void wrap(StringBuilder out, String text, String first, String rest) {
        String prefix = first;
        int col = 0;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && prefix.length() + col + 1 + word.length() > WIDTH) {
                out.append(prefix).append(line).append('\n');
                prefix = rest;
                line.setLength(0);
                col = 0;
            }
            if (line.length() > 0) {
                line.append(' ');
                col++;
            }
            line.append(word);
            col += word.length();
        }
        if (line.length() > 0) {
            out.append(prefix).append(line).append('\n');
        }
    }
}
