package org.fineprint.analyze.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Fits L2-regularised logistic-regression heads with LIBLINEAR (primal Newton solver, deterministic). */
final class LogisticRegression {
    private static final double EPSILON = 0.01;

    static {
        Linear.disableDebugOutput();
    }

    private LogisticRegression() {
    }

    /**
     * Converts feature vectors to LIBLINEAR's one-based rows with a trailing bias feature.
     *
     * @param rows the feature vectors
     * @param dimension the number of features
     * @return the rows, sharable between fits
     */
    static Feature[][] rows(SparseVector[] rows, int dimension) {
        Feature[][] x = new Feature[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            SparseVector v = rows[r];
            Feature[] f = new Feature[v.size() + 1];
            for (int k = 0; k < v.size(); k++) {
                f[k] = new FeatureNode(v.indices()[k] + 1, v.values()[k]);
            }
            f[v.size()] = new FeatureNode(dimension + 1, 1.0);
            x[r] = f;
        }
        return x;
    }

    /**
     * Fits one binary head.
     *
     * @param label the head's label
     * @param x rows from {@link #rows(SparseVector[], int)}
     * @param dimension the number of features (without the bias)
     * @param gold whether each row has the label
     * @param cost the inverse regularisation strength C
     * @param positiveWeightPower positives weigh {@code (negatives / positives) ^ power}
     * @return the head, with threshold 0.5
     */
    static LinearHead fit(String label, Feature[][] x, int dimension, boolean[] gold, double cost,
            double positiveWeightPower) {
        return fitPath(label, x, dimension, gold, List.of(cost), positiveWeightPower).get(0);
    }

    /**
     * Fits one binary head per cost, in increasing order of cost, each starting from the previous
     * solution (a warm start: the same optimum, reached in fewer Newton steps).
     *
     * @param label the head's label
     * @param x rows from {@link #rows(SparseVector[], int)}
     * @param dimension the number of features (without the bias)
     * @param gold whether each row has the label
     * @param costs the inverse regularisation strengths C
     * @param positiveWeightPower positives weigh {@code (negatives / positives) ^ power}
     * @return one head per cost, in the order of {@code costs}, with threshold 0.5
     */
    static List<LinearHead> fitPath(String label, Feature[][] x, int dimension, boolean[] gold, List<Double> costs,
            double positiveWeightPower) {
        int positives = 0;
        double[] y = new double[gold.length];
        for (int i = 0; i < gold.length; i++) {
            y[i] = gold[i] ? 1 : 0;
            positives += gold[i] ? 1 : 0;
        }
        LinearHead[] heads = new LinearHead[costs.size()];
        if (positives == 0 || positives == gold.length) {
            // one class only: a constant head that always (or never) gives the label
            Arrays.fill(heads, new LinearHead(label, new float[dimension], positives == 0 ? -20f : 20f, 0.5f));
            return List.of(heads);
        }
        Problem problem = new Problem();
        problem.l = gold.length;
        problem.n = dimension + 1;
        problem.x = x;
        problem.y = y;
        problem.bias = 1;
        double weight = Math.pow((gold.length - positives) / (double) positives, positiveWeightPower);
        Integer[] order = new Integer[costs.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble(costs::get));
        double[] previous = null;
        for (int k : order) {
            Parameter parameter = new Parameter(SolverType.L2R_LR, costs.get(k), EPSILON);
            parameter.setWeights(new double[] {weight, 1.0}, new int[] {1, 0});
            if (previous != null) {
                parameter.setInitSol(previous);
            }
            Model model = Linear.train(problem, parameter);
            double[] w = model.getFeatureWeights();
            previous = w.clone();
            // LIBLINEAR's decision value favours the first label it met in the data
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            float[] weights = new float[dimension];
            for (int j = 0; j < dimension; j++) {
                weights[j] = (float) (sign * w[j]);
            }
            heads[k] = new LinearHead(label, weights, (float) (sign * w[dimension] * problem.bias), 0.5f);
        }
        return List.of(heads);
    }
}
