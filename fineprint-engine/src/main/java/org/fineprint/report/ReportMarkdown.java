package org.fineprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Contribution;

/** A report as Markdown, for issues, wikis and documentation. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    /** Renders the report. */
    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        Report.Service s = report.service();
        out.append("# ").append(escape(s.name())).append("\n\n");
        if (s.category() != null) {
            out.append("*").append(escape(s.category())).append("*\n\n");
        }
        out.append("**").append(ReportFormat.stars(report.rating().stars())).append(' ')
                .append(report.rating().label()).append("**");
        if (report.rating().stars() != null) {
            out.append(" (score ").append(ReportFormat.score(report.rating().score())).append(')');
        }
        out.append("\n\n").append(escape(report.overview())).append("\n\n");

        out.append("## Points of interest\n\n");
        List<List<Point>> entries = ReportFormat.byCase(report);
        for (int i = 0; i < entries.size(); i++) {
            List<Point> group = entries.get(i);
            Point p = group.getFirst();
            out.append(i + 1).append(". **").append(escape(p.title())).append("** — ")
                    .append(ReportFormat.sentimentWord(p.sentiment())).append(", severity ")
                    .append(ReportFormat.dots(p.severity())).append(", from *")
                    .append(ReportFormat.documentTitles(report, group)).append("*  \n   ")
                    .append(escape(p.explanation())).append('\n');
            for (Point from : group) {
                String source = group.size() > 1 ? "*" + ReportFormat.documentTitle(report, from) + "*: " : "";
                for (Quote q : from.quotes()) {
                    out.append("   > ").append(source).append(escape(ReportFormat.shortQuote(q.text())))
                            .append(String.format(Locale.ROOT, " <sub>(chars %d-%d)</sub>%n", q.start(), q.end()));
                }
            }
            out.append('\n');
        }

        if (!report.rating().contributions().isEmpty()) {
            out.append("## Why this rating\n\n| Point | Effect |\n|---|---:|\n");
            List<Contribution> sorted = new ArrayList<>(report.rating().contributions());
            sorted.sort((a, b) -> Double.compare(Math.abs(b.delta()), Math.abs(a.delta())));
            for (Contribution c : sorted) {
                out.append("| ").append(escape(report.points().get(c.point()).title())).append(" | ")
                        .append(ReportFormat.delta(c)).append(" |\n");
            }
            out.append("| **Score** | **").append(ReportFormat.score(report.rating().score())).append("** |\n\n");
        }

        out.append("## Documents\n\n");
        for (Report.Document d : report.documents()) {
            out.append("### ").append(escape(d.title())).append("\n\n")
                    .append(String.format(Locale.ROOT, "*%s%s · %s · %,d characters*%n%n", d.type().id(),
                            d.language() == null ? "" : " · " + d.language(), escape(d.source()), d.chars()));
            for (String bullet : d.summary()) {
                out.append("- ").append(escape(bullet)).append('\n');
            }
            out.append('\n');
        }
        out.append("---\n*Analysed by ").append(report.analyzer().name()).append(' ')
                .append(report.analyzer().version()).append(" (").append(escape(report.analyzer().model()))
                .append(") in ").append(ReportFormat.seconds(report.elapsedMs())).append(".*\n");
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")
                .replace("[", "\\[").replace("]", "\\]").replace("|", "\\|");
    }
}
