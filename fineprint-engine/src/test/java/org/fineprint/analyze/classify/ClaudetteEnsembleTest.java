package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The committed CLAUDETTE detector: the cascade plus the tuned encoders, run with ONNX Runtime. */
class ClaudetteEnsembleTest {
    private static ClaudetteEnsemble ensemble;
    private static List<String> labels;

    @BeforeAll
    static void load() {
        ensemble = ClaudetteEnsemble.shared();
        labels = TunedEncoderFile.readResource(ClaudetteEnsemble.TUNED_MODELS.getFirst()).labels();
    }

    /**
     * The reference margins were computed by fineprint-finetune (DJL's PyTorch engine, the module
     * that trained the model) from each committed file; ONNX Runtime must run the same network.
     */
    @ParameterizedTest
    @FieldSource("org.fineprint.analyze.classify.ClaudetteEnsemble#TUNED_MODELS")
    void tunedEncoderAgreesWithTheModuleThatTrainedIt(String resource) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".fpt".length());
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/" + name + "-reference.json")) {
            assertThat(in).as("the reference margins of " + resource).isNotNull();
            reference = JsonMapper.builder().build().readTree(in);
        }
        try (TunedEncoder tuned = TunedEncoder.load(TunedEncoderFile.readResource(resource))) {
            assertThat(reference.get("labels").size()).isEqualTo(tuned.model().labels().size());
            List<String> texts = new ArrayList<>();
            reference.get("sentences").forEach(s -> texts.add(s.get("text").asString()));

            double[][] margins = tuned.margins(texts);

            for (int i = 0; i < texts.size(); i++) {
                JsonNode expected = reference.get("sentences").get(i).get("margins");
                for (int j = 0; j < margins[i].length; j++) {
                    assertThat(margins[i][j]).as("sentence %d label %s", i, tuned.model().labels().get(j))
                            .isCloseTo(expected.get(j).asDouble(), within(0.005));
                }
            }
        }
    }

    @Test
    void recordsHowItWasMade() {
        for (String resource : ClaudetteEnsemble.TUNED_MODELS) {
            TunedEncoderModel model = TunedEncoderFile.readResource(resource);

            assertThat(model.labels()).containsExactly("ltd", "ter", "ch", "cr", "use", "law", "j", "a");
            assertThat(model.metadata()).containsKeys("trained", "recipe", "seeds", "data", "command");
            assertThat(ensemble.description()).contains(model.baseModel() + " tuned ×" + model.members().size());
        }
    }

    /**
     * Each tuned encoder counts as many times as it has members: two bge members at margin +3 and one
     * MiniLM member at -6 average to 0, which leaves the cascade's vote alone.
     */
    @Test
    void averagesTheMembersOfAllTunedEncoders() {
        List<String> texts = List.of("We may terminate your account at any time.", "You can upload photos.");
        Classifier cascade = Classifier.claudette();
        try (TunedEncoder bge = TunedEncoder.load(constant("bge-small-en-v1.5", labels, 3, 3));
                TunedEncoder miniLm = TunedEncoder.load(constant("all-minilm-l6-v2", labels, -6))) {
            ClaudetteEnsemble both = new ClaudetteEnsemble(cascade, List.of(bge, miniLm));

            List<Prediction> votes = cascade.classify(texts);
            List<Prediction> p = both.classify(texts);

            for (int i = 0; i < texts.size(); i++) {
                for (String label : labels) {
                    double margin = cascade.model().margin(votes.get(i), label);
                    assertThat(p.get(i).scores().get(label)).as("%s of sentence %d", label, i)
                            .isCloseTo(1 / (1 + Math.exp(-margin)), within(1e-6));
                }
            }
            assertThat(both.description()).contains("bge-small-en-v1.5 tuned ×2", "all-minilm-l6-v2 tuned ×1");
        }
    }

    @Test
    void refusesTunedEncodersWithDifferentLabels() {
        try (TunedEncoder eight = TunedEncoder.load(constant("bge-small-en-v1.5", labels, 0));
                TunedEncoder seven = TunedEncoder.load(constant("bge-small-en-v1.5", labels.subList(0, 7), 0))) {
            assertThatThrownBy(() -> new ClaudetteEnsemble(Classifier.claudette(), List.of(eight, seven)))
                    .isInstanceOf(ClassifierException.class).hasMessageContaining("disagree on their labels");
        }
    }

    /** A tuned encoder whose members ignore the text: member k's margin is {@code margins[k]} for every label. */
    private static TunedEncoderModel constant(String base, List<String> labels, float... margins) {
        List<TunedEncoderModel.Member> members = new ArrayList<>();
        for (float m : margins) {
            float[] bias = new float[labels.size()];
            Arrays.fill(bias, m);
            members.add(new TunedEncoderModel.Member(Map.of(), new float[384 * labels.size()], bias, 0));
        }
        return new TunedEncoderModel("probe", base, labels, 32, 384, Map.of(), members);
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
