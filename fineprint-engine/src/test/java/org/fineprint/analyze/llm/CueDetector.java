package org.fineprint.analyze.llm;

import java.util.List;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CaseScores;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CueMatcher;

/**
 * A small deterministic {@link CaseDetector} for tests, built from the catalogue's cues: a clause
 * scores 0.5 plus 0.25 per matching cue (at most 1) for a case, 0 without a cue; every threshold
 * is 0.6. Stands in for the trained detector, which is not on main yet.
 */
final class CueDetector implements CaseDetector {
    private final List<Case> cases = CaseCatalog.builtIn().all();

    @Override
    public CaseScores score(String text, List<Clause> clauses) {
        float[][] scores = new float[clauses.size()][cases.size()];
        for (int i = 0; i < clauses.size(); i++) {
            String clause = clauses.get(i).text(text);
            for (int j = 0; j < cases.size(); j++) {
                int cues = CueMatcher.cuesIn(cases.get(j), clause).size();
                scores[i][j] = cues == 0 ? 0f : Math.min(1f, 0.5f + 0.25f * cues);
            }
        }
        float[] thresholds = new float[cases.size()];
        java.util.Arrays.fill(thresholds, 0.6f);
        return new CaseScores(cases, scores, thresholds);
    }

    @Override
    public String modelName() {
        return "catalogue cues (test)";
    }
}
