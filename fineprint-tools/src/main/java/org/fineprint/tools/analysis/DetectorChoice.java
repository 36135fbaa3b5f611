package org.fineprint.tools.analysis;

import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CueDetector;
import org.fineprint.catalog.CaseCatalog;

/** Which case detector an evaluation runs, and how it is trained for one cross-validation fold. */
enum DetectorChoice {
    /** The catalogue's cue phrases: nothing to train. */
    cues {
        @Override
        CaseDetector forFold(java.nio.file.Path dataDir, java.util.function.Predicate<String> trainingServices) {
            return new CueDetector(CaseCatalog.builtIn());
        }
    },

    /** The case classifier, trained on the fold's training services ({@code fineprint train cases} recipe). */
    trained {
        @Override
        CaseDetector forFold(java.nio.file.Path dataDir, java.util.function.Predicate<String> trainingServices) {
            CaseCatalog catalog = CaseCatalog.builtIn();
            java.util.List<org.fineprint.analyze.classify.TrainingExample> examples =
                    new org.fineprint.tools.cases.CaseExamples(dataDir, catalog).build(trainingServices, org.fineprint.tools.cases.CaseTraining.NEGATIVE_SHARE);
            org.fineprint.analyze.classify.ClassifierModel model = org.fineprint.tools.cases.CaseTraining.model(
                    examples, catalog, java.util.Map.of("trained", "cross-validation fold"), 2);
            return new org.fineprint.analyze.point.ClassifierCaseDetector(
                    new org.fineprint.analyze.classify.Classifier(model, null), catalog);
        }
    },
    /** The committed model (trained on every service: not a fair test on ToS;DR data). */
    committed {
        @Override
        CaseDetector forFold(java.nio.file.Path dataDir, java.util.function.Predicate<String> trainingServices) {
            return org.fineprint.analyze.point.ClassifierCaseDetector.builtIn();
        }
    };

    /**
     * A detector trained on the given ToS;DR services only (its test fold is left out).
     *
     * @param dataDir the shared data folder
     * @param trainingServices accepts the {@link org.fineprint.tools.cases.CaseExamples#serviceKey keys}
     *     of the services whose data may be used for training
     */
    abstract CaseDetector forFold(java.nio.file.Path dataDir, java.util.function.Predicate<String> trainingServices);
}
