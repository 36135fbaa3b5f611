package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Sentiment;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.report.ReportJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class LlmAnalyzerTest {
    static final String TERMS = fixture("terms-en.md");
    static final String TERMS_FR = fixture("terms-fr.md");

    private final FakeLlmServer server = FakeLlmServer.start(new FakeModel());
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        server.close();
    }

    LlmSettings.Builder settings() {
        return LlmSettings.builder().baseUrl(server.baseUrl()).model("fake-model").timeout(Duration.ofSeconds(10))
                .maxRetries(2).maxConcurrency(2);
    }

    LlmAnalyzer analyzer(LlmSettings settings) {
        return analyzer(settings, LlmCache.NONE, null);
    }

    LlmAnalyzer analyzer(LlmSettings settings, LlmCache cache, @Nullable CaseDetector detector) {
        return new LlmAnalyzer(settings, cache, detector, CaseCatalog.builtIn(), waits::add);
    }

    static AnalysisRequest request(String... texts) {
        List<AnalysisRequest.SourceText> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(new AnalysisRequest.SourceText(DocumentType.TERMS, "Terms " + i, "terms" + i + ".md", texts[i]));
        }
        return new AnalysisRequest("Example", "Social", docs);
    }

    static String fixture(String name) {
        try (InputStream in = LlmAnalyzerTest.class.getResourceAsStream("/fixtures/llm/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules every report must keep: verbatim quotes, no point without one, no talk of excerpts. */
    static void assertTrustworthy(Report report, AnalysisRequest request) {
        for (Point p : report.points()) {
            String text = request.documents().get(Integer.parseInt(p.document().substring(1))).text();
            assertThat(p.quotes()).isNotEmpty();
            for (Quote q : p.quotes()) {
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            }
            assertThat(ProseGuard.mentionsReading(p.title())).as(p.title()).isFalse();
            assertThat(ProseGuard.mentionsReading(p.explanation())).as(p.explanation()).isFalse();
        }
        for (Report.Document d : report.documents()) {
            for (String b : d.summary()) {
                assertThat(ProseGuard.mentionsReading(b)).as(b).isFalse();
            }
        }
        assertThat(ProseGuard.mentionsReading(report.overview())).as(report.overview()).isFalse();
    }

    @Test
    void runsSummaryPointsAndOverviewAndReturnsAGroundedReport() {
        AnalysisRequest request = request(TERMS);

        Report report = analyzer(settings().build()).analyze(request);

        assertTrustworthy(report, request);
        assertThat(server.calls()).extracting(FakeLlmServer.Call::stage)
                .containsExactlyInAnyOrder("summary", "points", "overview");
        assertThat(server.calls("points").getFirst().responseFormat()).isEqualTo("json_schema");
        assertThat(report.analyzer().name()).isEqualTo("llm");
        assertThat(report.analyzer().model()).isEqualTo("fake-model");
        assertThat(report.documents().getFirst().summary()).hasSize(6).allMatch(b -> b.startsWith("Summary bullet"));
        assertThat(report.documents().getFirst().language()).isEqualTo("en");
        assertThat(report.points()).extracting(Point::caseId)
                .contains("arbitration-mandatory", "content-licence-broad", "courts-of-provider", "pseudonyms-allowed");
        assertThat(report.overview()).startsWith("The service's terms");
        assertThat(report.analyzer().grounding()).isEqualTo(new Report.Grounding(0, 0));
        assertThat(report.analyzer().usage().calls()).isEqualTo(3);
        assertThat(report.analyzer().usage().inputTokens()).isPositive();
        assertThat(report.analyzer().usage().costUsd()).isNull();
    }

    @Test
    void ratesWithTheSharedRaterAndKeepsCatalogueSentiments() {
        Report report = analyzer(settings().build()).analyze(request(TERMS));

        Rating expected = new Rater().rate(report.points());
        assertThat(report.rating()).isEqualTo(expected);
        Point arbitration = report.points().stream().filter(p -> p.caseId().equals("arbitration-mandatory")).findFirst()
                .orElseThrow();
        assertThat(arbitration.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(arbitration.quotes().getFirst().text()).contains("final and binding arbitration in Singapore");
    }

    @Test
    void writesTheSameReportShapeAsTheBuiltInAnalyser() {
        AnalysisRequest request = request(TERMS);
        ObjectNode local = ReportJson.toJson(new LocalAnalyzer(new CueDetector()).analyze(request));
        ObjectNode llm = ReportJson.toJson(analyzer(settings().build()).analyze(request));

        Set<String> localFields = fieldPaths(local, "");
        Set<String> llmFields = fieldPaths(llm, "");

        assertThat(llmFields).containsAll(localFields);
        assertThat(new TreeSet<>(llmFields)).filteredOn(f -> !localFields.contains(f))
                .containsExactly("analyzer.points_dropped", "analyzer.quotes_dropped", "analyzer.usage",
                        "analyzer.usage.cached_calls", "analyzer.usage.calls", "analyzer.usage.cost_usd",
                        "analyzer.usage.input_tokens", "analyzer.usage.output_tokens");
    }

    /** Every field name in a JSON tree, as dotted paths; array elements share their array's path. */
    static Set<String> fieldPaths(JsonNode node, String prefix) {
        Set<String> out = new TreeSet<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                out.add(path);
                out.addAll(fieldPaths(e.getValue(), path));
            });
        } else if (node.isArray()) {
            node.forEach(element -> out.addAll(fieldPaths(element, prefix + "[]")));
        }
        return out;
    }

    @Nested
    class MalformedAnswers {
        @Test
        void asksAgainOnceWhenTheAnswerIsNotJson() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("points") && n == 0
                    ? FakeLlmServer.Reply.ok(call, "Sure! Here are the points: {\"points\": [{\"case\": ")
                    : model.reply(call, n));
            AnalysisRequest request = request(TERMS);

            Report report = analyzer(settings().build()).analyze(request);

            List<FakeLlmServer.Call> points = server.calls("points");
            assertThat(points).hasSize(2);
            assertThat(points.get(1).messageCount()).isEqualTo(4);
            assertThat(points.get(1).lastMessage()).contains("could not be used").contains("not valid JSON");
            assertThat(report.points()).isNotEmpty();
            assertTrustworthy(report, request);
        }

        @Test
        void repairsCodeFencesAndTrailingCommasWithoutAskingAgain() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("overview")
                    ? FakeLlmServer.Reply.ok(call, "```json\n{\"overview\": \"Fenced overview in plain English.\",}\n```")
                    : model.reply(call, n));

            Report report = analyzer(settings().build()).analyze(request(TERMS));

            assertThat(server.calls("overview")).hasSize(1);
            assertThat(report.overview()).isEqualTo("Fenced overview in plain English.");
        }

        @Test
        void failsWithAClearMessageWhenTheSecondAnswerIsUnusableToo() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("summary")
                    ? FakeLlmServer.Reply.ok(call, "{\"summary\": \"wrong field\"}")
                    : model.reply(call, n));

            AnalysisException e = catchThrowableOfType(AnalysisException.class,
                    () -> analyzer(settings().build()).analyze(request(TERMS)));

            assertThat(e.getMessage()).startsWith("Analysis failed: the model's answer for summary of document d0 "
                    + "was unusable twice (the object has no \"bullets\" array)").endsWith("(service Example)");
            assertThat(server.calls("summary")).hasSize(2);
        }
    }

    @Nested
    class Grounding {
        @Test
        void dropsHallucinatedQuotesAndPointsLeftWithoutAny() {
            String real = "We do not sell your personal data.";
            server.respondWith((call, n) -> {
                if (!call.stage().equals("points")) {
                    return new FakeModel().reply(call, n);
                }
                ObjectNode answer = FakeModel.JSON.createObjectNode();
                answer.putArray("points")
                        .add(FakeModel.point("data-not-sold", "positive", 4, real,
                                "We will never share your data with anyone at all."))
                        .add(FakeModel.point("data-sold", "negative", 5, "We sell your browsing history to brokers."));
                return FakeLlmServer.Reply.ok(call, answer);
            });
            AnalysisRequest request = request(TERMS);

            Report report = analyzer(settings().build()).analyze(request);

            assertThat(report.points()).extracting(Point::caseId).containsExactly("data-not-sold");
            assertThat(report.points().getFirst().quotes()).extracting(Quote::text).containsExactly(real);
            assertThat(report.analyzer().grounding()).isEqualTo(new Report.Grounding(2, 1));
            JsonNode analyzerJson = ReportJson.toJson(report).path("analyzer");
            assertThat(analyzerJson.path("quotes_dropped").asInt()).isEqualTo(2);
            assertThat(analyzerJson.path("points_dropped").asInt()).isEqualTo(1);
            assertTrustworthy(report, request);
        }

        @Test
        void locatesQuotesTheModelRetypedWithOtherQuoteMarksAndCase() {
            server.respondWith((call, n) -> {
                if (!call.stage().equals("points")) {
                    return new FakeModel().reply(call, n);
                }
                ObjectNode answer = FakeModel.JSON.createObjectNode();
                answer.putArray("points").add(FakeModel.point("account-termination-without-notice", "negative", 4,
                        "we may suspend or terminate your account at any time, for any reason, without notice"));
                return FakeLlmServer.Reply.ok(call, answer);
            });
            AnalysisRequest request = request(TERMS);

            Report report = analyzer(settings().build()).analyze(request);

            assertThat(report.points()).hasSize(1);
            assertThat(report.points().getFirst().quotes().getFirst().text())
                    .isEqualTo("We may suspend or terminate your account at any time, for any reason, without notice");
            assertTrustworthy(report, request);
        }

        @Test
        void keepsTheCatalogueSentimentAndMovesSeverityAtMostOneStep() {
            server.respondWith((call, n) -> {
                if (!call.stage().equals("points")) {
                    return new FakeModel().reply(call, n);
                }
                ObjectNode answer = FakeModel.JSON.createObjectNode();
                answer.putArray("points").add(FakeModel.point("arbitration-mandatory", "positive", 1,
                        "Any dispute will be resolved by final and binding arbitration in Singapore."));
                return FakeLlmServer.Reply.ok(call, answer);
            });

            Point p = analyzer(settings().build()).analyze(request(TERMS)).points().getFirst();

            assertThat(p.sentiment()).isEqualTo(Sentiment.NEGATIVE);
            assertThat(p.severity()).isEqualTo(3); // catalogue 4, the model asked 1
        }

        @Test
        void publishesUncataloguedPointsAsOtherWithoutMovingTheRating() {
            server.respondWith((call, n) -> {
                if (!call.stage().equals("points")) {
                    return new FakeModel().reply(call, n);
                }
                ObjectNode answer = FakeModel.JSON.createObjectNode();
                ObjectNode other = FakeModel.point("other", "negative", 5,
                        "You agree to indemnify and hold harmless Example from any claim.");
                other.put("title", "You pay the provider's legal costs");
                answer.putArray("points").add(other);
                return FakeLlmServer.Reply.ok(call, answer);
            });

            Report report = analyzer(settings().build()).analyze(request(TERMS));

            assertThat(report.points()).singleElement().satisfies(p -> {
                assertThat(p.caseId()).isEqualTo("other");
                assertThat(p.title()).isEqualTo("You pay the provider's legal costs");
                assertThat(p.severity()).isEqualTo(Grounder.OTHER_MAX_SEVERITY);
            });
            assertThat(report.rating().contributions()).isEmpty();
            assertThat(report.rating().stars()).isNull();
        }
    }

    @Nested
    class Robustness {
        @Test
        void retriesAfter429WaitingWhatRetryAfterAsks() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("points") && n == 0
                    ? FakeLlmServer.Reply.status(429, "{\"error\": {\"message\": \"Rate limit reached\"}}")
                            .withHeader("Retry-After", "7")
                    : model.reply(call, n));

            Report report = analyzer(settings().build()).analyze(request(TERMS));

            assertThat(server.calls("points")).hasSize(2);
            assertThat(waits).containsExactly(Duration.ofSeconds(7));
            assertThat(report.points()).isNotEmpty();
            assertThat(report.analyzer().usage().calls()).isEqualTo(3);
        }

        @Test
        void retriesAServerErrorWithBackoff() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("overview") && n < 2
                    ? FakeLlmServer.Reply.status(503, "overloaded")
                    : model.reply(call, n));

            analyzer(settings().build()).analyze(request(TERMS));

            assertThat(server.calls("overview")).hasSize(3);
            assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isPositive()
                    .isLessThanOrEqualTo(OpenAiChatClient.MAX_BACKOFF));
        }

        @Test
        void retriesACallThatTimesOut() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.stage().equals("summary") && n == 0
                    ? model.reply(call, n).delayed(3000)
                    : model.reply(call, n));

            Report report = analyzer(settings().timeout(Duration.ofMillis(500)).build()).analyze(request(TERMS));

            assertThat(server.calls("summary")).hasSize(2);
            assertThat(report.documents().getFirst().summary()).isNotEmpty();
        }

        @Test
        void failsWithAClearMessageWhenTheEndpointNeverAnswersInTime() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> model.reply(call, n).delayed(2000));

            AnalysisException e = catchThrowableOfType(AnalysisException.class,
                    () -> analyzer(settings().timeout(Duration.ofMillis(300)).maxRetries(1).maxConcurrency(1).build())
                            .analyze(request(TERMS)));

            assertThat(e.getMessage()).contains("no answer within").contains("FINEPRINT_LLM_TIMEOUT")
                    .contains("after 1 retries").doesNotContain("\n");
        }

        @Test
        void stopsAtOnceWhenTheKeyIsRefused() {
            server.respondWith((call, n) -> FakeLlmServer.Reply.status(401,
                    "{\"error\": {\"message\": \"Incorrect API key provided\"}}"));

            AnalysisException e = catchThrowableOfType(AnalysisException.class,
                    () -> analyzer(settings().apiKey("sk-secret-123").maxConcurrency(1).build()).analyze(request(TERMS)));

            assertThat(e.getMessage()).contains("401").contains("FINEPRINT_LLM_API_KEY").doesNotContain("sk-secret-123");
            assertThat(server.calls()).hasSize(1);
            assertThat(server.calls().getFirst().authorization()).isEqualTo("Bearer sk-secret-123");
            assertThat(waits).isEmpty();
        }

        @Test
        void fallsBackToJsonObjectWhenTheEndpointRejectsJsonSchema() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> call.responseFormat().equals("json_schema")
                    ? FakeLlmServer.Reply.status(400, "{\"error\": {\"message\": \"response_format json_schema is not supported\"}}")
                    : model.reply(call, n));

            Report report = analyzer(settings().maxConcurrency(1).build()).analyze(request(TERMS));

            assertThat(report.points()).isNotEmpty();
            assertThat(server.calls()).filteredOn(c -> c.responseFormat().equals("json_schema")).hasSize(1);
            assertThat(server.calls()).filteredOn(c -> c.responseFormat().equals("json_object")).hasSize(3);
        }

        @Test
        void stopsWhenTheTokenBudgetWouldBeExceeded() {
            AnalysisException e = catchThrowableOfType(AnalysisException.class,
                    () -> analyzer(settings().maxTokens(3000).maxConcurrency(1).build()).analyze(request(TERMS)));

            assertThat(e.getMessage()).contains("token budget of 3000").contains("FINEPRINT_LLM_MAX_TOKENS");
        }

        @Test
        void stopsWhenTheCostBudgetIsExceeded() {
            LlmSettings s = settings().inputPricePer1k(1.0).outputPricePer1k(2.0).maxCostUsd(0.5).maxConcurrency(1).build();

            AnalysisException e = catchThrowableOfType(AnalysisException.class, () -> analyzer(s).analyze(request(TERMS)));

            assertThat(e.getMessage()).contains("cost budget of US$0.5").contains("FINEPRINT_LLM_MAX_COST_USD");
        }

        @Test
        void reportsTheCostAtTheConfiguredPrices() {
            LlmSettings s = settings().inputPricePer1k(0.001).outputPricePer1k(0.002).build();

            Report.Usage usage = analyzer(s).analyze(request(TERMS)).analyzer().usage();

            assertThat(usage.costUsd()).isCloseTo(usage.inputTokens() * 0.000001 + usage.outputTokens() * 0.000002,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Nested
    class Cache {
        @Test
        void answersAnUnchangedDocumentFromTheCacheWithoutCallingTheModel(@TempDir Path dir) {
            AnalysisRequest request = request(TERMS);
            Report first = analyzer(settings().build(), new FileLlmCache(dir), null).analyze(request);
            int callsAfterFirst = server.calls().size();

            Report second = analyzer(settings().build(), new FileLlmCache(dir), null).analyze(request);

            assertThat(callsAfterFirst).isEqualTo(3);
            assertThat(server.calls()).hasSize(3);
            assertThat(second.analyzer().usage()).isEqualTo(new Report.Usage(0, 0, null, 0, 3));
            assertThat(second.points()).isEqualTo(first.points());
            assertThat(second.documents()).isEqualTo(first.documents());
            assertThat(second.overview()).isEqualTo(first.overview());
        }

        @Test
        void callsTheModelAgainForAChangedDocumentOrAnotherModel(@TempDir Path dir) {
            analyzer(settings().build(), new FileLlmCache(dir), null).analyze(request(TERMS));

            analyzer(settings().build(), new FileLlmCache(dir), null).analyze(request(TERMS + "\nA new closing sentence."));
            analyzer(settings().model("other-model").build(), new FileLlmCache(dir), null).analyze(request(TERMS));

            // the changed document is read again; the overview's input (points, summaries) did not change
            assertThat(server.calls()).extracting(FakeLlmServer.Call::stage).containsExactlyInAnyOrder(
                    "summary", "points", "overview", "summary", "points", "summary", "points", "overview");
            assertThat(server.calls().getLast().body().path("model").asString()).isEqualTo("other-model");
        }
    }

    @Nested
    class LongDocuments {
        @Test
        void readsALongDocumentInPartsThatTogetherHoldTheWholeText() {
            String text = longTerms(60);
            AnalysisRequest request = request(text);

            Report report = analyzer(settings().chunkTokens(1000).build()).analyze(request);

            List<FakeLlmServer.Call> summaries = server.calls("summary");
            List<FakeLlmServer.Call> points = server.calls("points");
            int parts = summaries.size();
            assertThat(parts).isGreaterThan(3);
            assertThat(points).hasSize(parts);
            assertThat(server.calls("summary-merge")).hasSize(1);
            assertThat(server.calls("overview")).hasSize(1);
            assertThat(report.analyzer().usage().calls()).isEqualTo(2 * parts + 2);
            assertThat(String.join("", ordered(summaries))).isEqualTo(text);
            assertThat(String.join("", ordered(points))).isEqualTo(text);
            assertThat(report.documents().getFirst().summary()).hasSizeBetween(5, 10).allMatch(b -> b.startsWith("Merged"));
            assertTrustworthy(report, request);
        }

        @Test
        void mergesOneCaseFoundInSeveralPartsIntoOnePoint() {
            String text = longTerms(60);
            AnalysisRequest request = request(text);

            Report report = analyzer(settings().chunkTokens(1000).build()).analyze(request);

            assertThat(report.points()).extracting(Point::caseId).doesNotHaveDuplicates();
            Point arbitration = report.points().stream().filter(p -> p.caseId().equals("arbitration-mandatory"))
                    .findFirst().orElseThrow();
            assertThat(arbitration.quotes()).hasSizeBetween(2, Grounder.MAX_QUOTES);
        }

        @Test
        void readsA400KCharacterDocumentInFull() {
            String text = longTerms(1900);
            assertThat(text.length()).isGreaterThan(400_000);
            AnalysisRequest request = request(text);

            Report report = analyzer(settings().maxConcurrency(2).build()).analyze(request);

            List<FakeLlmServer.Call> points = server.calls("points");
            assertThat(points.size()).isGreaterThanOrEqualTo(17);
            assertThat(String.join("", ordered(points))).isEqualTo(text);
            assertThat(report.documents().getFirst().chars()).isEqualTo(text.length());
            assertTrustworthy(report, request);
        }

        /** The document parts the calls carried, in part order. */
        private List<String> ordered(List<FakeLlmServer.Call> calls) {
            return calls.stream()
                    .sorted(java.util.Comparator.comparingInt(c -> partNumber(c.user())))
                    .map(FakeLlmServer.Call::documentPart).toList();
        }

        private int partNumber(String user) {
            var m = java.util.regex.Pattern.compile("This is part (\\d+) of").matcher(user);
            return m.find() ? Integer.parseInt(m.group(1)) : 1;
        }

        /** Terms with numbered sections repeating a few clauses, about 240 characters a section. */
        static String longTerms(int sections) {
            StringBuilder out = new StringBuilder("# Long Terms of Service\n\n");
            String[] clauses = {
                "Any dispute will be resolved by final and binding arbitration in Singapore.",
                "We may suspend or terminate your account at any time, for any reason, without notice.",
                "We do not sell your personal data to anyone.",
                "In no event shall Example be liable for indirect, incidental or consequential damages.",
                "You may use a pseudonym as your username."};
            for (int i = 1; i <= sections; i++) {
                out.append("## ").append(i).append(". Section ").append(i).append("\n\n")
                        .append("This section ").append(i).append(" sets out more rules of the service for you. ")
                        .append(clauses[i % clauses.length]).append(" Further detail number ").append(i)
                        .append(" applies to every user of the service.\n\n");
            }
            return out.toString();
        }
    }

    @Nested
    class OtherLanguages {
        @Test
        void analysesAFrenchDocumentWithEnglishProseAndFrenchQuotes() {
            String arbitration = "Tout litige sera soumis à un arbitrage obligatoire à Paris.";
            String termination = "Nous pouvons suspendre ou résilier votre compte à tout moment et sans préavis.";
            server.respondWith((call, n) -> {
                if (!call.stage().equals("points")) {
                    return new FakeModel().reply(call, n);
                }
                assertThat(call.user()).contains("Language of the document: French");
                ObjectNode answer = FakeModel.JSON.createObjectNode();
                answer.putArray("points")
                        .add(FakeModel.point("arbitration-mandatory", "negative", 4, arbitration))
                        .add(FakeModel.point("account-termination-without-notice", "negative", 4,
                                // retyped with a straight apostrophe and no no-break space: still found
                                termination));
                return FakeLlmServer.Reply.ok(call, answer);
            });
            AnalysisRequest request = request(TERMS_FR);

            Report report = analyzer(settings().build()).analyze(request);

            assertThat(report.documents().getFirst().language()).isEqualTo("fr");
            assertThat(report.documents().getFirst().summary()).allMatch(b -> b.contains("plain English"));
            assertThat(report.points()).extracting(p -> p.quotes().getFirst().text())
                    .containsExactlyInAnyOrder(arbitration, termination);
            assertThat(report.points()).allMatch(p -> p.title().startsWith("Specific title"));
            assertThat(server.calls("summary").getFirst().system()).contains("plain English, whatever the language");
            assertTrustworthy(report, request);
        }
    }

    @Nested
    class Prose {
        @Test
        void rewritesProseThatMentionsExcerptsOrTheProvidedText() {
            FakeModel model = new FakeModel();
            server.respondWith((call, n) -> switch (call.stage()) {
                case "summary" -> FakeLlmServer.Reply.ok(call, "{\"bullets\": [\"This excerpt says your account can be "
                        + "closed without notice.\", \"The provided text lets the service change the terms.\", "
                        + "\"Chunk 2 covers nothing else.\", \"Disputes go to arbitration.\"]}");
                case "overview" -> FakeLlmServer.Reply.ok(call, "{\"overview\": \"Based on the section provided, the "
                        + "terms are harsh. Users give up the right to sue.\"}");
                default -> model.reply(call, n);
            });
            AnalysisRequest request = request(TERMS);

            Report report = analyzer(settings().build()).analyze(request);

            assertThat(report.documents().getFirst().summary()).containsExactly(
                    "The document says your account can be closed without notice.",
                    "The document lets the service change the terms.",
                    "Disputes go to arbitration.");
            assertThat(report.overview()).isEqualTo("Based on the document, the terms are harsh. Users give up the right to sue.");
            assertTrustworthy(report, request);
        }
    }

    @Nested
    class Hybrid {
        @Test
        void confirmsTheDetectorsCandidatesInsteadOfReadingForPoints() {
            AnalysisRequest request = request(TERMS);

            Report report = analyzer(settings().mode(LlmSettings.Mode.HYBRID).build(), LlmCache.NONE, new CueDetector())
                    .analyze(request);

            assertThat(server.calls("points")).isEmpty();
            assertThat(server.calls("confirm")).hasSize(1);
            assertThat(server.calls("confirm").getFirst().user()).contains("<candidate id=\"c1\"");
            assertThat(report.points()).extracting(Point::caseId).contains("arbitration-mandatory", "courts-of-provider");
            assertThat(report.analyzer().model()).isEqualTo("fake-model + catalogue cues (test)");
            assertTrustworthy(report, request);
        }

        @Test
        void dropsCandidatesTheModelRejects() {
            server.respondWith((call, n) -> {
                if (!call.stage().equals("confirm")) {
                    return new FakeModel().reply(call, n);
                }
                ObjectNode answer = new FakeModel().answer(call);
                answer.path("decisions").forEach(d -> ((ObjectNode) d).put("applies",
                        d.path("title").asString().endsWith("arbitration-mandatory")));
                return FakeLlmServer.Reply.ok(call, answer);
            });

            Report report = analyzer(settings().mode(LlmSettings.Mode.HYBRID).build(), LlmCache.NONE, new CueDetector())
                    .analyze(request(TERMS));

            assertThat(report.points()).extracting(Point::caseId).containsExactly("arbitration-mandatory");
        }

        @Test
        void isTheDefaultButReadsInFullWithoutADetector() {
            LlmSettings defaults = settings().build();

            analyzer(defaults, LlmCache.NONE, null).analyze(request(TERMS));

            assertThat(defaults.mode()).isEqualTo(LlmSettings.Mode.HYBRID);
            assertThat(server.calls("confirm")).isEmpty();
            assertThat(server.calls("points")).hasSize(1);
        }

        @Test
        void readsDocumentsTheDetectorCannotReadInFull() {
            analyzer(settings().mode(LlmSettings.Mode.HYBRID).build(), LlmCache.NONE, new CueDetector())
                    .analyze(request(TERMS_FR));

            assertThat(server.calls("confirm")).isEmpty();
            assertThat(server.calls("points")).hasSize(1);
        }
    }
}
