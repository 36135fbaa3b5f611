package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProseGuardTest {

    @Test
    void leavesOrdinaryProseAlone() {
        String text = "The service may close your account at any time. Disputes go to arbitration in Singapore.";

        assertThat(ProseGuard.mentionsReading(text)).isFalse();
        assertThat(ProseGuard.clean(text)).contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This excerpt says the service may sell data.",
        "The provided text lets the service change prices.",
        "In the section provided, arbitration is mandatory.",
        "The text above does not mention refunds.",
        "Chunk 3 covers cookies.",
        "The passage shows that data is kept for ever.",
        "This is part 2 of 5 of the terms."})
    void detectsProseAboutWhatTheModelWasShown(String text) {
        assertThat(ProseGuard.mentionsReading(text)).isTrue();
        ProseGuard.clean(text).ifPresent(t -> assertThat(ProseGuard.mentionsReading(t)).as(t).isFalse());
    }

    @Test
    void rewritesPhrasesThatStandForTheDocumentKeepingCapitals() {
        assertThat(ProseGuard.clean("This excerpt says the service may sell data."))
                .contains("The document says the service may sell data.");
        assertThat(ProseGuard.clean("Nothing in the provided text limits this."))
                .contains("Nothing in the document limits this.");
    }

    @Test
    void dropsSentencesThatStillGiveTheReadingAway() {
        assertThat(ProseGuard.clean("Chunk 3 covers cookies. Cookies track you across sites."))
                .contains("Cookies track you across sites.");
        assertThat(ProseGuard.clean("Chunk 3 covers cookies.")).isEmpty();
    }
}
