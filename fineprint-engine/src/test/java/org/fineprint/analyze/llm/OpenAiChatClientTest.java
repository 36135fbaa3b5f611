package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class OpenAiChatClientTest {

    @Test
    void readsRetryAfterAsSecondsOrAsADate() {
        assertThat(OpenAiChatClient.retryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(OpenAiChatClient.retryAfter("0.5")).contains(Duration.ofMillis(500));
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
        assertThat(OpenAiChatClient.retryAfter(inAMinute)).hasValueSatisfying(d -> assertThat(d)
                .isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61)));
        assertThat(OpenAiChatClient.retryAfter("soon")).isEmpty();
        assertThat(OpenAiChatClient.retryAfter(null)).isEmpty();
    }

    @Test
    void backsOffExponentiallyUpToTheCap() {
        assertThat(OpenAiChatClient.backoff(0)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
        assertThat(OpenAiChatClient.backoff(3)).isBetween(Duration.ofMillis(6400), Duration.ofMillis(9600));
        assertThat(OpenAiChatClient.backoff(10)).isLessThanOrEqualTo(OpenAiChatClient.MAX_BACKOFF);
    }
}
