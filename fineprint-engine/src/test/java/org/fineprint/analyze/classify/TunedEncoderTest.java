package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TunedEncoder} on the real base graph, with weights of our own making. */
class TunedEncoderTest {
    private static final List<String> TEXTS = List.of("We may terminate your account.", "You own your content.", "");

    /** A one-label head that reads dimension 0 of the first token's state. */
    private static TunedEncoderModel model(Map<String, TunedEncoderModel.Tensor> replaced, float offset) {
        float[] weight = new float[384];
        weight[0] = 1;
        return new TunedEncoderModel("probe", "bge-small-en-v1.5", List.of("x"), 32, 384, Map.of(),
                List.of(new TunedEncoderModel.Member(replaced, weight, new float[] {0.5f}, offset)));
    }

    private static double[][] margins(TunedEncoderModel model) {
        try (TunedEncoder encoder = TunedEncoder.load(model)) {
            return encoder.margins(TEXTS);
        }
    }

    @Test
    void replacesTheBaseGraphsWeights() {
        double[][] base = margins(model(Map.of(), 0));
        // with the last LayerNorm's scale at zero every state is that LayerNorm's bias, whatever the text
        TunedEncoderModel.Tensor zero = new TunedEncoderModel.Tensor(new long[] {384}, new float[384]);
        double[][] flat = margins(model(Map.of("encoder.layer.11.output.LayerNorm.weight", zero), 0));

        assertThat(base[0][0]).isNotEqualTo(base[1][0]);
        assertThat(flat[0][0]).isEqualTo(flat[1][0]).isEqualTo(flat[2][0]).isNotEqualTo(base[0][0]);
    }

    @Test
    void addsTheOffsetAndAveragesMembers() {
        TunedEncoderModel one = model(Map.of(), 0);
        TunedEncoderModel.Member m = one.members().get(0);
        TunedEncoderModel.Member shifted = new TunedEncoderModel.Member(Map.of(), m.headWeight(), m.headBias(), 2);
        TunedEncoderModel two = new TunedEncoderModel("probe", one.baseModel(), one.labels(), one.maxTokens(), one.hidden(),
                Map.of(), List.of(m, shifted));

        double[][] single = margins(one);
        double[][] mean = margins(two);

        for (int i = 0; i < TEXTS.size(); i++) {
            assertThat(mean[i][0]).isCloseTo(single[i][0] + 1, within(1e-5));
        }
    }

    @Test
    void namesAMissingBaseModel() {
        TunedEncoderModel m = model(Map.of(), 0);
        TunedEncoderModel missing = new TunedEncoderModel("probe", "no-such-model", m.labels(), m.maxTokens(), m.hidden(),
                Map.of(), m.members());

        assertThatThrownBy(() -> TunedEncoder.load(missing)).isInstanceOf(ClassifierException.class)
                .hasMessageContaining("no-such-model-tokenizer.json is not on the class path");
    }
}
