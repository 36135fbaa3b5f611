package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fineprint.analyze.llm.Chunker.Chunk;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.junit.jupiter.api.Test;

class ChunkerTest {
    private final Segmenter segmenter = new Segmenter();

    private List<Chunk> chunk(String text, int budget) {
        return Chunker.chunk(text, segmenter.segment(text), budget);
    }

    @Test
    void keepsAShortDocumentInOnePart() {
        String text = "# Terms\n\nShort terms.";

        assertThat(chunk(text, 1000)).containsExactly(new Chunk(0, 0, text.length()));
    }

    @Test
    void hasNoPartForAnEmptyDocument() {
        assertThat(chunk("", 1000)).isEmpty();
    }

    @Test
    void coversTheWholeTextWithContiguousPartsWithinTheBudget() {
        String text = LlmAnalyzerTest.LongDocuments.longTerms(200);

        List<Chunk> parts = chunk(text, 1000);

        assertThat(parts.size()).isGreaterThan(5);
        assertThat(parts.getFirst().start()).isZero();
        assertThat(parts.getLast().end()).isEqualTo(text.length());
        for (int i = 1; i < parts.size(); i++) {
            assertThat(parts.get(i).start()).isEqualTo(parts.get(i - 1).end());
        }
        assertThat(parts).allSatisfy(p -> assertThat(Tokens.weight(text, p.start(), p.end())).isLessThanOrEqualTo(1000));
    }

    @Test
    void cutsBeforeHeadingsWhenTheyAreInTheLastHalfOfThePart() {
        String text = LlmAnalyzerTest.LongDocuments.longTerms(200);

        List<Chunk> parts = chunk(text, 1000);

        assertThat(parts.subList(1, parts.size())).allSatisfy(p -> assertThat(text.startsWith("## ", p.start())).isTrue());
    }

    @Test
    void neverCutsInsideAClause() {
        String text = "A sentence that goes on for a while. ".repeat(2000);
        List<Clause> clauses = segmenter.segment(text);

        List<Chunk> parts = Chunker.chunk(text, clauses, 1000);

        assertThat(parts.size()).isGreaterThan(10);
        for (Chunk p : parts.subList(1, parts.size())) {
            assertThat(clauses).anySatisfy(c -> assertThat(c.start()).isEqualTo(p.start()));
        }
    }

    @Test
    void countsChineseCharactersAsATokenEach() {
        String text = "服务条款。".repeat(1000);

        List<Chunk> parts = chunk(text, 1000);

        assertThat(parts.size()).isGreaterThanOrEqualTo(5);
    }
}
