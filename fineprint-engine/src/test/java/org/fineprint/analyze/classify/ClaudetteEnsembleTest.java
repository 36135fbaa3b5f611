package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed CLAUDETTE detector: the cascade plus the tuned encoder, run with ONNX Runtime. */
class ClaudetteEnsembleTest {
    private static ClaudetteEnsemble ensemble;
    private static TunedEncoder encoder;

    @BeforeAll
    static void load() {
        ensemble = ClaudetteEnsemble.shared();
        encoder = TunedEncoder.load(TunedEncoderFile.readResource(ClaudetteEnsemble.TUNED_MODEL));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    /**
     * The reference margins were computed by fineprint-finetune (DJL's PyTorch engine, the module
     * that trained the model) from the committed file; ONNX Runtime must run the same network.
     */
    @Test
    void tunedEncoderAgreesWithTheModuleThatTrainedIt() throws IOException {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/claudette-tuned-reference.json")) {
            reference = JsonMapper.builder().build().readTree(in);
        }
        assertThat(reference.get("labels").size()).isEqualTo(encoder.model().labels().size());
        List<String> texts = new ArrayList<>();
        reference.get("sentences").forEach(s -> texts.add(s.get("text").asString()));

        double[][] margins = encoder.margins(texts);

        for (int i = 0; i < texts.size(); i++) {
            JsonNode expected = reference.get("sentences").get(i).get("margins");
            for (int j = 0; j < margins[i].length; j++) {
                assertThat(margins[i][j]).as("sentence %d label %s", i, encoder.model().labels().get(j))
                        .isCloseTo(expected.get(j).asDouble(), within(0.005));
            }
        }
    }

    @Test
    void recordsHowItWasMade() {
        TunedEncoderModel model = encoder.model();

        assertThat(model.labels()).containsExactly("ltd", "ter", "ch", "cr", "use", "law", "j", "a");
        assertThat(model.baseModel()).isEqualTo("bge-small-en-v1.5");
        assertThat(model.metadata()).containsKeys("trained", "recipe", "seeds", "data", "command");
        assertThat(ensemble.description()).contains("tuned");
    }

    @Test
    void labelsObviousClausesAndLeavesANeutralOneAlone() {
        List<Prediction> p = ensemble.classify(List.of(
                "Any dispute arising out of these Terms shall be resolved exclusively by final and binding arbitration.",
                "These Terms shall be governed by the laws of the State of California.",
                "We may terminate or suspend your account at any time, for any reason, without notice.",
                "By using the Service you agree to be bound by these Terms.",
                "You can upload photos and share them with your friends."));

        assertThat(p.get(0).labels()).contains("a");
        assertThat(p.get(1).labels()).contains("law");
        assertThat(p.get(2).labels()).contains("ter");
        assertThat(p.get(3).labels()).contains("use");
        assertThat(p.get(4).labels()).isEmpty();
        for (Prediction prediction : p) {
            prediction.scores().forEach((label, score) ->
                    assertThat(prediction.labels().contains(label)).as(label).isEqualTo(score > 0.5));
        }
    }
}
