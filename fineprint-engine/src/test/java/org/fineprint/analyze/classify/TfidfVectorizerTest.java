package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TfidfVectorizerTest {
    private static final List<List<String>> TEXTS = List.of(
            WordTokenizer.tokens("we may terminate your account"),
            WordTokenizer.tokens("we may change these terms"),
            WordTokenizer.tokens("you may terminate at any time"));

    @Test
    void keepsWordsAndPairsSeenInEnoughTexts() {
        TfidfVectorizer v = TfidfVectorizer.fit(TEXTS, new TfidfSettings(2, 0, 0, 2, 100, true));

        assertThat(v.terms()).containsExactly("may", "may terminate", "terminate", "we", "we may");
    }

    @Test
    void weighsRareTermsHigherAndNormalisesToUnitLength() {
        TfidfVectorizer v = TfidfVectorizer.fit(TEXTS, new TfidfSettings(1, 0, 0, 1, 100, true));

        SparseVector x = v.transform("We may terminate your account.");

        assertThat(x.norm()).isCloseTo(1.0, within(1e-6));
        float may = x.values()[indexOf(x, v.terms().indexOf("may"))];
        float account = x.values()[indexOf(x, v.terms().indexOf("account"))];
        assertThat(account).isGreaterThan(may);
        // smooth idf: ln((1 + n) / (1 + df)) + 1
        assertThat(v.idf()[v.terms().indexOf("may")]).isCloseTo(1.0f, within(1e-6f));
        assertThat(v.idf()[v.terms().indexOf("account")]).isCloseTo((float) (Math.log(4.0 / 2.0) + 1), within(1e-6f));
    }

    @Test
    void keepsTheMostFrequentTermsWhenTheVocabularyIsCapped() {
        TfidfVectorizer v = TfidfVectorizer.fit(TEXTS, new TfidfSettings(1, 0, 0, 1, 2, true));

        assertThat(v.terms()).containsExactly("may", "terminate");
    }

    @Test
    void addsCharacterNgramsInsideWords() {
        TfidfVectorizer v = TfidfVectorizer.fit(List.of(List.of("law"), List.of("laws")), new TfidfSettings(1, 3, 3, 2, 100, true));

        assertThat(v.terms()).containsExactly("#<la", "#law");
    }

    @Test
    void givesAnEmptyVectorWhenNoTermIsKnown() {
        TfidfVectorizer v = TfidfVectorizer.fit(TEXTS, TfidfSettings.DEFAULT);

        assertThat(v.transform("Completely unrelated words").size()).isZero();
    }

    private static int indexOf(SparseVector x, int feature) {
        for (int k = 0; k < x.size(); k++) {
            if (x.indices()[k] == feature) {
                return k;
            }
        }
        throw new AssertionError("feature " + feature + " missing");
    }
}
