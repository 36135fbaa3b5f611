package org.fineprint.tools.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TextComparisonTest {

    @Test
    void ignoresMarkdownSyntaxThatOnlyOpenTermsArchiveWrites() {
        String theirs = "Terms\n=====\n\n**Last** _updated_\n\n1\\. Scope\n---------\n\n*   item one\n    \n*   item two\n\n"
                + "|     |     |\n| --- | --- |\n| a | b<br>c |\n\n![logo](x.png)";
        String ours = "# Terms\n\nLast updated\n\n## 1. Scope\n\n* item one\n* item two\n\n| a | b c |";
        TextComparison t = TextComparison.of(ours, theirs);
        assertThat(t.lineSimilarity()).isEqualTo(1.0);
        assertThat(t.wordF1()).isEqualTo(1.0);
        assertThat(t.oursHeadings()).isEqualTo(2).isEqualTo(t.theirsHeadings());
        assertThat(t.oursItems()).isEqualTo(2).isEqualTo(t.theirsItems());
    }

    @Test
    void measuresMissingAndExtraText() {
        TextComparison t = TextComparison.of("one two three\n\nfour", "one two three\n\nfive six");
        assertThat(t.lineSimilarity()).isCloseTo(0.5, within(1e-9));
        assertThat(t.wordPrecision()).isCloseTo(0.75, within(1e-9));
        assertThat(t.wordRecall()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void comparesWordsWhateverTheLineBreaks() {
        TextComparison t = TextComparison.of("a long sentence that wraps", "a long\nsentence that\nwraps");
        assertThat(t.wordSequenceSimilarity()).isEqualTo(1.0);
        assertThat(t.lineSimilarity()).isZero();
    }
}
