package org.fineprint.tools.analysis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;

/**
 * Searches the rating formula's parameters against ToS;DR grades, cross-validated: for each
 * candidate (severity weights, decay, minimum points), star thresholds are fitted on the training
 * folds by matching the grades' distribution (the k-th best score gets the k-th best grade), then
 * the held-out services are rated with them. Prints the best candidates by held-out agreement.
 */
final class RatingFit {
    /** One graded service: its ToS;DR grade as stars and its report's points. */
    record Graded(int expected, List<Point> points) {
    }

    private static final double[][] WEIGHT_SCHEMES = {
        Rater.WEIGHTS,
        {0, 0.05, 0.08, 0.11, 0.14, 0.17},
        {0, 0.02, 0.05, 0.10, 0.20, 0.35},
        {0, 0.10, 0.10, 0.10, 0.10, 0.10},
        {0, 0.01, 0.03, 0.08, 0.15, 0.30},
    };
    private static final double[] DECAYS = {0.7, 0.8, 0.85, 0.9, 0.95, 1.0};
    private static final int[] MIN_POINTS = {3, 4, 5, 6};

    private RatingFit() {
    }

    record Result(Rater.Settings settings, double within, double spearman, int rated, double[] allThresholds) {
    }

    static void run(List<Graded> services, int folds, PrintWriter out) {
        List<Result> results = new ArrayList<>();
        for (double[] weights : WEIGHT_SCHEMES) {
            for (double decay : DECAYS) {
                for (int min : MIN_POINTS) {
                    results.add(evaluate(services, folds, weights, decay, min));
                }
            }
        }
        results.sort(Comparator.comparingDouble((Result r) -> -(r.within() + r.spearman())));
        out.println("best rating parameters (held-out within one star, Spearman; thresholds fitted on all services):");
        results.subList(0, Math.min(12, results.size())).forEach(r -> print(r, out));
        out.println("the published formula (Rater.DEFAULTS), the same way:");
        print(evaluate(services, folds, Rater.WEIGHTS, Rater.DECAY, Rater.MIN_RATED_POINTS), out);
    }

    private static void print(Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "  within %.1f%%  spearman %.3f  rated %d  weights %s decay %.2f min %d thresholds %s%n",
                100 * r.within(), r.spearman(), r.rated(), Arrays.toString(Arrays.copyOfRange(r.settings().weights(), 1, 6)),
                r.settings().decay(), r.settings().minRatedPoints(), format(r.allThresholds()));
    }

    private static String format(double[] t) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < t.length; i++) {
            s.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", t[i]));
        }
        return s.append('}').toString();
    }

    private static Result evaluate(List<Graded> services, int folds, double[] weights, double decay, int min) {
        Rater.Settings base = new Rater.Settings(weights, decay, min, Rater.STAR_THRESHOLDS);
        Rater rater = new Rater(base);
        double[] scores = new double[services.size()];
        boolean[] rated = new boolean[services.size()];
        for (int i = 0; i < services.size(); i++) {
            Rating r = rater.rate(services.get(i).points());
            scores[i] = r.score();
            rated[i] = r.stars() != null;
        }
        List<double[]> pairs = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> train = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                if (i % folds != fold && rated[i]) {
                    train.add(i);
                }
            }
            double[] thresholds = thresholds(services, scores, train);
            for (int i = fold; i < services.size(); i += folds) {
                if (rated[i]) {
                    pairs.add(new double[] {services.get(i).expected(), Rater.stars(scores[i], thresholds)});
                }
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            if (rated[i]) {
                all.add(i);
            }
        }
        long within = pairs.stream().filter(p -> Math.abs(p[0] - p[1]) <= 1).count();
        double spearman = Stats.spearman(pairs.stream().mapToDouble(p -> p[0]).toArray(),
                pairs.stream().mapToDouble(p -> p[1]).toArray());
        return new Result(base, (double) within / Math.max(1, pairs.size()), spearman, pairs.size(),
                thresholds(services, scores, all));
    }

    /** Thresholds that give the training services' scores the same star distribution as their grades. */
    static double[] thresholds(List<Graded> services, double[] scores, List<Integer> train) {
        double[] sorted = train.stream().mapToDouble(i -> scores[i]).sorted().toArray();
        int[] count = new int[6];
        train.forEach(i -> count[services.get(i).expected()]++);
        double[] t = new double[4];
        int cumulative = 0;
        for (int stars = 1; stars <= 4; stars++) {
            cumulative += count[stars];
            int k = Math.min(Math.max(cumulative, 1), sorted.length - 1);
            t[stars - 1] = (sorted[k - 1] + sorted[k]) / 2;
        }
        return t;
    }
}
