package org.fineprint.server.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.archive.FetchAttempt.Outcome;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentDetails;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The tracker against a local web server, with the engine's real fetcher and extractor; run on the
 * embedded and the external PostgreSQL. The test contexts allow private addresses and have no host delay.
 */
@RecordApplicationEvents
abstract class TrackerContract {
    static LocalWebServer web;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Tracker tracker;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    VersionRepository versions;
    @Autowired
    FetchAttemptRepository attempts;
    @Autowired
    SnapshotRepository snapshots;

    @BeforeAll
    static void startWebServer() {
        web = LocalWebServer.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.close();
    }

    @Test
    void aPageWhoseTextChangesGetsExactlyOneNewVersion() {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", page("You must be nice to other members."));
        Document document = declared(path, "{}");

        TrackResult first = tracker.track(document.id());
        TrackResult same = tracker.track(document.id());
        web.page(path, "text/html; charset=utf-8", page("You must be very nice to other members."));
        TrackResult changed = tracker.track(document.id());
        TrackResult sameAgain = tracker.track(document.id());

        assertThat(List.of(first, same, changed, sameAgain)).extracting(TrackResult::outcome)
                .containsExactly(Outcome.NEW_VERSION, Outcome.UNCHANGED, Outcome.NEW_VERSION, Outcome.UNCHANGED);
        List<StoredVersion> all = versions.findAllByDocumentId(document.id());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).text()).contains("You must be nice to other members.");
        assertThat(all.get(1).text()).contains("You must be very nice to other members.");
        assertThat(all).allSatisfy(v -> {
            assertThat(v.origin()).isEqualTo(Origin.FETCH);
            assertThat(v.snapshotSha256s()).hasSize(1);
        });
        StoredSnapshot snapshot = snapshots.findBySha256(all.get(1).snapshotSha256s().getFirst()).orElseThrow();
        assertThat(new String(snapshot.content(), StandardCharsets.UTF_8)).contains("very nice");
        assertThat(attempts.findAllByDocumentId(document.id())).extracting(FetchAttempt::outcome)
                .containsExactly(Outcome.UNCHANGED, Outcome.NEW_VERSION, Outcome.UNCHANGED, Outcome.NEW_VERSION);
        assertThat(attempts.findLatestByDocumentId(document.id()).orElseThrow().httpStatus()).isEqualTo(200);
        assertThat(events.stream(TrackingEvent.class).filter(e -> e.documentId() == document.id()))
                .extracting(e -> (Object) e.getClass())
                .containsExactly(TrackingEvent.VersionRecorded.class, TrackingEvent.VersionUnchanged.class,
                        TrackingEvent.VersionRecorded.class, TrackingEvent.VersionUnchanged.class);
    }

    @Test
    void aChangedLastUpdatedStampAloneIsNotANewVersion() {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", page("Last updated: March 3, 2025", "Be nice."));
        Document document = declared(path, "{}");
        tracker.track(document.id());

        web.page(path, "text/html; charset=utf-8", page("Last updated: April 1, 2026", "Be nice."));
        TrackResult restamped = tracker.track(document.id());

        assertThat(restamped.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(versions.countByDocumentId(document.id())).isEqualTo(1);
    }

    private static final String CLEAN_PAGE = page(
            "<p class=\"intro\" id=\"p1\">You must be nice to other members.</p>",
            "<p>Read our <a href=\"https://example.com/privacy\" class=\"link\" title=\"Privacy\">privacy policy</a>.</p>");

    static Stream<Arguments> noise() {
        return Stream.of(
                Arguments.of("whitespace", page(
                        "\n  <p class=\"intro\"   id=\"p1\">You must be   nice\n   to other members. </p>\n",
                        "<p>Read   our\n<a href=\"https://example.com/privacy\" class=\"link\" title=\"Privacy\">privacy policy</a>.</p>\n")),
                Arguments.of("nbsp", page(
                        "<p class=\"intro\" id=\"p1\">You must be&nbsp;nice to\u00a0other members.</p>",
                        "<p>Read our <a href=\"https://example.com/privacy\" class=\"link\" title=\"Privacy\">privacy&#160;policy</a>.</p>")),
                Arguments.of("zero-width characters", page(
                        "<p class=\"intro\" id=\"p1\">You must\u200b be nice to other\ufeff mem\u200cbers.</p>",
                        "<p>Read our <a href=\"https://example.com/privacy\" class=\"link\" title=\"Privacy\">privacy policy</a>.</p>")),
                Arguments.of("tracking parameters", page(
                        "<p class=\"intro\" id=\"p1\">You must be nice to other members.</p>",
                        "<p>Read our <a href=\"https://example.com/privacy?utm_source=news&amp;utm_medium=email&amp;fbclid=abc\" "
                                + "class=\"link\" title=\"Privacy\">privacy policy</a>.</p>")),
                Arguments.of("reordered attributes", page(
                        "<p id=\"p1\" class=\"intro-v2\">You must be nice to other members.</p>",
                        "<p>Read our <a title=\"Privacy\" class=\"lnk\" href=\"https://example.com/privacy\">privacy policy</a>.</p>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noise")
    void pureNoiseNeverBecomesANewVersion(String noise, String noisyPage) {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", CLEAN_PAGE);
        Document document = declared(path, "{}");
        assertThat(tracker.track(document.id()).outcome()).isEqualTo(Outcome.NEW_VERSION);

        web.page(path, "text/html; charset=utf-8", noisyPage);
        TrackResult noisy = tracker.track(document.id());

        assertThat(noisy.outcome()).as(noise + ": " + attempts.findLatestByDocumentId(document.id()).orElseThrow())
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(versions.countByDocumentId(document.id())).as(noise).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"403, forbidden", "404, not-found", "500, server-error"})
    void anHttpErrorIsRecordedWithItsKindAndNeverBecomesAVersion(int status, String kind) {
        String path = "/" + TestNames.unique("terms");
        web.respond(path, status, "text/html", page("Error " + status).getBytes(StandardCharsets.UTF_8));
        Document document = declared(path, "{}");

        TrackResult result = tracker.track(document.id());

        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.errorKind()).isEqualTo(kind);
        FetchAttempt attempt = attempts.findLatestByDocumentId(document.id()).orElseThrow();
        assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(attempt.errorKind()).isEqualTo(kind);
        assertThat(attempt.httpStatus()).isEqualTo(status);
        assertThat(attempt.message()).startsWith("Fetch failed:").contains(path).doesNotContain("\n");
        assertThat(versions.countByDocumentId(document.id())).isZero();
        assertThat(documents.findById(document.id()).orElseThrow().lastCheckedAt()).isNull();
        assertThat(events.stream(TrackingEvent.TrackingFailed.class)).singleElement()
                .satisfies(e -> assertThat(e.errorKind()).isEqualTo(kind));
    }

    @Test
    void aTimeoutIsRecordedAsSuch() {
        String path = "/" + TestNames.unique("slow");
        web.handle(path, exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalWebServer.send(exchange, 200, "text/html", page("Too late.").getBytes(StandardCharsets.UTF_8));
        });
        Document document = declared(path, "{}");

        TrackResult result = tracker.track(document.id());

        assertThat(result.errorKind()).isEqualTo("timeout");
        assertThat(versions.countByDocumentId(document.id())).isZero();
    }

    @Test
    void aPageRobotsTxtDisallowsIsNotFetched() {
        try (LocalWebServer site = LocalWebServer.start()) {
            site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
            site.page("/private/terms", "text/html", page("Secret terms."));
            Document document = declaredAt(site.url("/private/terms").toString(), "{}");

            TrackResult result = tracker.track(document.id());

            assertThat(result.errorKind()).isEqualTo("robots-disallowed");
            assertThat(site.requests("/private/terms")).isEmpty();
            assertThat(versions.countByDocumentId(document.id())).isZero();
        }
    }

    @Test
    void aSelectorThatMatchesNothingIsAnExtractionFailure() {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", page("No terms container here."));
        Document document = declared(path, "{\"select\": [\".terms-container\"]}");

        TrackResult result = tracker.track(document.id());

        assertThat(result.errorKind()).isEqualTo("selector-matched-nothing");
        FetchAttempt attempt = attempts.findLatestByDocumentId(document.id()).orElseThrow();
        assertThat(attempt.httpStatus()).isEqualTo(200);
        assertThat(attempt.message()).startsWith("Extract failed:");
        assertThat(versions.countByDocumentId(document.id())).isZero();
    }

    @Test
    void aFailureKeepsTheGoodDataThatWasThere() {
        String path = "/" + TestNames.unique("terms");
        web.page(path, "text/html; charset=utf-8", page("The good terms."));
        Document document = declared(path, "{}");
        StoredVersion good = versions.findById(tracker.track(document.id()).versionId()).orElseThrow();
        Document before = documents.findById(document.id()).orElseThrow();

        web.respond(path, 503, "text/html", page("Down for maintenance.").getBytes(StandardCharsets.UTF_8));
        TrackResult failed = tracker.track(document.id());

        assertThat(failed.errorKind()).isEqualTo("server-error");
        assertThat(versions.findAllByDocumentId(document.id())).containsExactly(good);
        Document after = documents.findById(document.id()).orElseThrow();
        assertThat(after.lastChangedAt()).isEqualTo(before.lastChangedAt());
        assertThat(after.lastCheckedAt()).isEqualTo(before.lastCheckedAt());
        assertThat(attempts.findAllByDocumentId(document.id())).extracting(FetchAttempt::outcome)
                .containsExactly(Outcome.FAILED, Outcome.NEW_VERSION);
    }

    private Document declared(String path, String rules) {
        return declaredAt(web.url(path).toString(), rules);
    }

    /** A document whose declaration fetches {@code url} with extra {@code rules}, never through a browser. */
    private Document declaredAt(String url, String rules) {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Site")));
        String extra = rules.strip().replaceAll("^\\{|}$", "").strip();
        String declaration = "{\"fetch\": \"" + url + "\", \"executeClientScripts\": false"
                + (extra.isEmpty() ? "" : ", " + extra) + "}";
        return documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms of Service", url, null,
                "en", declaration));
    }

    private static String page(String... paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Terms</title></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><main><h1>Terms of Service</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</main><footer>© Example</footer></body></html>").toString();
    }
}
