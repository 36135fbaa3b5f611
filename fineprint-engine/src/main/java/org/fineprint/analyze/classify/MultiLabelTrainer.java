package org.fineprint.analyze.classify;

import de.bwaldvogel.liblinear.Feature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a {@link ClassifierModel} for any label set on any labelled sentences.
 *
 * <p>First, one logistic regression per label over TF-IDF: the lexical heads. When the settings
 * ask for more feature blocks, the lexical heads become a gate tuned for recall, and the final
 * heads are trained on the sentences that pass it, over the blocks of {@link FeatureSpec}, either
 * jointly or stacked (see {@link TrainingSettings.Fusion}).
 *
 * <p>Every choice (C per label and block, the stacking weights, the gate and decision thresholds)
 * is made on out-of-fold scores of a grouped inner cross-validation over the training examples
 * only; the TF-IDF vocabulary is refitted in each inner fold. The heads are then refitted on all
 * examples. Training is deterministic: the same examples, settings and embeddings give the same model.
 */
public final class MultiLabelTrainer {
    private static final Logger log = LoggerFactory.getLogger(MultiLabelTrainer.class);
    private static final double META_COST = 10;

    private final TrainingSettings settings;
    private final @Nullable Embedder embedder;

    /**
     * @param settings how to train
     * @param embedder the encoder when the settings use embeddings (a caching one makes repeated
     *     training fast); may be null otherwise
     */
    public MultiLabelTrainer(TrainingSettings settings, @Nullable Embedder embedder) {
        if (settings.features().usesEmbedding() && embedder == null) {
            throw new IllegalArgumentException("the features use embeddings but no embedder was given");
        }
        this.settings = settings;
        this.embedder = embedder;
    }

