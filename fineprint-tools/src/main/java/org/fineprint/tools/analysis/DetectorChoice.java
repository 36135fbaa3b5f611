package org.fineprint.tools.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClassifierModel;
import org.fineprint.analyze.classify.ModelFile;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.ClassifierCaseDetector;
import org.fineprint.analyze.point.CueDetector;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.tools.cases.CaseExamples;
import org.fineprint.tools.cases.CaseTraining;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which case detector an evaluation runs, and how it is trained for one cross-validation fold. */
enum DetectorChoice {
    /** The catalogue's cue phrases: nothing to train. */
    cues {
        @Override
        CaseDetector forFold(Path dataDir, ServiceFolds folds, int fold) {
            return new CueDetector(CaseCatalog.builtIn());
        }
    },

    /**
     * The case classifier trained on the other folds' services ({@code fineprint train cases}
     * recipe). Fold models are kept in {@code ~/.cache/fineprint/case-folds} under the recipe and
     * the catalogue, so a second evaluation with the same folds trains nothing.
     */
    trained {
        @Override
        CaseDetector forFold(Path dataDir, ServiceFolds folds, int fold) {
            CaseCatalog catalog = CaseCatalog.builtIn();
            Path cached = Path.of(System.getProperty("user.home"), ".cache", "fineprint", "case-folds",
                    CaseTraining.fingerprint(catalog) + "-" + (fold + 1) + "of" + folds.count() + ".fpm");
            ClassifierModel model;
            if (Files.isRegularFile(cached)) {
                log.info("fold {} of {}: cached model {}", fold + 1, folds.count(), cached);
                model = ModelFile.read(cached);
            } else {
                log.info("fold {} of {}: training", fold + 1, folds.count());
                List<TrainingExample> examples = new CaseExamples(dataDir, catalog)
                        .build(folds.trainingServices(fold), CaseTraining.NEGATIVE_SHARE);
                model = CaseTraining.model(examples, catalog,
                        Map.of("trained", "cross-validation fold " + (fold + 1) + " of " + folds.count()), 2);
                try {
                    Files.createDirectories(cached.getParent());
                    ModelFile.write(model, cached);
                } catch (java.io.IOException | RuntimeException e) {
                    log.warn("fold model not cached at {}: {}", cached, e.getMessage());
                }
            }
            return new ClassifierCaseDetector(new Classifier(model, null), catalog);
        }
    },

    /** The committed model (trained on every service: not a fair test on ToS;DR data). */
    committed {
        @Override
        CaseDetector forFold(Path dataDir, ServiceFolds folds, int fold) {
            return ClassifierCaseDetector.builtIn();
        }
    };

    private static final Logger log = LoggerFactory.getLogger(DetectorChoice.class);

    /**
     * The detector that tests the services of one fold, trained (when it learns) on the others only.
     *
     * @param dataDir the shared data folder
     * @param folds the folds by service
     * @param fold the fold under test (0-based)
     */
    abstract CaseDetector forFold(Path dataDir, ServiceFolds folds, int fold);
}
