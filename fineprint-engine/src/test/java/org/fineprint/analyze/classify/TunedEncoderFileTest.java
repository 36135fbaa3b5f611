package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedEncoderFileTest {

    private static TunedEncoderModel model() {
        TunedEncoderModel.Tensor a = new TunedEncoderModel.Tensor(new long[] {2, 3}, new float[] {1, -2, 0.5f, 0.25f, 3, -0.125f});
        TunedEncoderModel.Tensor b = new TunedEncoderModel.Tensor(new long[] {2}, new float[] {7, 8});
        TunedEncoderModel.Member first = new TunedEncoderModel.Member(Map.of("onnx::MatMul_1", a, "layer.bias", b),
                new float[] {1, 2, 3, 4, 5, 6}, new float[] {0.5f, -0.5f}, -0.6931f);
        TunedEncoderModel.Member second = new TunedEncoderModel.Member(Map.of("layer.bias", b),
                new float[] {6, 5, 4, 3, 2, 1}, new float[] {0, 0}, 0);
        return new TunedEncoderModel("test", "base", List.of("x", "y"), 64, 3, Map.of("trained", "2026-11-25"),
                List.of(first, second));
    }

    @Test
    void readsBackWhatItWroteInHalfPrecision(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.fpt");
        TunedEncoderFile.write(model(), file);
        byte[] bytes = Files.readAllBytes(file);

        TunedEncoderModel read = TunedEncoderFile.read(file);

        assertThat(read.name()).isEqualTo("test");
        assertThat(read.baseModel()).isEqualTo("base");
        assertThat(read.labels()).containsExactly("x", "y");
        assertThat(read.maxTokens()).isEqualTo(64);
        assertThat(read.metadata()).containsEntry("trained", "2026-11-25");
        assertThat(read.members()).hasSize(2);
        TunedEncoderModel.Member m = read.members().get(0);
        assertThat(m.initializers().keySet()).containsExactlyInAnyOrder("onnx::MatMul_1", "layer.bias");
        assertThat(m.initializers().get("onnx::MatMul_1").shape()).containsExactly(2, 3);
        assertThat(m.initializers().get("onnx::MatMul_1").values()).containsExactly(1, -2, 0.5f, 0.25f, 3, -0.125f);
        assertThat(m.headWeight()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(m.headBias()).containsExactly(0.5f, -0.5f);
        assertThat(m.logitOffset()).isEqualTo(-0.6931f);
        assertThat(read.members().get(1).headWeight()).containsExactly(6, 5, 4, 3, 2, 1);
        // the same model gives the same bytes
        TunedEncoderFile.write(read, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void roundsToHalfPrecision(@TempDir Path dir) {
        TunedEncoderModel.Member m = new TunedEncoderModel.Member(Map.of(), new float[] {0.1f}, new float[] {1e-4f}, 0);
        Path file = dir.resolve("m.fpt");
        TunedEncoderFile.write(new TunedEncoderModel("t", "base", List.of("x"), 8, 1, Map.of(), List.of(m)), file);

        TunedEncoderModel.Member read = TunedEncoderFile.read(file).members().get(0);

        assertThat(read.headWeight()[0]).isEqualTo(Float.float16ToFloat(Float.floatToFloat16(0.1f))).isNotEqualTo(0.1f);
    }

    @Test
    void refusesOtherFilesWithOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.fpt");
        Files.writeString(file, "not a model");
        assertThatThrownBy(() -> TunedEncoderFile.read(file)).isInstanceOf(ClassifierException.class)
                .hasMessageContaining("not a tuned-encoder file").hasMessageNotContaining("\n");

        TunedEncoderFile.write(model(), file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 10));
        assertThatThrownBy(() -> TunedEncoderFile.read(file)).isInstanceOf(ClassifierException.class)
                .hasMessageContaining("could not be read");
    }

    @Test
    void refusesAHeadOfTheWrongSize() {
        TunedEncoderModel.Member m = new TunedEncoderModel.Member(Map.of(), new float[] {1, 2}, new float[] {0}, 0);
        assertThatThrownBy(() -> new TunedEncoderModel("t", "base", List.of("x"), 8, 3, Map.of(), List.of(m)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
