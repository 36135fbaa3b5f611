package org.fineprint.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.fineprint.server.system.TrackProperties;
import org.junit.jupiter.api.Test;

class ScheduleTrackingTaskTest {
    private static final TrackProperties PROPERTIES = new TrackProperties(true, Duration.ofHours(24),
            Duration.ofMinutes(10), Duration.ofHours(1));
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @Test
    void firstRunIsOneIntervalAfterTheDocumentWasAdded() {
        Instant added = NOW.minus(Duration.ofHours(2));

        assertThat(ScheduleTrackingTask.firstRun(added, NOW, PROPERTIES)).isEqualTo(added.plus(Duration.ofHours(24)));
    }

    @Test
    void overdueDocumentsAreSpreadOverTheNextReconcileInterval() {
        Instant added = NOW.minus(Duration.ofDays(30));

        for (int i = 0; i < 50; i++) {
            assertThat(ScheduleTrackingTask.firstRun(added, NOW, PROPERTIES))
                    .isBetween(NOW, NOW.plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void onlyFetchFailuresThatMayPassAreRetriedSooner() {
        assertThat(TrackDocumentTask.isTransient("timeout")).isTrue();
        assertThat(TrackDocumentTask.isTransient("server-error")).isTrue();
        assertThat(TrackDocumentTask.isTransient("not-found")).isFalse();
        assertThat(TrackDocumentTask.isTransient("selector-matched-nothing")).isFalse();
    }
}
