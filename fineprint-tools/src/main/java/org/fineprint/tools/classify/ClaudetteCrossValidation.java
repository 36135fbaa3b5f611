package org.fineprint.tools.classify;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.Embedder;
import org.fineprint.analyze.classify.FeatureSpec;
import org.fineprint.analyze.classify.GroupFolds;
import org.fineprint.analyze.classify.MultiLabelTrainer;
import org.fineprint.analyze.classify.Prediction;
import org.fineprint.analyze.classify.SentenceClassifier;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.classify.TrainingResult;
import org.fineprint.analyze.classify.TrainingSettings;


/**
 * Grouped k-fold cross-validation of the CLAUDETTE clause classifier over {@code claudette-tos50}:
 * every document is in exactly one test fold; the extra corpus (if used) loses every document that
 * matches a test document; all model choices happen inside the training folds.
 */
final class ClaudetteCrossValidation {
    static final String CASCADE = "cascade";
    static final String TFIDF_ONLY = "tf-idf only";
    static final String EMBEDDING_ONLY = "embedding only";

    /**
     * @param dataDir the shared data directory
     * @param extraData also train on the English sentences of claudette-multilingual-50
     * @param settings training settings of the cascade
     * @param embeddingOnly also train and score the embedding-only baseline
     * @param folds outer folds
     * @param seed outer fold seed
     * @param labels the labels to train (the LexGLUE eight, plus pinc if wanted)
     * @param development swap the corpora: evaluate on claudette-multilingual-50 English and use
     *     claudette-tos50 as the extra data (the protocol on which design choices are made)
     * @param tosdrQuotes also train on the ToS;DR quotes of cases mapped to a CLAUDETTE code (never scored)
     * @param scoreExtra judge model selection on the extra CLAUDETTE corpus too, not just on the evaluated one
     */
    record Options(Path dataDir, boolean extraData, TrainingSettings settings, boolean embeddingOnly, int folds,
            long seed, List<String> labels, boolean development, boolean tosdrQuotes, boolean scoreExtra) {
    }

    /** One outer fold. */
    record Fold(int fold, List<String> testDocs, int trainSentences, int testSentences, int testPositives,
            List<String> excludedExtraDocs, Map<String, LexGlueScore> scores, double encodedShare,
            double innerGatePassShare, List<TrainingResult.HeadReport> heads, double seconds) {
    }

    /** All folds, and the pooled scores per variant. */
    record Result(List<Fold> folds, Map<String, LexGlueScore> pooled, double encodedShare,
            List<DocumentMatcher.Match> matches, int extraSentences, Map<String, GatePoint> gateSweep,
            OutOfFoldScores cascadeScores) {
    }

    /** The cascade scored with another gate (its final heads unchanged). */
    record GatePoint(LexGlueScore score, double encodedShare) {
    }

    private final Embedder embedder;

    /** @param embedder the (caching) encoder */
    ClaudetteCrossValidation(Embedder embedder) {
        this.embedder = embedder;
    }

    Result run(Options options, PrintStream progress) {
        List<LabeledSentence> tos50 = ClaudetteData.tos50(options.dataDir());
        List<LabeledSentence> multilingual = ClaudetteData.multilingualEnglish(options.dataDir());
        List<LabeledSentence> evaluated = options.development() ? multilingual : tos50;
        List<List<LabeledSentence>> extras = new ArrayList<>();
        if (options.extraData()) {
            extras.add(options.development() ? tos50 : multilingual);
        }
        if (options.tosdrQuotes()) {
            extras.add(ClaudetteData.readTosdrQuotes(options.dataDir()));
        }
        return run(options, evaluated, extras, progress);
    }

