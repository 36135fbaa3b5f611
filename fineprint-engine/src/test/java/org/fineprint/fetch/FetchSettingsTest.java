package org.fineprint.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetchSettingsTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreSafeAndPolite() {
        FetchSettings defaults = FetchSettings.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.hostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.acceptLanguage()).isEqualTo("en");
        assertThat(defaults.allowPrivateNetwork()).isFalse();
        assertThat(defaults.respectRobotsTxt()).isTrue();
        assertThat(defaults.browserTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void userAgentNamesTheProductVersionAndProject() {
        assertThat(FetchSettings.DEFAULT_USER_AGENT)
                .matches("Fineprint/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(\\+https://github\\.com/fineprint/fineprint; "
                        + "legal-document archiver\\)");
    }

    @Test
    void findsTheFirstInstalledBrowserOnThePath() throws IOException {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path chrome = executable(bin.resolve("google-chrome"));
        executable(bin.resolve("chromium-browser"));

        assertThat(FetchSettings.findBrowser(List.of("/nonexistent/chromium", "chromium-browser", "google-chrome"),
                "/nowhere:" + bin)).isEqualTo(bin.resolve("chromium-browser"));
        assertThat(FetchSettings.findBrowser(List.of("google-chrome"), bin.toString())).isEqualTo(chrome);
        assertThat(FetchSettings.findBrowser(List.of("chromium"), bin.toString())).isNull();
        assertThat(FetchSettings.findBrowser(List.of("chromium"), null)).isNull();
    }

    @Test
    void rejectsNonsense() {
        FetchSettings defaults = FetchSettings.defaults();

        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxBytes(0));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withTimeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withHostDelay(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxRedirects(-1));
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