    /**
     * Trains a classifier.
     *
     * @param name the model's name
     * @param labels the labels to learn, in output order
     * @param examples the training sentences, consecutive within each group (document order)
     * @param metadata provenance to store in the model
     * @return the model, its TF-IDF-only twin and the inner cross-validation report
     */
    public TrainingResult train(String name, List<String> labels, List<TrainingExample> examples,
            Map<String, String> metadata) {
        Data data = new Data(examples, labels);
        FeatureSpec spec = settings.features();
        boolean finalStage = !spec.equals(FeatureSpec.LEXICAL);
        boolean gate = finalStage && spec.usesEmbedding() && settings.gateRecall() > 0;
        int n = data.size();
        int labelCount = labels.size();
        int costs = settings.costs().size();
        int folds = settings.innerFolds();
        Map<String, Integer> foldOfGroup = GroupFolds.assign(data.groups, folds, settings.seed());
        int[] foldOf = new int[n];
        for (int i = 0; i < n; i++) {
            foldOf[i] = foldOfGroup.get(data.groups.get(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            // 1. lexical heads on every sentence, out of fold
            Stage[] stages = new Stage[folds];
            double[][][] lexicalOof = new double[costs][labelCount][n];
            for (int fold = 0; fold < folds; fold++) {
                stages[fold] = new Stage(data, rows(foldOf, fold, false, null), settings.tfidf());
                scoreOutOfFold(pool, stages[fold].lexical, stages[fold].vectorizer.size(),
                        rows(foldOf, fold, false, null), rows(foldOf, fold, true, null), data, lexicalOof);
            }
            int[] lexicalCost = new int[labelCount];
            double[] lexicalThreshold = new double[labelCount];
            double[] lexicalF = new double[labelCount];
            double[] gateThreshold = new double[labelCount];
            double[] trainingThreshold = new double[labelCount];
            boolean trainingGate = gate && settings.trainingGateRecall() > 0;
            for (int l = 0; l < labelCount; l++) {
                double[][] byCost = new double[costs][];
                for (int c = 0; c < costs; c++) {
                    byCost[c] = lexicalOof[c][l];
                }
                lexicalCost[l] = bestCost(byCost, data, l);
                Thresholds.Choice c = Thresholds.bestFBeta(data.scoredOnly(lexicalOof[lexicalCost[l]][l]),
                        data.scoredGold[l], settings.beta());
                lexicalThreshold[l] = c.threshold();
                lexicalF[l] = c.fBeta();
                gateThreshold[l] = gate
                        ? Thresholds.forRecall(data.scoredOnly(lexicalOof[lexicalCost[l]][l]), data.scoredGold[l],
                                settings.gateRecall())
                        : Double.NaN;
                trainingThreshold[l] = trainingGate
                        ? Thresholds.forRecall(data.scoredOnly(lexicalOof[lexicalCost[l]][l]), data.scoredGold[l],
                                settings.trainingGateRecall())
                        : Double.NaN;
            }
            boolean[] passed = passing(lexicalOof, lexicalCost, gate ? gateThreshold : null);
            boolean[] learnFrom = passing(lexicalOof, lexicalCost, trainingGate ? trainingThreshold : null);
            int passCount = 0;
            for (boolean p : passed) {
                passCount += p ? 1 : 0;
            }
            log.debug("lexical stage done examples={} passed={}", n, passCount);

            // 2. final heads on the sentences that passed, out of fold
            FinalStage fin = finalStage
                    ? chooseFinal(pool, data, stages, foldOf, learnFrom, passed, spec, lexicalOof, lexicalCost)
                    : null;

            // 3. refit on all examples
            List<Integer> all = rows(foldOf, -1, false, null);
            Stage full = new Stage(data, all, settings.tfidf());
            List<LinearHead> lexicalHeads = fitAll(pool, full.lexical, full.vectorizer.size(), all, data, lexicalCost);
            List<LinearHead> lexicalForF = new ArrayList<>();
            List<LinearHead> gateHeads = new ArrayList<>();
            for (int l = 0; l < labelCount; l++) {
                LinearHead head = lexicalHeads.get(l).toHalfPrecision();
                lexicalForF.add(head.withThreshold((float) lexicalThreshold[l]));
                gateHeads.add(head.withThreshold((float) gateThreshold[l]));
            }
            Map<String, String> meta = new HashMap<>(metadata);
            ClassifierModel lexicalModel = new ClassifierModel(name, labels, full.vectorizer, FeatureSpec.LEXICAL, "",
                    0, List.of(), lexicalForF, meta);
            ClassifierModel model = lexicalModel;
            if (fin != null) {
                List<LinearHead> heads = fin.refit(pool, full, rows(foldOf, -1, false, learnFrom), lexicalHeads);
                model = new ClassifierModel(name, labels, full.vectorizer, fin.modelSpec,
                        spec.usesEmbedding() ? embedder.modelName() : "",
                        spec.usesEmbedding() ? embedder.dimension() : 0, gate ? gateHeads : List.of(), heads, meta);
            }
            List<TrainingResult.HeadReport> reports = new ArrayList<>();
            for (int l = 0; l < labelCount; l++) {
                reports.add(new TrainingResult.HeadReport(labels.get(l), data.positives(l),
                        settings.costs().get(lexicalCost[l]), lexicalF[l], gateThreshold[l],
                        fin == null ? "" : fin.describe(l), fin == null ? lexicalF[l] : fin.f[l],
                        fin == null ? lexicalThreshold[l] : fin.threshold[l]));
            }
            Map<Double, List<Float>> gateOptions = new HashMap<>();
            for (double recall : TrainingResult.GATE_RECALLS) {
                List<Float> thresholds = new ArrayList<>();
                for (int l = 0; l < labelCount; l++) {
                    thresholds.add((float) Thresholds.forRecall(data.scoredOnly(lexicalOof[lexicalCost[l]][l]),
                            data.scoredGold[l], recall));
                }
                gateOptions.put(recall, thresholds);
            }
            return new TrainingResult(model, lexicalModel, reports, passCount / (double) n, gateOptions);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether each row passes a gate (every row when {@code thresholds} is null). */
    private static boolean[] passing(double[][][] lexicalOof, int[] lexicalCost, double @Nullable [] thresholds) {
        int n = lexicalOof[0][0].length;
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = thresholds == null;
            for (int l = 0; thresholds != null && l < thresholds.length && !out[i]; l++) {
                out[i] = lexicalOof[lexicalCost[l]][l][i] >= thresholds[l];
            }
        }
        return out;
    }

    /** Keeps the scores of the rows that pass the gate and zeroes the others (never labelled). */
    private static double[] masked(double[] scores, boolean[] passed) {
        double[] out = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = passed[i] ? scores[i] : 0;
        }
        return out;
    }

    /**
     * Out-of-fold choices for the final heads: costs per block, stacking weights, thresholds. The
     * heads learn from the {@code learnFrom} rows; C and the thresholds are judged on the rows that
     * pass the deployed gate ({@code passed}, a subset), all other rows counting as unlabelled.
     */
    private FinalStage chooseFinal(ExecutorService pool, Data data, Stage[] stages, int[] foldOf, boolean[] learnFrom,
            boolean[] passed, FeatureSpec spec, double[][][] lexicalOof, int[] lexicalCost) {
        int n = data.size();
        int labelCount = data.labels.size();
        int costs = settings.costs().size();
        List<Integer> finalRows = rows(foldOf, -1, false, learnFrom);
        float[][] embeddings = spec.usesEmbedding() ? embed(data, finalRows) : null;
        boolean stacked = settings.fusion() == TrainingSettings.Fusion.STACKED;
        List<FeatureSpec> blocks = stacked ? blocks(spec) : List.of(spec);
        double[][][][] blockOof = new double[blocks.size()][costs][labelCount][n];
        for (int fold = 0; fold < stages.length; fold++) {
            List<Integer> trainRows = rows(foldOf, fold, false, learnFrom);
            List<Integer> testRows = rows(foldOf, fold, true, learnFrom);
            for (int b = 0; b < blocks.size(); b++) {
                SparseVector[] x = stages[fold].assemble(blocks.get(b), embeddings, finalRows);
                scoreOutOfFold(pool, x, stages[fold].dimension(blocks.get(b), embeddings), trainRows, testRows, data,
                        blockOof[b]);
            }
        }
        boolean crossLabel = stacked && settings.crossLabel() && spec.lexical();
        FinalStage fin = new FinalStage(data, blocks, spec, embeddings, crossLabel);
        int metaDimension = blocks.size() + (crossLabel ? labelCount : 0);
        for (int l = 0; l < labelCount; l++) {
            double[] scores;
            for (int b = 0; b < blocks.size(); b++) {
                double[][] judged = new double[costs][];
                for (int c = 0; c < costs; c++) {
                    judged[c] = masked(blockOof[b][c][l], passed);
                }
                fin.cost[l][b] = bestCost(judged, data, l);
            }
            if (stacked) {
                SparseVector[] z = new SparseVector[finalRows.size()];
                boolean[] gold = new boolean[finalRows.size()];
                for (int k = 0; k < z.length; k++) {
                    int i = finalRows.get(k);
                    float[] logits = new float[metaDimension];
                    for (int b = 0; b < blocks.size(); b++) {
                        logits[b] = (float) logit(blockOof[b][fin.cost[l][b]][l][i]);
                    }
                    for (int m = 0; crossLabel && m < labelCount; m++) {
                        logits[blocks.size() + m] = (float) logit(lexicalOof[lexicalCost[m]][m][i]);
                    }
                    z[k] = dense(logits);
                    gold[k] = data.gold[l][i];
                }
                LinearHead combiner = LogisticRegression.fit(data.labels.get(l), LogisticRegression.rows(z, metaDimension),
                        metaDimension, gold, META_COST, settings.positiveWeightPower());
                fin.combiner[l] = combiner;
                scores = new double[n];
                for (int k = 0; k < z.length; k++) {
                    scores[finalRows.get(k)] = combiner.probability(z[k]);
                }
            } else {
                scores = blockOof[0][fin.cost[l][0]][l];
            }
            Thresholds.Choice c = Thresholds.bestFBeta(data.scoredOnly(masked(scores, passed)), data.scoredGold[l],
                    settings.beta());
            fin.threshold[l] = c.threshold();
            fin.f[l] = c.fBeta();
        }
        return fin;
    }

    /** The final heads' choices, and how to refit and combine them. */
    private final class FinalStage {
        final Data data;
        final List<FeatureSpec> blocks;
        final FeatureSpec modelSpec;
        final float @Nullable [][] embeddings;
        final int[][] cost;
        final LinearHead[] combiner;
        final double[] threshold;
        final double[] f;
        final boolean crossLabel;

        FinalStage(Data data, List<FeatureSpec> blocks, FeatureSpec modelSpec, float @Nullable [][] embeddings,
                boolean crossLabel) {
            this.crossLabel = crossLabel;
            this.data = data;
            this.blocks = blocks;
            this.modelSpec = modelSpec;
            this.embeddings = embeddings;
            int labels = data.labels.size();
            this.cost = new int[labels][blocks.size()];
            this.combiner = new LinearHead[labels];
            this.threshold = new double[labels];
            this.f = new double[labels];
        }

        List<LinearHead> refit(ExecutorService pool, Stage full, List<Integer> finalRows, List<LinearHead> lexicalHeads) {
            int labels = data.labels.size();
            List<List<LinearHead>> byBlock = new ArrayList<>();
            for (int b = 0; b < blocks.size(); b++) {
                int[] costIndex = new int[labels];
                for (int l = 0; l < labels; l++) {
                    costIndex[l] = cost[l][b];
                }
                SparseVector[] x = full.assemble(blocks.get(b), embeddings, finalRows);
                byBlock.add(fitAll(pool, x, full.dimension(blocks.get(b), embeddings), finalRows, data, costIndex));
            }
            List<LinearHead> heads = new ArrayList<>();
            for (int l = 0; l < labels; l++) {
                if (combiner[l] == null) {
                    heads.add(byBlock.get(0).get(l).withThreshold((float) threshold[l]).toHalfPrecision());
                    continue;
                }
                // fold the stacked blocks into one head over the model's layout
                int dimension = full.dimension(modelSpec, embeddings);
                float[] weights = new float[dimension];
                double bias = combiner[l].bias();
                int offset = 0;
                for (int b = 0; b < blocks.size(); b++) {
                    LinearHead h = byBlock.get(b).get(l);
                    float a = combiner[l].weights()[b];
                    for (int j = 0; j < h.weights().length; j++) {
                        weights[offset + j] = a * h.weights()[j];
                    }
                    bias += a * (double) h.bias();
                    offset += h.weights().length;
                }
                for (int m = 0; crossLabel && m < labels; m++) {
                    // the lexical heads read the TF-IDF block, which comes first in the layout
                    LinearHead h = lexicalHeads.get(m);
                    float a = combiner[l].weights()[blocks.size() + m];
                    for (int j = 0; j < h.weights().length; j++) {
                        weights[j] += a * h.weights()[j];
                    }
                    bias += a * (double) h.bias();
                }
                heads.add(new LinearHead(data.labels.get(l), weights, (float) bias, (float) threshold[l]).toHalfPrecision());
            }
            return heads;
        }

        String describe(int label) {
            StringBuilder s = new StringBuilder();
            for (int b = 0; b < blocks.size(); b++) {
                s.append(b == 0 ? "" : " ").append(blockName(blocks.get(b))).append(" C=")
                        .append(number(settings.costs().get(cost[label][b])));
                if (combiner[label] != null) {
                    s.append(String.format(" w=%.2f", combiner[label].weights()[b]));
                }
            }
            if (crossLabel && combiner[label] != null) {
                s.append(" labels");
                for (int m = 0; m < data.labels.size(); m++) {
                    s.append(String.format(" %s=%.2f", data.labels.get(m), combiner[label].weights()[blocks.size() + m]));
                }
            }
            return s.toString();
        }
    }

    /** The blocks of a spec, each alone at its scale, in layout order. */
    private static List<FeatureSpec> blocks(FeatureSpec spec) {
        List<FeatureSpec> out = new ArrayList<>();
        if (spec.lexical()) {
            out.add(FeatureSpec.LEXICAL);
        }
        if (spec.usesEmbedding()) {
            out.add(new FeatureSpec(false, spec.embeddingScale(), 0));
        }
        if (spec.usesContext()) {
            out.add(new FeatureSpec(false, 0, spec.contextScale()));
        }
        return out;
    }

    private static String blockName(FeatureSpec block) {
        if (block.equals(FeatureSpec.LEXICAL)) {
            return "tfidf";
        }
        if (!block.lexical() && block.usesEmbedding() && !block.usesContext()) {
            return "emb";
        }
        if (!block.lexical() && !block.usesEmbedding() && block.usesContext()) {
            return "ctx";
        }
        return "joint";
    }

    private static String number(double c) {
        return c == Math.rint(c) ? String.valueOf((long) c) : String.valueOf(c);
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-7, Math.max(1e-7, p));
        return Math.log(q / (1 - q));
    }

    private static SparseVector dense(float[] values) {
        int[] indices = new int[values.length];
        for (int j = 0; j < indices.length; j++) {
            indices[j] = j;
        }
        return new SparseVector(indices, values);
    }

    /** Rows of a fold ({@code test}) or of the other folds; fold -1 means every row; only rows with {@code mask} set when given. */
    private static List<Integer> rows(int[] foldOf, int fold, boolean test, boolean @Nullable [] mask) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < foldOf.length; i++) {
            boolean inFold = fold < 0 || (foldOf[i] == fold) == test;
            if (inFold && (mask == null || mask[i])) {
                out.add(i);
            }
        }
        return out;
    }

    private float[][] embed(Data data, List<Integer> rows) {
        List<String> texts = new ArrayList<>(rows.size());
        for (int i : rows) {
            texts.add(data.examples.get(i).text());
        }
        float[][] computed = embedder.embed(texts);
        float[][] out = new float[data.size()][];
        for (int k = 0; k < computed.length; k++) {
            out[rows.get(k)] = computed[k];
        }
        return out;
    }

    /** Fits every (label, C) head on the training rows and scores the held-out rows. */
    private void scoreOutOfFold(ExecutorService pool, SparseVector[] features, int dimension, List<Integer> trainRows,
            List<Integer> testRows, Data data, double[][][] oof) {
        Feature[][] x = LogisticRegression.rows(select(features, trainRows), dimension);
        List<Future<?>> tasks = new ArrayList<>();
        for (int l = 0; l < data.labels.size(); l++) {
            int li = l;
            tasks.add(pool.submit(() -> {
                List<LinearHead> heads = LogisticRegression.fitPath(data.labels.get(li), x, dimension,
                        select(data.gold[li], trainRows), settings.costs(), settings.positiveWeightPower());
                for (int c = 0; c < heads.size(); c++) {
                    for (int i : testRows) {
                        oof[c][li][i] = heads.get(c).probability(features[i]);
                    }
                }
            }));
        }
        for (Future<?> t : tasks) {
            get(t);
        }
    }

    private List<LinearHead> fitAll(ExecutorService pool, SparseVector[] features, int dimension, List<Integer> rows,
            Data data, int[] costIndex) {
        Feature[][] x = LogisticRegression.rows(select(features, rows), dimension);
        List<Future<LinearHead>> tasks = new ArrayList<>();
        for (int l = 0; l < data.labels.size(); l++) {
            int li = l;
            tasks.add(pool.submit(() -> LogisticRegression.fit(data.labels.get(li), x, dimension,
                    select(data.gold[li], rows), settings.costs().get(costIndex[li]), settings.positiveWeightPower())));
        }
        List<LinearHead> heads = new ArrayList<>();
        for (Future<LinearHead> t : tasks) {
            heads.add(get(t));
        }
        return heads;
    }

    /** The index of the cost whose out-of-fold scores of the scored rows reach the best F-beta (the smallest on ties). */
    private int bestCost(double[][] scoresByCost, Data data, int label) {
        int best = 0;
        double bestF = -1;
        for (int c = 0; c < scoresByCost.length; c++) {
            double f = Thresholds.bestFBeta(data.scoredOnly(scoresByCost[c]), data.scoredGold[label], settings.beta())
                    .fBeta();
            if (f > bestF + 1e-9) {
                bestF = f;
                best = c;
            }
        }
        return best;
    }

    private static SparseVector[] select(SparseVector[] all, List<Integer> rows) {
        SparseVector[] out = new SparseVector[rows.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = all[rows.get(k)];
        }
        return out;
    }

    private static boolean[] select(boolean[] all, List<Integer> rows) {
        boolean[] out = new boolean[rows.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = all[rows.get(k)];
        }
        return out;
    }

    private static <T> T get(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The examples with their tokens, gold labels and in-group neighbours. */
    private static final class Data {
        final List<TrainingExample> examples;
        final List<String> labels;
        final List<String> groups = new ArrayList<>();
        final List<List<String>> tokens = new ArrayList<>();
        final boolean[][] gold;
        /** Which rows model selection is judged on, and the gold labels of just those rows. */
        final boolean[] scored;
        final boolean[][] scoredGold;
        final boolean allScored;
        final int[] previous;
        final int[] next;

        Data(List<TrainingExample> examples, List<String> labels) {
            this.examples = List.copyOf(examples);
            this.labels = List.copyOf(labels);
            int n = examples.size();
            gold = new boolean[labels.size()][n];
            previous = new int[n];
            next = new int[n];
            for (int i = 0; i < n; i++) {
                TrainingExample e = examples.get(i);
                groups.add(e.group());
                tokens.add(WordTokenizer.tokens(e.text()));
                for (int l = 0; l < labels.size(); l++) {
                    gold[l][i] = e.labels().contains(labels.get(l));
                }
                previous[i] = i > 0 && examples.get(i - 1).group().equals(e.group()) ? i - 1 : -1;
                next[i] = i + 1 < n && examples.get(i + 1).group().equals(e.group()) ? i + 1 : -1;
            }
            scored = new boolean[n];
            boolean all = true;
            for (int i = 0; i < n; i++) {
                scored[i] = examples.get(i).scored();
                all &= scored[i];
            }
            allScored = all;
            scoredGold = new boolean[labels.size()][];
            for (int l = 0; l < labels.size(); l++) {
                scoredGold[l] = allScored ? gold[l] : keep(gold[l]);
            }
        }

        /** The values of the scored rows, in row order. */
        double[] scoredOnly(double[] values) {
            if (allScored) {
                return values;
            }
            int count = 0;
            for (boolean s : scored) {
                count += s ? 1 : 0;
            }
            double[] out = new double[count];
            int k = 0;
            for (int i = 0; i < values.length; i++) {
                if (scored[i]) {
                    out[k++] = values[i];
                }
            }
            return out;
        }

        private boolean[] keep(boolean[] values) {
            int count = 0;
            for (boolean s : scored) {
                count += s ? 1 : 0;
            }
            boolean[] out = new boolean[count];
            int k = 0;
            for (int i = 0; i < values.length; i++) {
                if (scored[i]) {
                    out[k++] = values[i];
                }
            }
            return out;
        }

        int size() {
            return examples.size();
        }

        int positives(int label) {
            int p = 0;
            for (boolean g : gold[label]) {
                p += g ? 1 : 0;
            }
            return p;
        }
    }

    /** A vocabulary fitted on some rows, and every row's TF-IDF vector under it. */
    private static final class Stage {
        final Data data;
        final TfidfVectorizer vectorizer;
        final SparseVector[] lexical;

        Stage(Data data, List<Integer> fitRows, TfidfSettings tfidf) {
            this.data = data;
            List<List<String>> fitTokens = new ArrayList<>(fitRows.size());
            for (int i : fitRows) {
                fitTokens.add(data.tokens.get(i));
            }
            this.vectorizer = TfidfVectorizer.fit(fitTokens, tfidf);
            this.lexical = new SparseVector[data.size()];
            for (int i = 0; i < data.size(); i++) {
                lexical[i] = vectorizer.transformTokens(data.tokens.get(i));
            }
        }

        int dimension(FeatureSpec spec, float @Nullable [][] embeddings) {
            return new FeatureAssembler(spec, vectorizer.size(), embeddingDimension(embeddings)).dimension();
        }

        /** The features of the given rows under a spec; other rows stay null. */
        SparseVector[] assemble(FeatureSpec spec, float @Nullable [][] embeddings, List<Integer> rows) {
            if (spec.equals(FeatureSpec.LEXICAL)) {
                return lexical;
            }
            FeatureAssembler assembler = new FeatureAssembler(spec, vectorizer.size(), embeddingDimension(embeddings));
            SparseVector[] out = new SparseVector[data.size()];
            for (int i : rows) {
                out[i] = assembler.assemble(lexical[i], embeddings == null ? null : embeddings[i],
                        data.previous[i] < 0 ? null : lexical[data.previous[i]],
                        data.next[i] < 0 ? null : lexical[data.next[i]]);
            }
            return out;
        }

        private static int embeddingDimension(float @Nullable [][] embeddings) {
            if (embeddings != null) {
                for (float[] e : embeddings) {
                    if (e != null) {
                        return e.length;
                    }
                }
            }
            return 0;
        }
    }
}
