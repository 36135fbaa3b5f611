package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fineprint.analyze.point.CaseScores;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.catalog.Case;

/**
 * Hybrid mode's first half: picks, from the built-in detector's scores, the passages worth
 * showing the model for each case: the {@link #PER_CASE} best clauses scoring at least
 * {@link #THRESHOLD_SHARE} of the case's threshold (a little below it, so the model can rescue a
 * near miss), each grown over its neighbours of the same paragraph into a passage of at most
 * {@link #MAX_PASSAGE_CHARS}. At most {@link #MAX_CANDIDATES} per document, the strongest first.
 * Pure.
 */
final class CandidateFinder {
    static final int PER_CASE = 2;
    static final double THRESHOLD_SHARE = 0.8;
    static final int MAX_PASSAGE_CHARS = 900;
    static final int MAX_CANDIDATES = 60;

    private CandidateFinder() {
    }

    /**
     * A passage proposed as evidence of a case.
     *
     * @param id the id the model answers with, {@code c1}, {@code c2}, …
     * @param c the case
     * @param start the passage's first character
     * @param end the passage's end (exclusive)
     * @param score the detector's score of the best clause, 0-1
     */
    record Candidate(String id, Case c, int start, int end, float score) {
        String text(String documentText) {
            return documentText.substring(start, end);
        }
    }

    /**
     * Picks the candidates of one document.
     *
     * @param clauses the document's clauses
     * @param scores the detector's scores for them
     * @return the candidates in document order, numbered from {@code c1}
     */
    static List<Candidate> find(List<Clause> clauses, CaseScores scores) {
        record Pick(int caseIndex, int clause, float score, double strength) {
        }
        List<Pick> picks = new ArrayList<>();
        for (int j = 0; j < scores.cases().size(); j++) {
            float floor = (float) (scores.thresholds()[j] * THRESHOLD_SHARE);
            List<Pick> forCase = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                float s = scores.score(i, j);
                if (clauses.get(i).kind() != Clause.Kind.HEADING && s >= floor && s > 0) {
                    forCase.add(new Pick(j, i, s, s / Math.max(1e-6, scores.thresholds()[j])));
                }
            }
            forCase.sort(Comparator.comparingDouble((Pick p) -> -p.score()).thenComparingInt(Pick::clause));
            List<Integer> blocks = new ArrayList<>();
            for (Pick p : forCase) {
                int block = clauses.get(p.clause()).block();
                if (!blocks.contains(block)) { // two clauses of one paragraph are one passage
                    blocks.add(block);
                    picks.add(p);
                }
                if (blocks.size() == PER_CASE) {
                    break;
                }
            }
        }
        picks.sort(Comparator.comparingDouble((Pick p) -> -p.strength()).thenComparingInt(Pick::clause));
        List<Pick> kept = new ArrayList<>(picks.subList(0, Math.min(MAX_CANDIDATES, picks.size())));
        kept.sort(Comparator.comparingInt(Pick::clause).thenComparingInt(Pick::caseIndex));
        List<Candidate> out = new ArrayList<>();
        for (Pick p : kept) {
            int[] span = passage(clauses, p.clause());
            out.add(new Candidate("c" + (out.size() + 1), scores.cases().get(p.caseIndex()), span[0], span[1], p.score()));
        }
        return out;
    }

    /** The clause grown over neighbours of its paragraph, alternately after and before, within the limit. */
    private static int[] passage(List<Clause> clauses, int at) {
        Clause seed = clauses.get(at);
        int start = seed.start();
        int end = seed.end();
        int before = at - 1;
        int after = at + 1;
        boolean grew = true;
        while (grew) {
            grew = false;
            if (after < clauses.size() && clauses.get(after).block() == seed.block()
                    && clauses.get(after).end() - start <= MAX_PASSAGE_CHARS) {
                end = clauses.get(after++).end();
                grew = true;
            }
            if (before >= 0 && clauses.get(before).block() == seed.block()
                    && end - clauses.get(before).start() <= MAX_PASSAGE_CHARS) {
                start = clauses.get(before--).start();
                grew = true;
            }
        }
        return new int[] {start, end};
    }
}
