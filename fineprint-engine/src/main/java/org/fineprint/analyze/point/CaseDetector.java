package org.fineprint.analyze.point;

import java.util.List;
import org.fineprint.analyze.segment.Clause;

/** Scores a document's clauses against every catalogue case. */
public interface CaseDetector {

    /**
     * Scores clauses.
     *
     * @param text the document's extracted text
     * @param clauses its clauses
     * @return one row of case scores per clause, in clause order
     */
    CaseScores score(String text, List<Clause> clauses);

    /** What the detector runs on, for the report's {@code analyzer.model}. */
    String modelName();
}
