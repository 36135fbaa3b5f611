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
 * Trains a {@link ClassifierModel} for any label set on any labelled sentences: one logistic
 * regression per label over TF-IDF (the lexical heads, which also form the gate), and, when the
 * settings ask for more blocks, one more per label over the combined features.
 *
 * <p>C, the gate thresholds and the decision thresholds are chosen per label by grouped inner
 * cross-validation on the training examples only: the TF-IDF vocabulary is refitted in every inner
 * fold, every candidate C is fitted on the other folds and scored on the held-out fold, and the
 * choices are made on the pooled out-of-fold scores. The heads are then refitted on all examples.
 * Training is deterministic: the same examples, settings and embeddings give the same model.
 */
public final class MultiLabelTrainer {
    private static final Logger log = LoggerFactory.getLogger(MultiLabelTrainer.class);

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
        float[][] embeddings = spec.usesEmbedding() ? embed(data) : null;
        int costs = settings.costs().size();
        int n = data.size();
        int labelCount = labels.size();
        double[][][] lexicalOof = new double[costs][labelCount][n];
        double[][][] finalOof = finalStage ? new double[costs][labelCount][n] : null;

        Map<String, Integer> foldOf = GroupFolds.assign(data.groups, settings.innerFolds(), settings.seed());
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            for (int fold = 0; fold < settings.innerFolds(); fold++) {
                List<Integer> trainRows = new ArrayList<>();
                List<Integer> testRows = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    (foldOf.get(data.groups.get(i)) == fold ? testRows : trainRows).add(i);
                }
                Stage stage = new Stage(data, trainRows, embeddings, settings.tfidf());
                log.debug("inner fold={} train={} test={} terms={}", fold, trainRows.size(), testRows.size(),
                        stage.vectorizer.size());
                scoreOutOfFold(pool, stage, stage.lexical, stage.vectorizer.size(), trainRows, testRows, data,
                        lexicalOof);
                if (finalOof != null) {
                    SparseVector[] combined = stage.combined(spec);
                    scoreOutOfFold(pool, stage, combined, stage.assembler(spec).dimension(), trainRows, testRows, data,
                            finalOof);
                }
            }

            // choices on pooled out-of-fold scores
            int[] lexicalCost = new int[labelCount];
            double[] lexicalThreshold = new double[labelCount];
            double[] lexicalF = new double[labelCount];
            double[] gateThreshold = new double[labelCount];
            for (int l = 0; l < labelCount; l++) {
                lexicalCost[l] = bestCost(lexicalOof, l, data.gold[l]);
                Thresholds.Choice c = Thresholds.bestFBeta(lexicalOof[lexicalCost[l]][l], data.gold[l], settings.beta());
                lexicalThreshold[l] = c.threshold();
                lexicalF[l] = c.fBeta();
                gateThreshold[l] = gate
                        ? Thresholds.forRecall(lexicalOof[lexicalCost[l]][l], data.gold[l], settings.gateRecall())
                        : Double.NaN;
            }
            boolean[] passed = new boolean[n];
            int passCount = 0;
            for (int i = 0; i < n; i++) {
                passed[i] = !gate;
                for (int l = 0; gate && l < labelCount; l++) {
                    passed[i] |= lexicalOof[lexicalCost[l]][l][i] >= gateThreshold[l];
                }
                passCount += passed[i] ? 1 : 0;
            }
            int[] finalCost = new int[labelCount];
            double[] finalThreshold = new double[labelCount];
            double[] finalF = new double[labelCount];
            if (finalOof != null) {
                for (int c = 0; c < costs; c++) {
                    for (int l = 0; l < labelCount; l++) {
                        for (int i = 0; i < n; i++) {
                            if (!passed[i]) {
                                finalOof[c][l][i] = 0;
                            }
                        }
                    }
                }
                for (int l = 0; l < labelCount; l++) {
                    finalCost[l] = bestCost(finalOof, l, data.gold[l]);
                    Thresholds.Choice c = Thresholds.bestFBeta(finalOof[finalCost[l]][l], data.gold[l], settings.beta());
                    finalThreshold[l] = c.threshold();
                    finalF[l] = c.fBeta();
                }
            } else {
                finalCost = lexicalCost;
                finalThreshold = lexicalThreshold;
                finalF = lexicalF;
            }

            // refit on everything
            List<Integer> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                all.add(i);
            }
            Stage stage = new Stage(data, all, embeddings, settings.tfidf());
            List<LinearHead> lexicalHeads = fitAll(pool, stage.lexical, stage.vectorizer.size(), all, data, lexicalCost);
            List<LinearHead> lexicalForF = new ArrayList<>();
            List<LinearHead> gateHeads = new ArrayList<>();
            for (int l = 0; l < labelCount; l++) {
                lexicalForF.add(lexicalHeads.get(l).withThreshold((float) lexicalThreshold[l]));
                gateHeads.add(lexicalHeads.get(l).withThreshold((float) gateThreshold[l]));
            }
            Map<String, String> meta = new HashMap<>(metadata);
            ClassifierModel lexicalModel = new ClassifierModel(name, labels, stage.vectorizer, FeatureSpec.LEXICAL, "",
                    0, List.of(), lexicalForF, meta);
            ClassifierModel model = lexicalModel;
            if (finalStage) {
                List<LinearHead> heads = fitAll(pool, stage.combined(spec), stage.assembler(spec).dimension(), all, data,
                        finalCost);
                List<LinearHead> decided = new ArrayList<>();
                for (int l = 0; l < labelCount; l++) {
                    decided.add(heads.get(l).withThreshold((float) finalThreshold[l]));
                }
                model = new ClassifierModel(name, labels, stage.vectorizer, spec,
                        spec.usesEmbedding() ? embedder.modelName() : "",
                        spec.usesEmbedding() ? embedder.dimension() : 0, gate ? gateHeads : List.of(), decided, meta);
            }
            List<TrainingResult.HeadReport> reports = new ArrayList<>();
            for (int l = 0; l < labelCount; l++) {
                reports.add(new TrainingResult.HeadReport(labels.get(l), data.positives(l),
                        settings.costs().get(lexicalCost[l]), lexicalF[l], gateThreshold[l],
                        settings.costs().get(finalCost[l]), finalF[l], finalThreshold[l]));
            }
            return new TrainingResult(model, lexicalModel, reports, passCount / (double) n);
        } finally {
            pool.shutdownNow();
        }
    }

    private float[][] embed(Data data) {
        List<String> texts = new ArrayList<>(data.size());
        for (TrainingExample e : data.examples) {
            texts.add(e.text());
        }
        return embedder.embed(texts);
    }

    /** Fits every (label, C) head on the training rows and scores the held-out rows. */
    private void scoreOutOfFold(ExecutorService pool, Stage stage, SparseVector[] features, int dimension,
            List<Integer> trainRows, List<Integer> testRows, Data data, double[][][] oof) {
        Feature[][] x = LogisticRegression.rows(select(features, trainRows), dimension);
        List<Future<?>> tasks = new ArrayList<>();
        for (int c = 0; c < settings.costs().size(); c++) {
            for (int l = 0; l < data.labels.size(); l++) {
                int ci = c;
                int li = l;
                tasks.add(pool.submit(() -> {
                    LinearHead head = LogisticRegression.fit(data.labels.get(li), x, dimension,
                            select(data.gold[li], trainRows), settings.costs().get(ci), settings.positiveWeightPower());
                    for (int i : testRows) {
                        oof[ci][li][i] = head.probability(features[i]);
                    }
                }));
            }
        }
        await(tasks);
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

    private int bestCost(double[][][] oof, int label, boolean[] gold) {
        int best = 0;
        double bestF = -1;
        for (int c = 0; c < oof.length; c++) {
            double f = Thresholds.bestFBeta(oof[c][label], gold, settings.beta()).fBeta();
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

    private static void await(List<Future<?>> tasks) {
        for (Future<?> t : tasks) {
            get(t);
        }
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
        final float @Nullable [][] embeddings;
        private final int embeddingDimension;

        Stage(Data data, List<Integer> fitRows, float @Nullable [][] embeddings, TfidfSettings tfidf) {
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
            this.embeddings = embeddings;
            this.embeddingDimension = embeddings == null || embeddings.length == 0 ? 0 : embeddings[0].length;
        }

        FeatureAssembler assembler(FeatureSpec spec) {
            return new FeatureAssembler(spec, vectorizer.size(), embeddingDimension);
        }

        SparseVector[] combined(FeatureSpec spec) {
            FeatureAssembler assembler = assembler(spec);
            SparseVector[] out = new SparseVector[data.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = assembler.assemble(lexical[i], embeddings == null ? null : embeddings[i],
                        data.previous[i] < 0 ? null : lexical[data.previous[i]],
                        data.next[i] < 0 ? null : lexical[data.next[i]]);
            }
            return out;
        }
    }
}
