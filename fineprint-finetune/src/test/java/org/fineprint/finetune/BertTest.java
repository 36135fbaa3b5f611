package org.fineprint.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BertTest {
    static Map<String, BaseEncoder.Tensor> weights;

    @BeforeAll
    static void load() {
        DjlSettings.apply();
        weights = BaseEncoder.BGE_SMALL.weights();
    }

    @Test
    void readsEveryWeightOfTheTwelveLayersUnderItsHuggingFaceName() {
        assertThat(weights).containsKeys("embeddings.word_embeddings.weight", "encoder.layer.0.attention.self.query.weight",
                "encoder.layer.11.output.dense.weight", "encoder.layer.11.output.LayerNorm.bias");
        assertThat(weights.get("encoder.layer.3.intermediate.dense.weight").shape()).containsExactly(384, 1536);
        assertThat(Bert.layerParameters(weights, 8)).hasSize(4 * 16).allMatch(n -> n.matches("encoder\\.layer\\.(8|9|10|11)\\..*"));
        assertThat(weights.keySet()).noneMatch(n -> n.startsWith("onnx::"));
    }

    @Test
    void readsAllMiniLmAsSixLayersOfTheSameShape() {
        Map<String, BaseEncoder.Tensor> miniLm = BaseEncoder.ALL_MINILM.weights();
        try (NDManager manager = NDManager.newBaseManager()) {
            assertThat(new Bert(manager, miniLm, 0.1f).layerCount()).isEqualTo(6).isEqualTo(BaseEncoder.ALL_MINILM.layers());
        }
        assertThat(miniLm.get("encoder.layer.5.intermediate.dense.weight").shape()).containsExactly(384, 1536);
        assertThat(Bert.layerParameters(miniLm, 2)).hasSize(4 * 16);
        assertThat(miniLm.keySet()).noneMatch(n -> n.startsWith("onnx::") || n.startsWith("encoder.layer.6."));
    }

    /** The forward pass matches ONNX Runtime's on the same weights (reference vectors in bge-reference.json). */
    @Test
    void sentenceVectorsMatchOnnxRuntime() throws Exception {
        JsonNode reference;
        try (InputStream in = getClass().getResourceAsStream("/bge-reference.json")) {
            reference = JsonMapper.builder().build().readTree(in);
        }
        HuggingFaceTokenizer tokenizer = BaseEncoder.BGE_SMALL.tokenizer(128);
        try (NDManager manager = NDManager.newBaseManager()) {
            Bert bert = new Bert(manager, weights, 0.1f);
            for (JsonNode sentence : reference.get("sentences")) {
                long[] ids = tokenizer.encode(sentence.get("text").asString()).getIds();
                NDArray input = manager.create(ids, new Shape(1, ids.length));
                NDArray hidden = bert.layers(bert.embed(input), manager.ones(new Shape(1, ids.length)), 0, bert.layerCount(), false);
                float[] cls = Bert.cls(hidden).toFloatArray();
                double norm = 0;
                for (float v : cls) {
                    norm += v * v;
                }
                norm = Math.sqrt(norm);
                JsonNode expected = sentence.get("vector");
                assertThat(cls).hasSize(expected.size());
                for (int i = 0; i < cls.length; i++) {
                    assertThat(cls[i] / norm).as("dimension %d of %s", i, sentence.get("text"))
                            .isCloseTo(expected.get(i).asDouble(), org.assertj.core.data.Offset.offset(2e-4));
                }
            }
        }
    }
}
