package org.fineprint.server.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.catalog.Sentiment;
import org.fineprint.report.Report;
import org.fineprint.server.DatabaseTest;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

@DatabaseTest
class PublishedReportsIT {
    @Autowired
    Reanalyzer reanalyzer;
    @Autowired
    AnalysisRepository analyses;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Archiver archiver;

    Service service;
    Report stored;

    @BeforeEach
    void analysedService() {
        service = new AnalysisFixtures(services, documents, archiver).serviceWithTermsAndPrivacy("pub");
        StoredAnalysis analysis = reanalyzer.reanalyze(service.id()).analysis();
        stored = analyses.findReport(analysis.id()).orElseThrow();
    }

    @Test
    void withoutAdjustersPublishesTheStoredReport() {
        PublishedReport report = reports().findByServiceId(service.id()).orElseThrow();

        assertThat(report.report()).isEqualTo(stored);
        assertThat(report.documentType(report.report().points().getFirst()).id()).isIn("terms", "privacy");
        assertThat(report.versionId("d0")).contains(report.analysis().inputVersionIds().getFirst());
    }

    @Test
    void appliesAdjustersInOrderThenRecomputesTheRating() {
        List<String> calls = new java.util.ArrayList<>();
        PublishedReports reports = reports(new DropNegatives(calls), new Rename(calls));

        Report adjusted = reports.findByServiceId(service.id()).orElseThrow().report();

        assertThat(calls).containsExactly("drop-negatives", "rename");
        assertThat(adjusted.points()).isNotEmpty().allMatch(p -> p.sentiment() != Sentiment.NEGATIVE)
                .allMatch(p -> p.title().startsWith("Checked: "));
        assertThat(adjusted.rating()).isEqualTo(new Rater().rate(adjusted.points()));
        assertThat(adjusted.rating().contributions()).extracting(Contribution::delta).allMatch(d -> d > 0);
        assertThat(stored.rating().score()).isNegative();
    }

    @Test
    void keepsAdjustedReportsWhileTheAdjustersStateStaysTheSame() {
        Counting counting = new Counting(service.id(), "v1");
        PublishedReports reports = reports(counting);

        reports.findByServiceId(service.id());
        reports.findByServiceId(service.id());
        reports.findAll();
        assertThat(counting.calls.get()).isEqualTo(1);

        counting.state = "v2";
        reports.findByServiceId(service.id());
        assertThat(counting.calls.get()).isEqualTo(2);
    }

    @Test
    void adjustsOnEveryUseWhenAnAdjusterCannotTellItsState() {
        Counting counting = new Counting(service.id(), null);
        PublishedReports reports = reports(counting);

        reports.findByServiceId(service.id());
        reports.findByServiceId(service.id());

        assertThat(counting.calls.get()).isEqualTo(2);
    }

    @Test
    void aNewAnalysisReplacesTheCachedReport() {
        PublishedReports reports = reports(new Counting(service.id(), "same"));
        long first = reports.findByServiceId(service.id()).orElseThrow().analysis().id();
        new AnalysisFixtures(services, documents, archiver).version(service,
                org.fineprint.registry.DocumentType.TERMS,
                AnalysisFixtures.text("terms.md") + "\nWe may sell your personal information.\n",
                AnalysisFixtures.TUESDAY);
        reanalyzer.reanalyze(service.id());

        long second = reports.findByServiceId(service.id()).orElseThrow().analysis().id();

        assertThat(second).isGreaterThan(first);
        assertThat(reports.findAll()).containsKey(service.id());
    }

    @Test
    void aServiceWithoutAnalysisHasNoPublishedReport() {
        Service fresh = new AnalysisFixtures(services, documents, archiver).service("none");

        assertThat(reports().findByServiceId(fresh.id())).isEmpty();
        assertThat(reports().findAll()).doesNotContainKey(fresh.id());
    }

    private PublishedReports reports(ReportAdjuster... adjusters) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        for (int i = 0; i < adjusters.length; i++) {
            beans.registerSingleton("adjuster" + i, adjusters[i]);
        }
        return new PublishedReports(analyses, beans.getBeanProvider(ReportAdjuster.class));
    }

    private static Report withPoints(Report report, List<Point> points) {
        return new Report(report.service(), report.rating(), report.overview(), report.documents(), points,
                report.analyzer(), report.elapsedMs());
    }

    @Order(2)
    record Rename(List<String> calls) implements ReportAdjuster {
        @Override
        public Report adjust(long serviceId, Report published) {
            calls.add("rename");
            return withPoints(published, published.points().stream().map(p -> new Point(p.caseId(),
                    "Checked: " + p.title(), p.sentiment(), p.severity(), p.document(), p.explanation(), p.quotes(),
                    p.confidence())).toList());
        }

        @Override
        public Object state() {
            return "fixed";
        }
    }

    @Order(1)
    record DropNegatives(List<String> calls) implements ReportAdjuster {
        @Override
        public Report adjust(long serviceId, Report published) {
            calls.add("drop-negatives");
            return withPoints(published, published.points().stream()
                    .filter(p -> p.sentiment() != Sentiment.NEGATIVE).toList());
        }

        @Override
        public Object state() {
            return "fixed";
        }
    }

    static final class Counting implements ReportAdjuster {
        final AtomicInteger calls = new AtomicInteger();
        final long serviceId;
        volatile @Nullable Object state;

        Counting(long serviceId, @Nullable Object state) {
            this.serviceId = serviceId;
            this.state = state;
        }

        @Override
        public Report adjust(long serviceId, Report published) {
            if (serviceId == this.serviceId) {
                calls.incrementAndGet();
            }
            return published;
        }

        @Override
        public @Nullable Object state() {
            return state;
        }
    }
}
