package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueMatcherTest {

    @Test
    void matchesCuesAsWholeWordsIgnoringCaseAndSpacing() {
        String text = CueMatcher.normalize("The Service is provided \"AS IS\"\n and   AS AVAILABLE.");

        assertThat(CueMatcher.contains(text, "as is")).isTrue();
        assertThat(CueMatcher.contains(text, "and as available")).isTrue();
        assertThat(CueMatcher.contains(CueMatcher.normalize("It has issues"), "as is")).isFalse();
        assertThat(CueMatcher.contains(CueMatcher.normalize("arbitrators"), "arbitrator")).isFalse();
    }

    @Test
    void matchesWordBeginningsOnlyAtTheStartOfAWord() {
        String text = CueMatcher.normalize("We may read your Messages; see the submessage list.");

        assertThat(CueMatcher.beginsAWord(text, "messag")).isTrue();
        assertThat(CueMatcher.beginsAWord(CueMatcher.normalize("See the submessage list."), "messag")).isFalse();
        assertThat(CueMatcher.contains(text, "messag")).as("not a whole word").isFalse();
    }

    @Test
    void treatsTypographicApostrophesAsPlainOnes() {
        String text = CueMatcher.normalize("reasonable attorneys\u2019 fees");

        assertThat(CueMatcher.contains(text, "reasonable attorneys' fees")).isTrue();
    }

    @Test
    void findsTheCuesOfACaseInText() {
        Case arbitration = CaseCatalog.builtIn().byId("arbitration-mandatory").orElseThrow();

        assertThat(CueMatcher.cuesIn(arbitration,
                "Disputes will be resolved by BINDING ARBITRATION administered by JAMS."))
                .containsExactly("binding arbitration", "resolved by binding arbitration", "jams");
        assertThat(CueMatcher.cuesIn(arbitration, "These terms are governed by Irish law.")).isEmpty();
    }
}
