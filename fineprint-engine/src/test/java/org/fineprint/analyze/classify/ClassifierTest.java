package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    @Test
    void embedsOnlyTheSentencesThatPassTheGate() {
        HashingEmbedder trainingEmbedder = new HashingEmbedder();
        ClassifierModel model = new MultiLabelTrainer(TrainingFixtures.settings(new FeatureSpec(true, 1.0, 0), 0.9),
                trainingEmbedder).train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of()).model();
        HashingEmbedder embedder = new HashingEmbedder();

        List<Prediction> p = new Classifier(model, embedder).classify(List.of(
                "The weather is nice today.",
                "Any dispute shall be resolved by binding arbitration."));

        assertThat(p.get(0).encoded()).isFalse();
        assertThat(p.get(0).labels()).isEmpty();
        assertThat(p.get(0).scores()).containsOnlyKeys("a", "ter");
        assertThat(p.get(1).encoded()).isTrue();
        assertThat(p.get(1).labels()).containsExactly("a");
        assertThat(embedder.seen).containsExactly("Any dispute shall be resolved by binding arbitration.");
    }

    @Test
    void refusesAnEncoderOtherThanTheOneTheModelWasTrainedWith() {
        ClassifierModel model = new MultiLabelTrainer(TrainingFixtures.settings(new FeatureSpec(true, 1.0, 0), 0),
                new HashingEmbedder()).train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of())
                .model();
        Embedder other = new OnnxEmbedder(OnnxEmbedder.ALL_MINILM_L6_V2_Q, 1);

        assertThatThrownBy(() -> new Classifier(model, other))
                .isInstanceOf(ClassifierException.class)
                .hasMessageStartingWith("Classify failed: the model was trained with the encoder hashing-16");
    }

    @Test
    void givesEmptyResultsForAnEmptyBatch() {
        ClassifierModel model = new MultiLabelTrainer(TrainingFixtures.settings(FeatureSpec.LEXICAL, 0), null)
                .train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(), Map.of()).model();

        assertThat(new Classifier(model, null).classify(List.of())).isEmpty();
    }
}
