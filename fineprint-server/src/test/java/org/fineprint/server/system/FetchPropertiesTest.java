package org.fineprint.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.fineprint.fetch.FetchSettings;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class FetchPropertiesTest {

    @Test
    void unsetValuesTakeTheEngineDefaults() {
        FetchSettings settings = new FetchProperties(false, null, null, null, null, null, null, null, true,
                new FetchProperties.Browser(null, null)).toSettings();

        assertThat(settings.timeout()).isEqualTo(FetchSettings.DEFAULT_TIMEOUT);
        assertThat(settings.maxBytes()).isEqualTo(FetchSettings.DEFAULT_MAX_BYTES);
        assertThat(settings.hostDelay()).isEqualTo(FetchSettings.DEFAULT_HOST_DELAY);
        assertThat(settings.userAgent()).isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
        assertThat(settings.allowPrivateNetwork()).isFalse();
        assertThat(settings.respectRobotsTxt()).isTrue();
    }

    @Test
    void setValuesWin() {
        FetchSettings settings = new FetchProperties(true, Duration.ofSeconds(5), Duration.ofSeconds(2),
                DataSize.ofMegabytes(1), 2, Duration.ZERO, "Test/1", "fr", false,
                new FetchProperties.Browser(null, Duration.ofSeconds(9))).toSettings();

        assertThat(settings.allowPrivateNetwork()).isTrue();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.maxBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.maxRedirects()).isEqualTo(2);
        assertThat(settings.hostDelay()).isZero();
        assertThat(settings.userAgent()).isEqualTo("Test/1");
        assertThat(settings.acceptLanguage()).isEqualTo("fr");
        assertThat(settings.respectRobotsTxt()).isFalse();
        assertThat(settings.browserTimeout()).isEqualTo(Duration.ofSeconds(9));
    }
}
