package org.fineprint.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NormalizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u1680", "\u2000", "\u2005", "\u200A", "\u202F", "\u205F", "\u3000", "\t"})
    void turnsEveryUnicodeSpaceIntoAPlainSpace(String space) {
        assertThat(Normalizer.normalize("a" + space + "b")).isEqualTo("a b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"})
    void removesZeroWidthCharactersAndSoftHyphens(String invisible) {
        assertThat(Normalizer.normalize("priv" + invisible + "acy")).isEqualTo("privacy");
    }

    @Test
    void keepsSmartQuotesDashesAndEmoji() {
        String text = "“Terms” – ‘we’ — you… 👍🏽 𝔘";
        assertThat(Normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void composesToNfc() {
        assertThat(Normalizer.normalize("e\u0301te\u0301")).isEqualTo("\u00E9t\u00E9");
    }

    @Test
    void turnsEveryLineEndingIntoLineFeed() {
        assertThat(Normalizer.normalize("a\r\nb\rc\u2028d\u0085e")).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void removesControlCharactersAndUnpairedSurrogates() {
        assertThat(Normalizer.normalize("a\u0000b\u0007c\u001Bd\u007Fe\uD800f\uDC00g")).isEqualTo("abcdefg");
    }

    @Test
    void collapsesSpacesTrimsLineEndsAndKeepsIndentation() {
        assertThat(Normalizer.normalize("a   b  \n   * nested   item  ")).isEqualTo("a b\n   * nested item");
    }

    @Test
    void keepsAtMostOneBlankLineAndNoneAtTheEdges() {
        assertThat(Normalizer.normalize("\n \n# Title\n\n\n  \n\nBody\n\n")).isEqualTo("# Title\n\nBody");
    }

    @Test
    void dropsEmptyHeadingsListItemsAndLinks() {
        assertThat(Normalizer.normalize("# \n##\n* \n-\n1.\n  * 2.\nSee [](https://x.example) here [ ](y)\n[real](z)"))
                .isEqualTo("See here\n[real](z)");
    }

    @Test
    void keepsRulesOfDashesAndEqualSigns() {
        assertThat(Normalizer.normalize("Title\n=====\nSub\n---")).isEqualTo("Title\n=====\nSub\n---");
    }

    @Test
    void isIdempotent() {
        String alphabet = "ab é\u0301\u00A0\u200B\u00AD\t\n\r#*-1.[]()👍\uD83D\u0000 \u3000";
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = Normalizer.normalize(s.toString());
            assertThat(Normalizer.normalize(once)).as("normalising %s twice", s).isEqualTo(once);
        }
    }
}
