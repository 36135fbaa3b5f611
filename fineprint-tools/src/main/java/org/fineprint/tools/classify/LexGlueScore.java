package org.fineprint.tools.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The LexGLUE UNFAIR-ToS measure: one binary column per label plus a "none" column that is 1 when
 * a row has none of the labels (built for gold and prediction separately); macro-F1 is the mean of
 * the per-column F1, micro-F1 pools the counts of all columns. Labels outside the list (such as
 * {@code pinc}) are ignored. A column with no gold and no predicted row has F1 0, as in
 * scikit-learn's default used by LexGLUE.
 *
 * @param columns the label columns in the given order, then "none"
 * @param macroF1 mean per-column F1
 * @param microF1 F1 over the pooled counts of all columns
 * @param rows the number of rows scored
 */
public record LexGlueScore(List<Column> columns, double macroF1, double microF1, int rows) {
    static final String NONE = "none";

    /** Counts and scores of one column. */
    public record Column(String name, int tp, int fp, int fn) {
        public int support() {
            return tp + fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        public double f1() {
            return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
        }
    }

    /**
     * @param labels the label columns
     * @param gold each row's gold labels
     * @param predicted each row's predicted labels, same length as {@code gold}
     * @return the score
     */
    public static LexGlueScore compute(List<String> labels, List<? extends Set<String>> gold,
            List<? extends Set<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted rows differ in number");
        }
        int columns = labels.size() + 1;
        int[] tp = new int[columns];
        int[] fp = new int[columns];
        int[] fn = new int[columns];
        for (int r = 0; r < gold.size(); r++) {
            boolean goldAny = false;
            boolean predAny = false;
            for (int c = 0; c < labels.size(); c++) {
                boolean g = gold.get(r).contains(labels.get(c));
                boolean p = predicted.get(r).contains(labels.get(c));
                goldAny |= g;
                predAny |= p;
                count(g, p, c, tp, fp, fn);
            }
            count(!goldAny, !predAny, labels.size(), tp, fp, fn);
        }
        List<Column> out = new ArrayList<>();
        double sumF1 = 0;
        int allTp = 0;
        int allFp = 0;
        int allFn = 0;
        for (int c = 0; c < columns; c++) {
            Column column = new Column(c < labels.size() ? labels.get(c) : NONE, tp[c], fp[c], fn[c]);
            out.add(column);
            sumF1 += column.f1();
            allTp += tp[c];
            allFp += fp[c];
            allFn += fn[c];
        }
        double micro = 2 * allTp + allFp + allFn == 0 ? 0 : 2.0 * allTp / (2.0 * allTp + allFp + allFn);
        return new LexGlueScore(out, sumF1 / columns, micro, gold.size());
    }

    private static void count(boolean g, boolean p, int c, int[] tp, int[] fp, int[] fn) {
        if (g && p) {
            tp[c]++;
        } else if (p) {
            fp[c]++;
        } else if (g) {
            fn[c]++;
        }
    }
}
