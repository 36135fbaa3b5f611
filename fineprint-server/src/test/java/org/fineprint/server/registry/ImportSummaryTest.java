package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    @Test
    void saysWhatHappenedInOneLine() {
        ImportSummary summary = new ImportSummary(3, 6, 5, 1, 0, 0, 0, List.of(), Duration.ofMillis(1234));

        assertThat(summary.line())
                .isEqualTo("Imported 3 services, 6 documents: 5 new versions, 1 unchanged, 0 failed (1.2 s)");
    }

    @Test
    void mentionsDeclaredAndSkippedOnlyWhenThereAreSome() {
        ImportSummary summary = new ImportSummary(1, 1, 1, 0, 2, 1, 1, List.of("x"), Duration.ofSeconds(2));

        assertThat(summary.line()).isEqualTo(
                "Imported 1 service, 1 document: 1 new version, 0 unchanged, 2 declared, 1 skipped, 1 failed (2.0 s)");
    }
}
