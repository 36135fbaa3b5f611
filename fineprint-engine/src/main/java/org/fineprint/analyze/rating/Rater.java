package org.fineprint.analyze.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fineprint.analyze.point.Point;
import org.fineprint.catalog.Sentiment;

/**
 * Turns points into a rating with a published formula, so stars move only when points move.
 *
 * <ol>
 *   <li>Each positive or negative point weighs {@code WEIGHTS[severity]}; neutral points weigh 0.
 *       A case counts once per service: when two documents have a point for it, only the more
 *       severe (then the earlier) is rated.</li>
 *   <li>Diminishing returns: within each sentiment, points are ranked by weight (then by their
 *       order in the report) and the k-th (from 0) is multiplied by {@code DECAY^k}, so the tenth
 *       minor issue moves the score far less than the first serious one.</li>
 *   <li>{@code delta = ±weight × DECAY^k}, rounded to 3 decimals; the score is the sum of the
 *       deltas.</li>
 *   <li>Coverage rule: with fewer than {@code MIN_RATED_POINTS} positive or negative points the
 *       documents do not support a rating, and stars are {@code null} ("Not enough information").</li>
 *   <li>Stars from the score by the thresholds in {@code STAR_THRESHOLDS} (the lowest score for
 *       2, 3, 4 and 5 stars).</li>
 * </ol>
 *
 * <p>The weights, the decay and the thresholds were fitted to ToS;DR grades with the trained case detector,
 * cross-validated by service ({@code fineprint eval rating --detector trained --fit}; numbers in
 * {@code docs/quality.md}): the thresholds give the graded services' scores the same spread of
 * stars as their grades. The methodology page prints them from these constants.
 */
public final class Rater {
    /**
     * The formula's parameters.
     *
     * @param weights weight of a point by severity (index 1-5; index 0 unused)
     * @param decay factor applied to each further point of the same sentiment
     * @param minRatedPoints fewer positive or negative points than this give "Not enough information"
     * @param starThresholds lowest score for 2, 3, 4 and 5 stars
     */
    public record Settings(double[] weights, double decay, int minRatedPoints, double[] starThresholds) {
        public Settings {
            if (weights.length != 6 || starThresholds.length != 4) {
                throw new IllegalArgumentException("6 weights (index 0 unused) and 4 star thresholds are needed");
            }
            weights = weights.clone();
            starThresholds = starThresholds.clone();
        }
    }

    /** The published parameters. */
    public static final Settings DEFAULTS = new Settings(new double[] {0, 0.01, 0.03, 0.08, 0.15, 0.30}, 0.90, 3,
            new double[] {-0.94, -0.71, -0.55, 0.26});
    /** Weight of a point by severity (index 1-5; index 0 unused). */
    public static final double[] WEIGHTS = DEFAULTS.weights();
    /** Factor applied to each further point of the same sentiment. */
    public static final double DECAY = DEFAULTS.decay();
    /** Fewer positive or negative points than this give "Not enough information". */
    public static final int MIN_RATED_POINTS = DEFAULTS.minRatedPoints();
    /** Lowest score for 2, 3, 4 and 5 stars. */
    public static final double[] STAR_THRESHOLDS = DEFAULTS.starThresholds();

    private final Settings settings;

    /** The rater with the published parameters. */
    public Rater() {
        this(DEFAULTS);
    }

    /** A rater with other parameters (for fitting them; pages and reports use {@link #DEFAULTS}). */
    public Rater(Settings settings) {
        this.settings = settings;
    }

    /**
     * Rates a report's points.
     *
     * @param points the points in report order (contributions refer to these indices)
     * @return the rating, with one contribution per positive or negative case
     */
    public Rating rate(List<Point> points) {
        List<Contribution> contributions = new ArrayList<>();
        contributions.addAll(contributions(points, Sentiment.NEGATIVE, -1, settings));
        contributions.addAll(contributions(points, Sentiment.POSITIVE, +1, settings));
        contributions.sort(Comparator.comparingInt(Contribution::point));
        double score = round(contributions.stream().mapToDouble(Contribution::delta).sum());
        Integer stars = contributions.size() < settings.minRatedPoints() ? null : stars(score, settings.starThresholds());
        return new Rating(stars, Rating.label(stars), score, contributions);
    }

    /** Stars for a score, by {@link #STAR_THRESHOLDS}. */
    public static int stars(double score) {
        return stars(score, STAR_THRESHOLDS);
    }

    /** Stars for a score, by other thresholds (lowest score for 2, 3, 4 and 5 stars). */
    public static int stars(double score, double[] thresholds) {
        int stars = 1;
        for (double threshold : thresholds) {
            if (score >= threshold) {
                stars++;
            }
        }
        return stars;
    }

    private static List<Contribution> contributions(List<Point> points, Sentiment sentiment, int sign, Settings settings) {
        double[] weights = settings.weights();
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).sentiment() == sentiment) {
                ranked.add(i);
            }
        }
        ranked.sort(Comparator.<Integer>comparingDouble(i -> -weights[points.get(i).severity()])
                .thenComparingInt(i -> i));
        Set<String> rated = new HashSet<>();
        ranked.removeIf(i -> !rated.add(points.get(i).caseId()));
        List<Contribution> out = new ArrayList<>();
        double factor = 1;
        for (int i : ranked) {
            out.add(new Contribution(i, round(sign * weights[points.get(i).severity()] * factor)));
            factor *= settings.decay();
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