    private Result run(Options options, List<LabeledSentence> tos50, List<List<LabeledSentence>> extras,
            PrintStream progress) {
        List<DocumentMatcher.Match> matches = new ArrayList<>();
        Map<String, Set<String>> copies = new HashMap<>();
        List<LabeledSentence> extra = new ArrayList<>();
        for (List<LabeledSentence> corpus : extras) {
            if (corpus.isEmpty()) {
                continue;
            }
            List<DocumentMatcher.Match> m = DocumentMatcher.match(tos50, corpus);
            matches.addAll(m);
            String name = corpus.get(0).corpus();
            DocumentMatcher.byExtraDoc(m).forEach((doc, evalDocs) -> copies.put(name + "/" + doc, evalDocs));
            extra.addAll(corpus);
        }
        Map<String, String> groupOf = Groups.of(tos50, extras);
        String evaluatedCorpus = tos50.isEmpty() ? "" : tos50.get(0).corpus();

        if (options.settings().features().usesEmbedding() || options.embeddingOnly()) {
            List<String> all = new ArrayList<>();
            tos50.forEach(s -> all.add(s.text()));
            extra.forEach(s -> all.add(s.text()));
            embedder.embed(all); // fills the cache once
        }

        Map<String, Integer> foldOf = GroupFolds.assign(tos50.stream().map(LabeledSentence::doc).toList(),
                options.folds(), options.seed());
        List<Fold> folds = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        Map<String, List<Set<String>>> predicted = new LinkedHashMap<>();
        Map<String, List<Set<String>>> sweepPredicted = new LinkedHashMap<>();
        Map<String, Integer> sweepEncoded = new LinkedHashMap<>();
        List<OutOfFoldScores.Row> cascadeRows = new ArrayList<>();
        int encoded = 0;
        for (int f = 0; f < options.folds(); f++) {
            long start = System.nanoTime();
            int fold = f;
            Set<String> testDocs = new TreeSet<>();
            foldOf.forEach((doc, k) -> {
                if (k == fold) {
                    testDocs.add(doc);
                }
            });
            List<TrainingExample> train = new ArrayList<>();
            for (LabeledSentence s : tos50) {
                if (!testDocs.contains(s.doc())) {
                    train.add(example(s, groupOf, true));
                }
            }
            Set<String> excluded = new TreeSet<>();
            for (LabeledSentence s : extra) {
                Set<String> matched = copies.getOrDefault(s.corpus() + "/" + s.doc(), Set.of());
                if (matched.stream().anyMatch(testDocs::contains)) {
                    excluded.add(s.corpus() + "/" + s.doc());
                } else {
                    train.add(example(s, groupOf, scored(s, evaluatedCorpus, options.scoreExtra())));
                }
            }
            Map<String, List<String>> testByDoc = new TreeMap<>();
            List<LabeledSentence> foldTest = new ArrayList<>();
            for (String doc : testDocs) {
                List<String> texts = new ArrayList<>();
                for (LabeledSentence s : tos50) {
                    if (s.doc().equals(doc)) {
                        texts.add(s.text());
                        foldTest.add(s);
                    }
                }
                testByDoc.put(doc, texts);
            }
            List<Set<String>> foldGold = foldTest.stream().map(LabeledSentence::labels).toList();
            progress.printf("fold %d: training on %d sentences (%d extra documents left out), testing on %d documents%n",
                    f + 1, train.size(), excluded.size(), testDocs.size());

            Map<String, List<Set<String>>> foldPredicted = new LinkedHashMap<>();
            MultiLabelTrainer trainer = new MultiLabelTrainer(options.settings(), embedder);
            TrainingResult result = trainer.train("claudette", options.labels(), train, Map.of());
            List<Prediction> cascade = classify(new Classifier(result.model(), embedder), testByDoc);
            int foldEncoded = 0;
            for (Prediction p : cascade) {
                foldEncoded += p.encoded() ? 1 : 0;
            }
            foldPredicted.put(CASCADE, labelsOf(cascade));
            for (int i = 0; i < cascade.size(); i++) {
                LabeledSentence s = foldTest.get(i);
                cascadeRows.add(new OutOfFoldScores.Row(f + 1, s.doc(), s.idx(), s.labels(),
                        margins(cascade.get(i), result.model())));
            }
            if (!result.model().gate().isEmpty()) {
                Map<String, ClassifierModel> gates = new LinkedHashMap<>();
                for (double recall : TrainingResult.GATE_RECALLS) {
                    gates.put(String.format("gate recall %.2f", recall), result.modelWithGateRecall(recall));
                }
                ClassifierModel m = result.model();
                gates.put("no gate", new ClassifierModel(m.name(), m.labels(), m.vectorizer(), m.features(), m.encoder(),
                        m.embeddingDimension(), List.of(), m.heads(), m.metadata()));
                gates.forEach((name, variant) -> {
                    List<Prediction> p = classify(new Classifier(variant, embedder), testByDoc);
                    sweepPredicted.computeIfAbsent(name, k -> new ArrayList<>()).addAll(labelsOf(p));
                    sweepEncoded.merge(name, (int) p.stream().filter(Prediction::encoded).count(), Integer::sum);
                });
            }
            if (!result.model().features().equals(FeatureSpec.LEXICAL)) {
                foldPredicted.put(TFIDF_ONLY, labelsOf(classify(new Classifier(result.lexicalModel(), null), testByDoc)));
            }
            if (options.embeddingOnly()) {
                TrainingSettings embeddingOnly = options.settings()
                        .withFeatures(new FeatureSpec(false, Math.max(1.0, options.settings().features().embeddingScale()), 0))
                        .withoutGate();
                TrainingResult e = new MultiLabelTrainer(embeddingOnly, embedder)
                        .train("claudette", options.labels(), train, Map.of());
                foldPredicted.put(EMBEDDING_ONLY, labelsOf(classify(new Classifier(e.model(), embedder), testByDoc)));
            }
            Map<String, LexGlueScore> scores = new LinkedHashMap<>();
            foldPredicted.forEach((variant, preds) -> {
                scores.put(variant, LexGlueScore.compute(ClaudetteData.LEXGLUE_LABELS, foldGold, preds));
                predicted.computeIfAbsent(variant, k -> new ArrayList<>()).addAll(preds);
            });
            gold.addAll(foldGold);
            encoded += foldEncoded;
            int positives = (int) foldGold.stream().filter(g -> !g.isEmpty()).count();
            Fold done = new Fold(f + 1, List.copyOf(testDocs), train.size(), foldGold.size(), positives,
                    List.copyOf(excluded), scores, foldEncoded / (double) foldGold.size(), result.gatePassShare(),
                    result.heads(), (System.nanoTime() - start) / 1e9);
            folds.add(done);
            progress.printf("fold %d: macro-F1 %s in %.0f s%n", f + 1, summary(scores), done.seconds());
        }
        Map<String, LexGlueScore> pooled = new LinkedHashMap<>();
        predicted.forEach((variant, preds) -> pooled.put(variant,
                LexGlueScore.compute(ClaudetteData.LEXGLUE_LABELS, gold, preds)));
        Map<String, GatePoint> sweep = new LinkedHashMap<>();
        sweepPredicted.forEach((name, preds) -> sweep.put(name, new GatePoint(
                LexGlueScore.compute(ClaudetteData.LEXGLUE_LABELS, gold, preds),
                sweepEncoded.get(name) / (double) gold.size())));
        return new Result(folds, pooled, encoded / (double) gold.size(), matches, extra.size(), sweep,
                new OutOfFoldScores(cascadeRows));
    }

