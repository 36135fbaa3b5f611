package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    private static ClassifierModel model() {
        return new MultiLabelTrainer(TrainingFixtures.settings(new FeatureSpec(true, 2.0, 0.5), 0.9),
                new HashingEmbedder()).train("test", TrainingFixtures.LABELS, TrainingFixtures.examples(),
                        Map.of("trained", "2026-01-01", "data", "fixture")).model();
    }

    @Test
    void readsBackTheModelItWrote(@TempDir Path dir) {
        ClassifierModel model = model();
        Path file = dir.resolve("test.fpm");

        ModelFile.write(model, file);
        ClassifierModel read = ModelFile.read(file);

        assertThat(read).isEqualTo(model);
        assertThat(read.gate()).isEqualTo(model.gate());
        assertThat(read.metadata()).containsEntry("trained", "2026-01-01");
        List<String> texts = List.of("Disputes go to binding arbitration.", "We may terminate your account.", "Hello.");
        HashingEmbedder embedder = new HashingEmbedder();
        assertThat(new Classifier(read, embedder).classify(texts))
                .isEqualTo(new Classifier(model, embedder).classify(texts));
    }

    @Test
    void writesTheSameBytesForTheSameModel() throws IOException {
        ClassifierModel model = model();
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();

        ModelFile.write(model, a);
        ModelFile.write(ModelFile.read(new ByteArrayInputStream(a.toByteArray()), "memory"), b);

        assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }

    @Test
    void refusesAFileOfAnotherKind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("other.fpm");
        try (var out = new java.io.DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("something-else");
        }

        assertThatThrownBy(() -> ModelFile.read(file))
                .isInstanceOf(ClassifierException.class)
                .hasMessage("Classify failed: not a Fineprint model file (" + file + ")");
    }

    @Test
    void refusesATruncatedFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(model(), out);
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);

        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(cut), "cut.fpm"))
                .isInstanceOf(ClassifierException.class)
                .hasMessageStartingWith("Classify failed: the model file is damaged");
    }

    @Test
    void namesTheMissingResource() {
        assertThatThrownBy(() -> ModelFile.readResource("/models/missing.fpm"))
                .isInstanceOf(ClassifierException.class)
                .hasMessageContaining("/models/missing.fpm");
    }
}
