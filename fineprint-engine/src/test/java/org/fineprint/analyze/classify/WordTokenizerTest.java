package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void givesTheSameTokensForTheLexGlueFormAndTheOriginalSentence() {
        String lexglue = "com -lrb- the `` site '' -rrb- , owned and operated by 9gag , inc , is to provide web "
                + "publishing services .";
        String original = "com (the “Site”), owned and operated by 9GAG, Inc, is to provide web publishing services.";

        assertThat(WordTokenizer.tokens(lexglue)).isEqualTo(WordTokenizer.tokens(original))
                .containsExactly("com", "the", "site", "owned", "and", "operated", "by", "9", "gag", "inc", "is", "to",
                        "provide", "web", "publishing", "services");
    }

    @Test
    void readsNegationCliticsAndCannotAsNot() {
        assertThat(WordTokenizer.tokens("we ca n't and can not guarantee ; you do n't"))
                .isEqualTo(WordTokenizer.tokens("We can’t and cannot guarantee; you don't"))
                .containsExactly("we", "ca", "not", "and", "can", "not", "guarantee", "you", "do", "not");
    }

    @Test
    void splitsBetweenLettersAndDigits() {
        assertThat(WordTokenizer.tokens("at 10:00am UTC, see §12.3(b)"))
                .containsExactly("at", "10", "00", "am", "utc", "see", "12", "3", "b");
    }

    @Test
    void dropsSquareBracketTokensAndPossessives() {
        assertThat(WordTokenizer.tokens("airbnb 's -lsb- sole -rsb- discretion"))
                .isEqualTo(WordTokenizer.tokens("Airbnb’s [sole] discretion"))
                .containsExactly("airbnb", "s", "sole", "discretion");
    }

    @Test
    void returnsNoTokensForPunctuationOnly() {
        assertThat(WordTokenizer.tokens(" -- ... ;")).isEmpty();
        assertThat(WordTokenizer.tokens("")).isEmpty();
    }

    @Test
    void foldsCompatibilityCharacters() {
        assertThat(WordTokenizer.tokens("ﬁnal ＴＥＲＭＳ")).containsExactly("final", "terms");
    }
}
