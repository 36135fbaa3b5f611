package org.fineprint.analyze.classify;

import java.util.Arrays;
import java.util.Comparator;

/** Picks decision thresholds on out-of-fold scores. */
final class Thresholds {
    /** A threshold no probability reaches: the label is never given. */
    static final double NEVER = 1.5;

    private Thresholds() {
    }

    /** A threshold and the F-beta it reaches on the scores it was chosen on. */
    record Choice(double threshold, double fBeta) {
    }

    /**
     * Finds the threshold that maximises F-beta; it lies halfway between the lowest accepted score
     * and the next lower score, so it does not sit on a training score.
     *
     * @param scores a score per example
     * @param gold whether each example has the label
     * @param beta the F-beta weight of recall
     * @return the best threshold and its F-beta; {@link #NEVER} and 0 when no example is positive
     */
    static Choice bestFBeta(double[] scores, boolean[] gold, double beta) {
        int positives = 0;
        for (boolean g : gold) {
            positives += g ? 1 : 0;
        }
        if (positives == 0) {
            return new Choice(NEVER, 0);
        }
        Integer[] order = sortedByScoreDescending(scores);
        double b2 = beta * beta;
        double best = -1;
        double threshold = NEVER;
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (gold[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            double s = scores[order[k]];
            boolean boundary = k + 1 == order.length || scores[order[k + 1]] < s;
            if (!boundary) {
                continue;
            }
            double f = (1 + b2) * tp / ((1 + b2) * tp + b2 * (positives - tp) + fp);
            if (f > best) {
                best = f;
                threshold = k + 1 == order.length ? s / 2 : (s + scores[order[k + 1]]) / 2;
            }
        }
        return new Choice(threshold, best);
    }

    /**
     * Finds the highest threshold that keeps at least the given share of the positive examples.
     *
     * @param scores a score per example
     * @param gold whether each example has the label
     * @param recall the share of positives to keep, between 0 and 1
     * @return the threshold ({@link #NEVER} when no example is positive)
     */
    static double forRecall(double[] scores, boolean[] gold, double recall) {
        double[] positives = new double[scores.length];
        int p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (gold[i]) {
                positives[p++] = scores[i];
            }
        }
        if (p == 0) {
            return NEVER;
        }
        double[] sorted = Arrays.copyOf(positives, p);
        Arrays.sort(sorted);
        int keep = Math.max(1, (int) Math.ceil(recall * p));
        return sorted[p - keep];
    }

    private static Integer[] sortedByScoreDescending(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }
}
