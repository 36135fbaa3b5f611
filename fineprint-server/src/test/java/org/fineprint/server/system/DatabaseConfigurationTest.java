package org.fineprint.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseConfigurationTest {

    @Test
    void logsExternalUrlsWithoutTheirParameters() {
        assertThat(DatabaseConfiguration.redact("jdbc:postgresql://db:5432/fineprint?password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/fineprint?…");
        assertThat(DatabaseConfiguration.redact("jdbc:postgresql://db/fineprint")).isEqualTo("jdbc:postgresql://db/fineprint");
    }

    @Test
    void embeddedServerLogSitsBesideItsDataDirectory() {
        assertThat(EmbeddedPostgresServer.logFile(java.nio.file.Path.of("/srv/data/postgres")))
                .isEqualTo(java.nio.file.Path.of("/srv/data/postgres.log"));
    }
}
