package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureAssemblerTest {
    private static final SparseVector SELF = new SparseVector(new int[] {0, 3}, new float[] {0.6f, 0.8f});
    private static final SparseVector PREVIOUS = new SparseVector(new int[] {1, 3}, new float[] {1f, 1f});
    private static final SparseVector NEXT = new SparseVector(new int[] {3}, new float[] {0.5f});

    @Test
    void laysOutTfidfThenEmbeddingThenNeighbours() {
        FeatureAssembler assembler = new FeatureAssembler(new FeatureSpec(true, 2.0, 0.5), 4, 2);

        SparseVector x = assembler.assemble(SELF, new float[] {0.25f, 0f}, PREVIOUS, NEXT);

        assertThat(assembler.dimension()).isEqualTo(10);
        assertThat(x.indices()).containsExactly(0, 3, 4, 7, 9);
        assertThat(x.values()).containsExactly(0.6f, 0.8f, 0.5f, 0.5f, 0.75f);
    }

    @Test
    void leavesOutTheBlocksTheSpecDoesNotUse() {
        FeatureAssembler assembler = new FeatureAssembler(new FeatureSpec(false, 1.0, 0), 4, 2);

        SparseVector x = assembler.assemble(SELF, new float[] {0.25f, -0.5f}, PREVIOUS, NEXT);

        assertThat(assembler.dimension()).isEqualTo(2);
        assertThat(x.indices()).containsExactly(0, 1);
        assertThat(x.values()).containsExactly(0.25f, -0.5f);
    }

    @Test
    void treatsMissingNeighboursAsEmpty() {
        FeatureAssembler assembler = new FeatureAssembler(new FeatureSpec(true, 0, 1.0), 4, 0);

        SparseVector x = assembler.assemble(SELF, null, null, NEXT);

        assertThat(x.indices()).containsExactly(0, 3, 7);
    }
}
