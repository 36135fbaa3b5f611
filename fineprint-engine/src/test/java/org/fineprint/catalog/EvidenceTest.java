package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceTest {
    private static boolean supports(Evidence evidence, String clause) {
        return evidence.supports(CueMatcher.normalize(clause));
    }

    @Test
    void needsAWordThatBeginsWithASubjectWord() {
        Evidence messages = new Evidence(List.of("messag", "chat"), List.of(), List.of(), false);

        assertThat(supports(messages, "We may read your Messages and chats.")).isTrue();
        assertThat(supports(messages, "We use cloud hosting providers such as Alibaba Cloud.")).isFalse();
        assertThat(supports(messages, "See our submessage policy.")).as("inside a word").isFalse();
    }

    @Test
    void anAffirmativeCaseIsNotStatedByASentenceThatDeniesIt() {
        Evidence sensitive = new Evidence(List.of("health", "sensitive"), List.of(), List.of(), true);

        assertThat(supports(sensitive, "We do not use health data for advertising.")).isFalse();
        assertThat(supports(sensitive, "We don't share sensitive data. We never sell it.")).isFalse();
        assertThat(supports(sensitive, "We do not sell data. We use health data to target ads.")).isTrue();
        assertThat(supports(new Evidence(List.of("health"), List.of(), List.of(), false), "We do not use health data for ads."))
                .as("not affirmative").isTrue();
    }

    @Test
    void aSecondGroupOfWordsMustAlsoBeThere() {
        Evidence read = new Evidence(List.of("messag"), List.of("read", "scan"), List.of(), true);

        assertThat(supports(read, "Text channels let users exchange messages and images.")).isFalse();
        assertThat(supports(read, "We may scan messages for spam.")).isTrue();
        assertThat(supports(read, "We may scan files. We store messages.")).as("both in one sentence").isFalse();
    }

    @Test
    void aWordOfAnotherMatterRulesTheClauseOut() {
        Evidence sold = new Evidence(List.of("sell"), List.of(), List.of("merger", "acquisition"), false);

        assertThat(supports(sold, "We may sell your personal information to advertisers.")).isTrue();
        assertThat(supports(sold, "In a merger we might sell or buy businesses and your data goes with them.")).isFalse();
        assertThat(supports(new Evidence(List.of("messag"), List.of("read"), List.of(), true),
                "Meta cannot read the messages you have shared.")).as("cannot is a negation").isFalse();
    }

    @Test
    void anyClauseWillDoWithoutARequirement() {
        assertThat(supports(Evidence.ANY, "Anything at all.")).isTrue();
        assertThat(supports(new Evidence(List.of(), List.of(), List.of(), true), "We do not do that.")).isFalse();
        assertThat(supports(new Evidence(List.of(), List.of(), List.of(), true), "We do that.")).isTrue();
    }
}
