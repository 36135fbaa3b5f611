package org.fineprint.tools.analysis;

import java.util.Set;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CueDetector;
import org.fineprint.catalog.CaseCatalog;

/** Which case detector an evaluation runs, and how it is trained for one cross-validation fold. */
enum DetectorChoice {
    /** The catalogue's cue phrases: nothing to train. */
    cues {
        @Override
        CaseDetector forFold(Set<String> trainingServices) {
            return new CueDetector(CaseCatalog.builtIn());
        }
    };

    /**
     * A detector trained on the given ToS;DR services only (its test fold is left out).
     *
     * @param trainingServices the services whose data may be used for training
     */
    abstract CaseDetector forFold(Set<String> trainingServices);
}
