package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiLabelTrainerTest {

    @Test
    void learnsObviousLabelsFromTfidf() {
        TrainingResult result = new MultiLabelTrainer(TrainingFixtures.settings(FeatureSpec.LEXICAL, 0), null)
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of("data", "fixture"));

        List<Prediction> p = new Classifier(result.model(), null).classify(List.of(
                "Disputes are resolved by binding arbitration.",
                "We may terminate your account at any time.",
                "You can share photos with friends."));

        assertThat(p.get(0).labels()).containsExactly("a");
        assertThat(p.get(1).labels()).containsExactly("ter");
        assertThat(p.get(2).labels()).isEmpty();
        assertThat(result.model().metadata()).containsEntry("data", "fixture");
        assertThat(result.heads()).extracting(TrainingResult.HeadReport::positives).containsExactly(12, 12);
    }

    @Test
    void trainsTheSameModelTwice() throws IOException {
        TrainingSettings settings = TrainingFixtures.settings(new FeatureSpec(true, 1.0, 0.5), 0.9);

        byte[] first = bytes(new MultiLabelTrainer(settings, new HashingEmbedder())
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of()).model());
        byte[] second = bytes(new MultiLabelTrainer(settings, new HashingEmbedder())
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of()).model());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void buildsAGateAndFinalHeadsOverEmbeddingsAndNeighbours() {
        HashingEmbedder embedder = new HashingEmbedder();
        TrainingResult result = new MultiLabelTrainer(TrainingFixtures.settings(new FeatureSpec(true, 1.0, 0.5), 1.0),
                embedder).train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of());

        ClassifierModel model = result.model();
        assertThat(model.encoder()).isEqualTo("hashing-16");
        assertThat(model.gate()).hasSize(2);
        assertThat(model.heads().get(0).weights()).hasSize(2 * model.vectorizer().size() + 16);
        assertThat(result.lexicalModel().features()).isEqualTo(FeatureSpec.LEXICAL);
        assertThat(result.gatePassShare()).isBetween(0.0, 1.0);
        assertThat(result.heads().get(0).finalHead()).matches("tfidf C=\\d+ w=.* emb C=\\d+ w=.* ctx C=\\d+ w=.*");
        List<Prediction> p = new Classifier(model, embedder).classify(List.of("Any dispute goes to binding arbitration."));
        assertThat(p.get(0).labels()).containsExactly("a");
    }

    @Test
    void trainsOneJointHeadOverAllBlocksWhenAsked() {
        TrainingSettings stacked = TrainingFixtures.settings(new FeatureSpec(true, 2.0, 0), 0.9);
        TrainingSettings joint = new TrainingSettings(stacked.tfidf(), stacked.features(), stacked.costs(),
                stacked.positiveWeightPower(), stacked.innerFolds(), stacked.seed(), stacked.gateRecall(), stacked.trainingGateRecall(), stacked.beta(),
                stacked.threads(), TrainingSettings.Fusion.JOINT, false);

        TrainingResult result = new MultiLabelTrainer(joint, new HashingEmbedder())
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of());

        assertThat(result.model().features()).isEqualTo(new FeatureSpec(true, 2.0, 0));
        assertThat(result.heads().get(0).finalHead()).startsWith("joint C=");
        List<Prediction> p = new Classifier(result.model(), new HashingEmbedder())
                .classify(List.of("We may terminate your account at any time without notice."));
        assertThat(p.get(0).labels()).containsExactly("ter");
    }

    @Test
    void foldsOtherLabelsLexicalHeadsIntoTheStackedHead() {
        TrainingSettings plain = TrainingFixtures.settings(new FeatureSpec(true, 1.0, 0), 1.0);
        TrainingSettings cross = new TrainingSettings(plain.tfidf(), plain.features(), plain.costs(),
                plain.positiveWeightPower(), plain.innerFolds(), plain.seed(), plain.gateRecall(), plain.trainingGateRecall(), plain.beta(),
                plain.threads(), TrainingSettings.Fusion.STACKED, true);

        TrainingResult result = new MultiLabelTrainer(cross, new HashingEmbedder())
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of());

        assertThat(result.heads().get(0).finalHead()).contains(" labels a=").contains(" ter=");
        List<Prediction> p = new Classifier(result.model(), new HashingEmbedder()).classify(List.of(
                "All claims go to binding arbitration.", "We may terminate your account at any time.", "Hello there."));
        assertThat(p).extracting(Prediction::labels).containsExactly(List.of("a"), List.of("ter"), List.of());
    }

    @Test
    void judgesThresholdsOnScoredExamplesOnly() {
        List<TrainingExample> clean = TrainingFixtures.examples();
        TrainingSettings settings = TrainingFixtures.settings(FeatureSpec.LEXICAL, 0);

        double noisyScored = new MultiLabelTrainer(settings, null)
                .train("test", TrainingFixtures.LABELS, withNoise(clean, true), Map.of()).heads().get(0).lexicalF();
        double noisyUnscored = new MultiLabelTrainer(settings, null)
                .train("test", TrainingFixtures.LABELS, withNoise(clean, false), Map.of()).heads().get(0).lexicalF();

        assertThat(noisyUnscored).isGreaterThan(noisyScored);
        assertThat(noisyUnscored).isGreaterThan(0.9);
    }

    /** The clean examples plus copies of their neutral sentences wrongly labelled "a", in groups of their own. */
    private static List<TrainingExample> withNoise(List<TrainingExample> clean, boolean scored) {
        List<TrainingExample> out = new java.util.ArrayList<>(clean);
        List<TrainingExample> neutral = clean.stream().filter(e -> e.labels().isEmpty()).limit(12).toList();
        for (int k = 0; k < neutral.size(); k++) {
            out.add(new TrainingExample("noise" + k % 3, neutral.get(k).text(), java.util.Set.of("a"), scored));
        }
        return out;
    }

    private static byte[] bytes(ClassifierModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(model, out);
        return out.toByteArray();
    }
}
