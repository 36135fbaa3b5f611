package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Compares full and hybrid mode on the same documents against the fake endpoint: calls, tokens
 * (the fake bills the real prompt sizes) and grounding. Prints one line per document and mode
 * (the numbers in {@code docs/llm.md}); asserts that every quote is verbatim in both modes and
 * that hybrid mode sends fewer input tokens than full mode. Real documents are read from {@code ../shared/data}
 * when it is there.
 */
class LlmModesIT {
    private static final List<String> REAL = List.of(
            "opentermsarchive/texts/vlopses-gb-versions/AliExpress__Terms-of-Service.md",
            "opentermsarchive/texts/vlopses-gb-versions/YouTube__Terms-of-Service.md",
            "opentermsarchive/texts/vlopses-gb-versions/WhatsApp__Privacy-Policy.md",
            "opentermsarchive/texts/vlopses-gb-versions/Facebook__Terms-of-Service.md");

    record Measure(String name, int chars, String mode, int calls, long inputTokens, long outputTokens, int points,
                   int quotesDropped) {
    }

    @Test
    void comparesFullAndHybridModes() throws IOException {
        List<AnalysisRequest.SourceText> docs = new ArrayList<>();
        docs.add(new AnalysisRequest.SourceText(DocumentType.TERMS, "fixture", "terms-en.md", LlmAnalyzerTest.TERMS));
        Path data = dataDir();
        if (data != null) {
            for (String rel : REAL) {
                Path p = data.resolve(rel);
                if (Files.exists(p)) {
                    docs.add(new AnalysisRequest.SourceText(rel.contains("Privacy") ? DocumentType.PRIVACY : DocumentType.TERMS,
                            p.getFileName().toString(), p.getFileName().toString(), Files.readString(p)));
                }
            }
        }
        List<Measure> measures = new ArrayList<>();
        for (AnalysisRequest.SourceText doc : docs) {
            AnalysisRequest request = new AnalysisRequest("Example", null, List.of(doc));
            measures.add(run(request, doc, LlmSettings.Mode.FULL, null));
            measures.add(run(request, doc, LlmSettings.Mode.HYBRID, new CueDetector()));
        }
        System.out.println("document | chars | mode | calls | input tokens | output tokens | points | quotes dropped");
        for (Measure m : measures) {
            System.out.println(String.format(Locale.ROOT, "%s | %d | %s | %d | %d | %d | %d | %d", m.name(), m.chars(),
                    m.mode(), m.calls(), m.inputTokens(), m.outputTokens(), m.points(), m.quotesDropped()));
        }
        for (int i = 0; i < measures.size(); i += 2) {
            assertThat(measures.get(i + 1).inputTokens()).as(measures.get(i).name())
                    .isLessThan(measures.get(i).inputTokens());
        }
    }

    private Measure run(AnalysisRequest request, AnalysisRequest.SourceText doc, LlmSettings.Mode mode,
                        @Nullable CaseDetector detector) {
        try (FakeLlmServer server = FakeLlmServer.start(new FakeModel())) {
            LlmSettings settings = LlmSettings.builder().baseUrl(server.baseUrl()).model("fake-model")
                    .timeout(Duration.ofSeconds(30)).mode(mode).build();
            Report report = new LlmAnalyzer(settings, LlmCache.NONE, detector, CaseCatalog.builtIn(), d -> { })
                    .analyze(request);
            LlmAnalyzerTest.assertTrustworthy(report, request);
            Report.Usage u = report.analyzer().usage();
            return new Measure(doc.title(), doc.text().length(), mode.id(), u.calls(), u.inputTokens(), u.outputTokens(),
                    report.points().size(), report.analyzer().grounding().quotesDropped());
        }
    }

    private static @Nullable Path dataDir() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
