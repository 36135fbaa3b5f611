package org.fineprint.server.publish.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Sentiment;
import org.fineprint.catalog.Topic;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.system.AnalyzeProperties;
import org.fineprint.server.system.TrackProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The methodology page, generated from the live catalogue and the {@link Rater}'s constants, so that
 * what it says about severities, weights, decay and star thresholds cannot drift from the code; and
 * the reading guide, which is our own prose.
 */
@Controller
class MethodologyController {
    static final String VIEW_METHODOLOGY = "pages/methodology";
    static final String VIEW_GUIDE = "pages/guide";

    private final TrackProperties track;
    private final AnalyzeProperties analyze;

    MethodologyController(TrackProperties track, AnalyzeProperties analyze) {
        this.track = track;
        this.analyze = analyze;
    }

    /** One severity: its weight, and how many cases of the catalogue have it. */
    record SeverityRow(int severity, String weight, long cases) {
    }

    /** One star level: the lowest score that reaches it and its label. */
    record StarRow(int stars, String from, String label) {
    }

    /** One step of the worked example. */
    record ExampleRow(String point, String sentiment, int severity, String computation, String delta) {
    }

    @GetMapping("/methodology")
    String methodology(Model model) {
        CaseCatalog catalog = CaseCatalog.builtIn();
        List<SeverityRow> severities = new ArrayList<>();
        for (int s = Case.MIN_SEVERITY; s <= Case.MAX_SEVERITY; s++) {
            int severity = s;
            severities.add(new SeverityRow(s, number(Rater.WEIGHTS[s]),
                    catalog.all().stream().filter(c -> c.severity() == severity).count()));
        }
        List<StarRow> stars = new ArrayList<>();
        stars.add(new StarRow(1, "below " + number(Rater.STAR_THRESHOLDS[0]), Rating.label(1)));
        for (int i = 0; i < Rater.STAR_THRESHOLDS.length; i++) {
            stars.add(new StarRow(i + 2, number(Rater.STAR_THRESHOLDS[i]) + " or more", Rating.label(i + 2)));
        }
        model.addAttribute("caseCount", catalog.size());
        model.addAttribute("topicCount", Topic.values().length);
        model.addAttribute("negativeCases", catalog.all().stream().filter(c -> c.sentiment() == Sentiment.NEGATIVE).count());
        model.addAttribute("positiveCases", catalog.all().stream().filter(c -> c.sentiment() == Sentiment.POSITIVE).count());
        model.addAttribute("neutralCases", catalog.all().stream().filter(c -> c.sentiment() == Sentiment.NEUTRAL).count());
        model.addAttribute("documentTypes", List.of(DocumentType.values()).stream()
                .filter(t -> t != DocumentType.OTHER).map(DocumentType::title).toList());
        model.addAttribute("interval", interval(track.interval()));
        model.addAttribute("analyzer", analyze.analyzer());
        model.addAttribute("maxChars", String.format(Locale.ENGLISH, "%,d", LocalAnalyzer.MAX_DOCUMENT_CHARS));
        model.addAttribute("severities", severities);
        model.addAttribute("decay", number(Rater.DECAY));
        model.addAttribute("minRated", Rater.MIN_RATED_POINTS);
        model.addAttribute("stars", stars);
        model.addAttribute("example", example());
        model.addAttribute("exampleScore", number(exampleScore()));
        model.addAttribute("exampleStars", Rater.stars(exampleScore()));
        model.addAttribute("canonical", Urls.canonical("/methodology"));
        return VIEW_METHODOLOGY;
    }

    @GetMapping("/guides/how-to-read-terms-of-service")
    String guide(Model model) {
        model.addAttribute("canonical", Urls.canonical("/guides/how-to-read-terms-of-service"));
        return VIEW_GUIDE;
    }

    /** Three negative points of severity 5, 4 and 3, and two positive points of severity 4 and 2. */
    private static final int[][] EXAMPLE = {{-1, 5}, {-1, 4}, {-1, 3}, {1, 4}, {1, 2}};

    static List<ExampleRow> example() {
        List<ExampleRow> rows = new ArrayList<>();
        int negatives = 0;
        int positives = 0;
        for (int[] point : EXAMPLE) {
            int rank = point[0] < 0 ? negatives++ : positives++;
            double delta = point[0] * Rater.WEIGHTS[point[1]] * Math.pow(Rater.DECAY, rank);
            String computation = (point[0] < 0 ? "\u2212" : "+") + number(Rater.WEIGHTS[point[1]])
                    + (rank == 0 ? "" : " \u00d7 " + number(Rater.DECAY) + (rank == 1 ? "" : superscript(rank)));
            rows.add(new ExampleRow((point[0] < 0 ? "Negative" : "Positive") + " point", point[0] < 0 ? "negative"
                    : "positive", point[1], computation, RatingView.signed(round(delta))));
        }
        return rows;
    }

    static double exampleScore() {
        double score = 0;
        int negatives = 0;
        int positives = 0;
        for (int[] point : EXAMPLE) {
            int rank = point[0] < 0 ? negatives++ : positives++;
            score += round(point[0] * Rater.WEIGHTS[point[1]] * Math.pow(Rater.DECAY, rank));
        }
        return round(score);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static String superscript(int n) {
        String digits = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append(digits.charAt(c - '0'));
        }
        return s.toString();
    }

    /** A number as the page prints it: a true minus sign, no trailing zeros. */
    static String number(double value) {
        String s = String.format(Locale.ROOT, "%.3f", Math.abs(value)).replaceAll("0+$", "").replaceAll("\\.$", "");
        return (value < 0 ? "\u2212" : "") + s;
    }

    static String interval(Duration d) {
        if (d.toHours() >= 1 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
            return d.toHours() == 1 ? "every hour" : d.toHours() % 24 == 0 && d.toHours() > 24
                    ? "every " + d.toDays() + " days" : d.toHours() == 24 ? "every day" : "every " + d.toHours() + " hours";
        }
        return "every " + d.toMinutes() + " minutes";
    }
}
