package org.fineprint.analyze.point;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.Lazy;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.LinearHead;
import org.fineprint.analyze.classify.Prediction;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;

/**
 * The trained case detector: a multi-label {@link Classifier} whose labels are catalogue case ids,
 * trained on ToS;DR points located in real documents ({@code fineprint train cases}). Cases the
 * model has no head for (too few examples to learn from) are never detected.
 */
public final class ClassifierCaseDetector implements CaseDetector {
    /** The committed model's resource path. */
    public static final String MODEL = "/models/cases.fpm";
    /** Threshold of cases without a head: above any score. */
    private static final float NEVER = 2f;

    private static final Lazy<ClassifierCaseDetector> BUILT_IN =
            Lazy.of(() -> new ClassifierCaseDetector(Classifier.load(MODEL), CaseCatalog.builtIn()));

    private final Classifier classifier;
    private final List<Case> cases;
    private final float[] thresholds;

    /**
     * @param classifier a classifier whose labels are case ids of {@code catalog}
     * @param catalog the catalogue the report's points belong to
     */
    public ClassifierCaseDetector(Classifier classifier, CaseCatalog catalog) {
        this.classifier = classifier;
        this.cases = catalog.all();
        ClassifierModel model = classifier.model();
        Map<String, Float> byLabel = new HashMap<>();
        for (LinearHead head : model.heads()) {
            byLabel.put(head.label(), head.threshold());
        }
        this.thresholds = new float[cases.size()];
        Arrays.fill(thresholds, NEVER);
        for (int j = 0; j < cases.size(); j++) {
            Float t = byLabel.get(cases.get(j).id());
            if (t != null) {
                thresholds[j] = t;
            }
        }
    }

    /** The committed model with the built-in catalogue, loaded once per process. */
    public static ClassifierCaseDetector builtIn() {
        return BUILT_IN.get();
    }

    @Override
    public CaseScores score(String text, List<Clause> clauses) {
        List<String> plain = clauses.stream().map(c -> Segmenter.stripMarkup(c.text(text))).toList();
        List<Prediction> predictions = classifier.classify(plain);
        float[][] scores = new float[clauses.size()][cases.size()];
        for (int i = 0; i < clauses.size(); i++) {
            Prediction p = predictions.get(i);
            if (!p.encoded()) {
                continue; // the lexical gate turned the clause away: no case
            }
            for (int j = 0; j < cases.size(); j++) {
                Double s = p.scores().get(cases.get(j).id());
                scores[i][j] = s == null ? 0f : s.floatValue();
            }
        }
        return new CaseScores(cases, scores, thresholds);
    }

    @Override
    public String modelName() {
        return classifier.description();
    }
}
