package org.fineprint.tools.classify;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Out-of-fold decision margins of a CLAUDETTE classifier, one row per evaluated sentence: a label
 * is predicted when its margin is above 0. Two classifiers scored on the same folds combine by
 * adding their margins, so each keeps its own decision boundary and neither needs retuning. The
 * file form is tab-separated: fold, document, sentence index, gold labels (comma-separated), then
 * one margin per {@link ClaudetteData#LEXGLUE_LABELS} label.
 *
 * @param rows the rows, in the order they were scored
 */
public record OutOfFoldScores(List<Row> rows) {

    /** One sentence: where it is, its gold labels and a margin per LexGLUE label. */
    public record Row(int fold, String doc, int idx, Set<String> gold, double[] margins) {
        public Row {
            gold = Set.copyOf(gold);
            if (margins.length != ClaudetteData.LEXGLUE_LABELS.size()) {
                throw new IllegalArgumentException("need one margin per LexGLUE label, got " + margins.length);
            }
            margins = margins.clone();
        }

        /** The labels whose margin is above 0. */
        public Set<String> predicted() {
            Set<String> out = new TreeSet<>();
            for (int j = 0; j < margins.length; j++) {
                if (margins[j] > 0) {
                    out.add(ClaudetteData.LEXGLUE_LABELS.get(j));
                }
            }
            return out;
        }

        String key() {
            return doc + "#" + idx;
        }
    }

    public OutOfFoldScores {
        rows = List.copyOf(rows);
    }

    /** The LexGLUE score of all rows pooled. */
    public LexGlueScore score() {
        return score(rows);
    }

    /** The LexGLUE score of each fold's rows, by fold number. */
    public Map<Integer, LexGlueScore> byFold() {
        Map<Integer, List<Row>> folds = new TreeMap<>();
        rows.forEach(r -> folds.computeIfAbsent(r.fold(), k -> new ArrayList<>()).add(r));
        Map<Integer, LexGlueScore> out = new TreeMap<>();
        folds.forEach((f, r) -> out.put(f, score(r)));
        return out;
    }

    private static LexGlueScore score(List<Row> rows) {
        return LexGlueScore.compute(ClaudetteData.LEXGLUE_LABELS, rows.stream().map(Row::gold).toList(),
                rows.stream().map(Row::predicted).toList());
    }

    /**
     * Adds the margins of another classifier's scores of the same sentences.
     *
     * @throws IllegalArgumentException when the two do not cover the same sentences in the same folds
     */
    public OutOfFoldScores plus(OutOfFoldScores other) {
        Map<String, Row> theirs = new HashMap<>();
        other.rows.forEach(r -> theirs.put(r.key(), r));
        if (theirs.size() != rows.size()) {
            throw new IllegalArgumentException("the scores cover " + rows.size() + " and " + theirs.size() + " sentences");
        }
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Row o = theirs.get(r.key());
            if (o == null || o.fold() != r.fold()) {
                throw new IllegalArgumentException("sentence " + r.key() + " is not scored in the same fold by both");
            }
            double[] sum = r.margins().clone();
            for (int j = 0; j < sum.length; j++) {
                sum[j] += o.margins()[j];
            }
            out.add(new Row(r.fold(), r.doc(), r.idx(), r.gold(), sum));
        }
        return new OutOfFoldScores(out);
    }

    /** The margins multiplied by {@code factor}, e.g. 1/n to average n classifiers with {@link #plus}. */
    public OutOfFoldScores times(double factor) {
        List<Row> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            double[] m = r.margins().clone();
            for (int j = 0; j < m.length; j++) {
                m[j] *= factor;
            }
            out.add(new Row(r.fold(), r.doc(), r.idx(), r.gold(), m));
        }
        return new OutOfFoldScores(out);
    }

    /** Only the rows of the given folds (all rows when the set is empty). */
    public OutOfFoldScores folds(Collection<Integer> folds) {
        return folds.isEmpty() ? this : new OutOfFoldScores(rows.stream().filter(r -> folds.contains(r.fold())).toList());
    }

    public void write(Path file) {
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (Row r : rows) {
                w.write(r.fold() + "\t" + r.doc() + "\t" + r.idx() + "\t" + String.join(",", new TreeSet<>(r.gold())));
                for (double m : r.margins()) {
                    w.write("\t" + (float) m);
                }
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static OutOfFoldScores read(Path file) {
        List<Row> rows = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 + ClaudetteData.LEXGLUE_LABELS.size()) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected " + (4 + ClaudetteData.LEXGLUE_LABELS.size())
                            + " tab-separated fields, found " + f.length);
                }
                Set<String> gold = f[3].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(f[3].split(",")));
                double[] margins = new double[ClaudetteData.LEXGLUE_LABELS.size()];
                for (int j = 0; j < margins.length; j++) {
                    margins[j] = Double.parseDouble(f[4 + j]);
                }
                rows.add(new Row(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), gold, margins));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": not a scores file (" + e.getMessage() + ")", e);
        }
        return new OutOfFoldScores(rows);
    }
}
