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
                stacked.positiveWeightPower(), stacked.innerFolds(), stacked.seed(), stacked.gateRecall(), stacked.beta(),
                stacked.threads(), TrainingSettings.Fusion.JOINT);

        TrainingResult result = new MultiLabelTrainer(joint, new HashingEmbedder())
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of());

        assertThat(result.model().features()).isEqualTo(new FeatureSpec(true, 2.0, 0));
        assertThat(result.heads().get(0).finalHead()).startsWith("joint C=");
        List<Prediction> p = new Classifier(result.model(), new HashingEmbedder())
                .classify(List.of("We may terminate your account at any time without notice."));
        assertThat(p.get(0).labels()).containsExactly("ter");
    }

    private static byte[] bytes(ClassifierModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(model, out);
        return out.toByteArray();
    }
}
