package org.fineprint.analyze.point;

import java.util.List;
import org.fineprint.catalog.Case;

/**
 * How strongly each clause of a document expresses each case: {@code scores[clause][case]} in
 * 0-1, with the per-case threshold above which a clause counts as evidence.
 */
public record CaseScores(List<Case> cases, float[][] scores, float[] thresholds) {
    public CaseScores {
        cases = List.copyOf(cases);
        if (thresholds.length != cases.size()) {
            throw new IllegalArgumentException("one threshold per case expected");
        }
    }

    public float score(int clause, int caseIndex) {
        return scores[clause][caseIndex];
    }
}