    /** A prediction's decision margin per LexGLUE label ({@link ClassifierModel#margin}). */
    static double[] margins(Prediction p, ClassifierModel model) {
        return ClaudetteData.LEXGLUE_LABELS.stream().mapToDouble(label -> model.margin(p, label)).toArray();
    }

    private static String summary(Map<String, LexGlueScore> scores) {
        StringBuilder s = new StringBuilder();
        scores.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(' ')
                .append(String.format("%.1f", 100 * v.macroF1())));
        return s.toString();
    }

    static TrainingExample example(LabeledSentence s, Map<String, String> groupOf, boolean scored) {
        return new TrainingExample(groupOf.get(s.corpus() + "/" + s.doc()), s.text(), s.labels(), scored);
    }

    /**
     * Whether model selection is judged on a sentence: always on the evaluated corpus, on the other
     * CLAUDETTE corpus when asked, never on ToS;DR quotes (positives only, and not whole documents).
     */
    static boolean scored(LabeledSentence s, String evaluatedCorpus, boolean scoreExtra) {
        return s.corpus().equals(evaluatedCorpus) || scoreExtra && !s.corpus().equals(ClaudetteData.TOSDR);
    }

    /** Classifies each document's sentences as one batch (so neighbours are real neighbours). */
    static List<Prediction> classify(SentenceClassifier classifier, Map<String, List<String>> textsByDoc) {
        List<Prediction> out = new ArrayList<>();
        for (List<String> texts : textsByDoc.values()) {
            out.addAll(classifier.classify(texts));
        }
        return out;
    }

    static List<Set<String>> labelsOf(List<Prediction> predictions) {
        List<Set<String>> out = new ArrayList<>(predictions.size());
        for (Prediction p : predictions) {
            out.add(Set.copyOf(p.labels()));
        }
        return out;
    }

    /** Training groups: each document with every document it matches (connected components). */
    static final class Groups {
        private Groups() {
        }

        /**
         * @param eval the evaluated corpus
         * @param extras the extra corpora, each matched against {@code eval} on its own
         * @return the group of each {@code corpus/doc}
         */
        static Map<String, String> of(List<LabeledSentence> eval, List<List<LabeledSentence>> extras) {
            Map<String, String> parent = new HashMap<>();
            for (LabeledSentence s : eval) {
                parent.putIfAbsent(s.corpus() + "/" + s.doc(), s.corpus() + "/" + s.doc());
            }
            String evalCorpus = eval.isEmpty() ? "" : eval.get(0).corpus();
            for (List<LabeledSentence> extra : extras) {
                for (LabeledSentence s : extra) {
                    parent.putIfAbsent(s.corpus() + "/" + s.doc(), s.corpus() + "/" + s.doc());
                }
                if (extra.isEmpty()) {
                    continue;
                }
                String extraCorpus = extra.get(0).corpus();
                for (DocumentMatcher.Match m : DocumentMatcher.match(eval, extra)) {
                    union(parent, extraCorpus + "/" + m.extraDoc(), evalCorpus + "/" + m.evalDoc());
                }
            }
            Map<String, String> group = new HashMap<>();
            for (String key : parent.keySet()) {
                group.put(key, find(parent, key));
            }
            return group;
        }

        private static String find(Map<String, String> parent, String key) {
            String root = key;
            while (!parent.get(root).equals(root)) {
                root = parent.get(root);
            }
            return root;
        }

        private static void union(Map<String, String> parent, String a, String b) {
            String ra = find(parent, a);
            String rb = find(parent, b);
            if (!ra.equals(rb)) {
                // the smaller name becomes the root, so groups do not depend on match order
                if (ra.compareTo(rb) < 0) {
                    parent.put(rb, ra);
                } else {
                    parent.put(ra, rb);
                }
            }
        }
    }
}
