package org.fineprint.analyze.point;

import java.util.List;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CueMatcher;

/**
 * A lexical detector: a clause's score for a case grows with the number of the case's cue
 * phrases it contains ({@code 1 - 0.5^hits}), so two cues give 0.75. It needs no model and is
 * cheap, which makes it the pre-filter and a lexical signal for the trained detector, and a
 * transparent baseline on its own.
 */
public final class CueDetector implements CaseDetector {
    /** Two cue phrases in one clause count as evidence. */
    public static final float THRESHOLD = 0.75f;

    private final List<Case> cases;

    public CueDetector(CaseCatalog catalog) {
        this.cases = catalog.all();
    }

    @Override
    public CaseScores score(String text, List<Clause> clauses) {
        float[][] scores = new float[clauses.size()][cases.size()];
        for (int i = 0; i < clauses.size(); i++) {
            scores[i] = score(CueMatcher.normalize(clauses.get(i).text(text)));
        }
        float[] thresholds = new float[cases.size()];
        java.util.Arrays.fill(thresholds, THRESHOLD);
        return new CaseScores(cases, scores, thresholds);
    }

    /** Scores one normalised clause against every case. */
    float[] score(String normalizedClause) {
        float[] row = new float[cases.size()];
        for (int j = 0; j < cases.size(); j++) {
            int hits = 0;
            for (String cue : cases.get(j).cues()) {
                if (CueMatcher.contains(normalizedClause, cue)) {
                    hits++;
                }
            }
            row[j] = (float) (1 - Math.pow(0.5, hits));
        }
        return row;
    }

    @Override
    public String modelName() {
        return "catalogue cues";
    }
}
