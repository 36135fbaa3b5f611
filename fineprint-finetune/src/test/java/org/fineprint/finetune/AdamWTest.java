package org.fineprint.finetune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdamWTest {
    @BeforeAll
    static void djl() {
        DjlSettings.apply();
    }

    @Test
    void minimisesAQuadraticAndDecaysOnlyMatrices() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray matrix = manager.create(new float[][] {{0f, 10f}, {-4f, 1f}});
            NDArray bias = manager.create(new float[] {5f, -5f});
            matrix.setRequiresGradient(true);
            bias.setRequiresGradient(true);
            AdamW adam = new AdamW(List.of(matrix, bias), List.of(0.1f, 0.1f), 0f);
            for (int step = 0; step < 500; step++) {
                try (NDManager scratch = manager.newSubManager();
                        GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = Bert.own(scratch, matrix.sub(3f)).square().sum()
                            .add(Bert.own(scratch, bias.add(2f)).square().sum());
                    gc.backward(loss);
                }
                adam.step(1f);
            }
            for (float v : matrix.toFloatArray()) {
                assertThat(v).isCloseTo(3f, offset(0.05f));
            }
            for (float v : bias.toFloatArray()) {
                assertThat(v).isCloseTo(-2f, offset(0.05f));
            }

            NDArray decayed = manager.create(new float[][] {{1f}});
            NDArray kept = manager.create(new float[] {1f});
            decayed.setRequiresGradient(true);
            kept.setRequiresGradient(true);
            AdamW decay = new AdamW(List.of(decayed, kept), List.of(0.1f, 0.1f), 0.5f);
            try (NDManager scratch = manager.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Bert.own(scratch, decayed.mul(0f)).sum().add(Bert.own(scratch, kept.mul(0f)).sum()));
            }
            decay.step(1f); // zero gradients: only the decay moves anything
            assertThat(decayed.toFloatArray()[0]).isCloseTo(0.95f, offset(1e-6f));
            assertThat(kept.toFloatArray()[0]).isEqualTo(1f);
        }
    }

    @Test
    void skipsAStepWithAnInfiniteGradientAndRecoversOnTheNext() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray w = manager.create(new float[][] {{1f, 2f}});
            w.setRequiresGradient(true);
            AdamW adam = new AdamW(List.of(w), List.of(0.1f), 0f);
            try (NDManager scratch = manager.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Bert.own(scratch, w.mul(Float.POSITIVE_INFINITY)).sum());
            }
            assertThat(adam.step(1f)).isFalse();
            assertThat(w.toFloatArray()).containsExactly(1f, 2f);
            assertThat(w.getGradient().toFloatArray()).containsExactly(0f, 0f);

            try (NDManager scratch = manager.newSubManager();
                    GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(Bert.own(scratch, w.mul(100f)).sum()); // gradient norm 141: clipped to 1
            }
            assertThat(adam.step(1f)).isTrue();
            // Adam's first step moves every weight by the learning rate, whatever the gradient's size
            assertThat(w.toFloatArray()[0]).isCloseTo(0.9f, offset(1e-4f));
            assertThat(w.toFloatArray()[1]).isCloseTo(1.9f, offset(1e-4f));
            assertThat(w.getGradient().toFloatArray()).containsExactly(0f, 0f);
        }
    }
}
