package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.fineprint.Version;
import org.fineprint.analyze.AnalysisException;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.Languages;
import org.fineprint.analyze.llm.Answers.DraftPoint;
import org.fineprint.analyze.llm.CandidateFinder.Candidate;
import org.fineprint.analyze.llm.Chunker.Chunk;
import org.fineprint.analyze.llm.Grounder.Draft;
import org.fineprint.analyze.point.CaseDetector;
import org.fineprint.analyze.point.CaseScores;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.PointFinder;
import org.fineprint.analyze.point.QuoteLocator;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.analyze.summary.OverviewWriter;
import org.fineprint.archive.Hashes;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The LLM analyser: any OpenAI-compatible chat endpoint (a hosted API, Ollama, vLLM, llama.cpp
 * server, LM Studio) writes the summaries, the points' titles and explanations and the overview,
 * while Fineprint keeps what makes a report trustworthy: every quote is located in the document
 * ({@link QuoteLocator}) or dropped, every point belongs to the shared case catalogue (or is marked
 * {@code other}), and the stars come from the same {@link Rater} as the built-in analyser's.
 *
 * <p>Pipeline per service, each stage with a fixed prompt ({@link Prompts}) and a strict schema
 * ({@link Schemas}):
 * <ol>
 *   <li>each document is cut along its structure into parts that fit
 *       {@link LlmSettings#chunkTokens()} ({@link Chunker}), so a document of any length is read
 *       in full;</li>
 *   <li><b>summary</b>: 5-10 bullets per document (1-4 per part of a long one, then
 *       <b>summary-merge</b> condenses them);</li>
 *   <li><b>points</b> per part ({@link LlmSettings.Mode#FULL}), or in
 *       {@link LlmSettings.Mode#HYBRID} <b>confirm</b>: the built-in {@link CaseDetector} proposes
 *       passages per case and the model confirms or rejects them; the points are grounded and
 *       merged per case and document ({@link Grounder});</li>
 *   <li>the rating by {@link Rater} over the catalogue points;</li>
 *   <li><b>overview</b>: one paragraph from the points, rating and summaries.</li>
 * </ol>
 * Calls run concurrently up to {@link LlmSettings#maxConcurrency()}; answers are cached
 * ({@link LlmCache}) so an unchanged document never calls the model again; usage, cost and what
 * grounding dropped are reported under {@code analyzer}. Documents in other languages are
 * analysed with English prose and quotes in their own language.
 */
public final class LlmAnalyzer implements Analyzer {
    /** The analyser's name in reports. */
    public static final String NAME = "llm";
    /** The most bullets a document summary keeps. */
    static final int MAX_BULLETS = 10;

    private static final Logger log = LoggerFactory.getLogger(LlmAnalyzer.class);

    private final LlmSettings settings;
    private final LlmCache cache;
    private final @Nullable CaseDetector detector;
    private final CaseCatalog catalog;
    private final OpenAiChatClient client;
    private final Segmenter segmenter = new Segmenter();
    private final Rater rater = new Rater();
    private final Grounder grounder;
    private final String pointsPrompt;
    private final ObjectNode pointsSchema;

    /**
     * An analyser caching answers where the settings say ({@link FileLlmCache} in
     * {@link LlmSettings#cacheDir()}, or no cache).
     *
     * @param settings the endpoint, model and limits; must be configured
     * @param detector the built-in case detector for hybrid mode, or {@code null} (hybrid mode then
     *     reads documents in full)
     * @throws LlmSettingsException when the settings name no endpoint or model
     */
    public static LlmAnalyzer create(LlmSettings settings, @Nullable CaseDetector detector) {
        LlmCache cache = settings.cacheDir() == null ? LlmCache.NONE : new FileLlmCache(settings.cacheDir());
        return new LlmAnalyzer(settings, cache, detector);
    }

    /**
     * @param settings the endpoint, model and limits; must be configured
     * @param cache where validated answers are kept ({@link LlmCache#NONE} for none)
     * @param detector the built-in case detector for hybrid mode, or {@code null}
     * @throws LlmSettingsException when the settings name no endpoint or model
     */
    public LlmAnalyzer(LlmSettings settings, LlmCache cache, @Nullable CaseDetector detector) {
        this(settings, cache, detector, CaseCatalog.builtIn(), Sleeper.SYSTEM);
    }

    LlmAnalyzer(LlmSettings settings, LlmCache cache, @Nullable CaseDetector detector, CaseCatalog catalog,
                Sleeper sleeper) {
        this.settings = settings.requireConfigured();
        this.cache = cache;
        this.detector = detector;
        this.catalog = catalog;
        this.client = new OpenAiChatClient(settings, sleeper);
        this.grounder = new Grounder(catalog);
        this.pointsPrompt = Prompts.points(catalog);
        this.pointsSchema = Schemas.points(catalog);
        if (settings.mode() == LlmSettings.Mode.HYBRID && detector == null) {
            log.info("llm mode=hybrid without a case detector; documents are read in full");
        }
    }

    /** The settings in use. */
    public LlmSettings settings() {
        return settings;
    }

    /**
     * Analyses one service with the model.
     *
     * @param request the service and the extracted text of each document
     * @return the report; every quote is verbatim in its document's text, and {@code analyzer}
     *     carries the grounding counts and the usage
     * @throws AnalysisException when the endpoint fails after retries, answers unusably twice, or
     *     the analysis would exceed its token or cost budget
     */
    @Override
    public Report analyze(AnalysisRequest request) {
        long started = System.nanoTime();
        Meter meter = new Meter(settings, request.service());
        StageRunner runner = new StageRunner(settings, client, cache, meter, request.service());
        ExecutorService pool = Executors.newFixedThreadPool(settings.maxConcurrency(), r -> {
            Thread t = new Thread(r, "fineprint-llm");
            t.setDaemon(true);
            return t;
        });
        try {
            List<DocumentWork> work = new ArrayList<>();
            for (int d = 0; d < request.documents().size(); d++) {
                work.add(start(request, d, runner, pool));
            }
            List<Report.Document> documents = new ArrayList<>();
            List<Point> points = new ArrayList<>();
            int quotesDropped = 0;
            int pointsDropped = 0;
            for (DocumentWork w : work) {
                documents.add(w.finishSummary(runner));
                Grounder.Grounded grounded = w.finishPoints();
                points.addAll(grounded.points());
                quotesDropped += grounded.quotesDropped();
                pointsDropped += grounded.pointsDropped();
                log.info("llm analysed service={} document={} parts={} points={} quotes_dropped={} points_dropped={}",
                        request.service(), w.id, w.chunks.size(), grounded.points().size(), grounded.quotesDropped(),
                        grounded.pointsDropped());
            }
            List<Point> ordered = PointFinder.byImportance(points);
            Rating rating = rate(ordered);
            String overview = overview(request, rating, ordered, documents, runner);
            Report.Usage usage = meter.usage();
            log.info("llm usage service={} calls={} cached_calls={} input_tokens={} output_tokens={} cost_usd={}",
                    request.service(), usage.calls(), usage.cachedCalls(), usage.inputTokens(), usage.outputTokens(),
                    usage.costUsd());
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            return new Report(new Report.Service(request.service(), request.category()), rating, overview, documents,
                    ordered, new Report.Analyzer(NAME, Version.current(), modelName(),
                            new Report.Grounding(quotesDropped, pointsDropped), usage), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The model name for reports; in hybrid mode with a detector, the detector's model too. */
    private String modelName() {
        String model = String.valueOf(settings.model());
        return usesDetector() ? model + " + " + detector.modelName() : model;
    }

    private boolean usesDetector() {
        return settings.mode() == LlmSettings.Mode.HYBRID && detector != null;
    }

    /** Starts one document's calls on the pool. */
    private DocumentWork start(AnalysisRequest request, int d, StageRunner runner, ExecutorService pool) {
        AnalysisRequest.SourceText doc = request.documents().get(d);
        String id = "d" + d;
        String text = doc.text();
        String language = Languages.guess(text);
        List<Clause> clauses = segmenter.segment(text);
        List<Chunk> chunks = Chunker.chunk(text, clauses, settings.chunkTokens());
        String header = Prompts.documentHeader(request.service(), doc.title(), doc.type().title(),
                language == null ? "not recognised" : Languages.name(language));
        DocumentWork w = new DocumentWork(id, doc, language, chunks, header);
        String summaryPrompt = Prompts.summary();
        ObjectNode summarySchema = Schemas.summary();
        for (Chunk c : chunks) {
            String where = where(id, c, chunks.size());
            String user = Prompts.documentPart(header, c.index() + 1, chunks.size(), c.text(text), true);
            w.summaries.add(pool.submit(() -> runner.run(Stage.SUMMARY, summaryPrompt, user, summarySchema,
                    Answers::bullets, where)));
        }
        boolean hybrid = usesDetector() && !clauses.isEmpty() && (language == null || language.equals("en"));
        if (hybrid) {
            CaseScores scores = detector.score(text, clauses);
            List<Candidate> candidates = CandidateFinder.find(clauses, scores);
            List<List<Candidate>> batches = batches(candidates, text);
            for (int b = 0; b < batches.size(); b++) {
                List<Candidate> batch = batches.get(b);
                String where = "document " + id + " candidates " + (b + 1) + " of " + batches.size();
                String user = Prompts.confirmRequest(header, batch, text);
                w.points.add(pool.submit(() -> confirmed(batch, runner.run(Stage.CONFIRM, Prompts.confirm(), user,
                        Schemas.confirm(), Answers::decisions, where))));
            }
        } else {
            for (Chunk c : chunks) {
                String where = where(id, c, chunks.size());
                String user = Prompts.documentPart(header, c.index() + 1, chunks.size(), c.text(text), false);
                w.points.add(pool.submit(() -> runner.run(Stage.POINTS, pointsPrompt, user, pointsSchema,
                        Answers::points, where).stream().map(p -> new Draft(p, c.start(), c.end())).toList()));
            }
        }
        return w;
    }

    /** Groups candidates into requests that fit the part budget. */
    private List<List<Candidate>> batches(List<Candidate> candidates, String text) {
        List<List<Candidate>> out = new ArrayList<>();
        List<Candidate> current = new ArrayList<>();
        double tokens = 0;
        for (Candidate c : candidates) {
            double t = Tokens.weight(text, c.start(), c.end()) + Tokens.estimate(c.c().description()) + 30;
            if (!current.isEmpty() && tokens + t > settings.chunkTokens()) {
                out.add(current);
                current = new ArrayList<>();
                tokens = 0;
            }
            current.add(c);
            tokens += t;
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The drafts of the candidates the model confirmed. */
    private static List<Draft> confirmed(List<Candidate> batch, List<Answers.Decision> decisions) {
        List<Draft> out = new ArrayList<>();
        for (Answers.Decision d : decisions) {
            Optional<Candidate> c = batch.stream().filter(k -> k.id().equals(d.candidate())).findFirst();
            if (c.isEmpty() || !d.applies()) {
                continue;
            }
            Candidate k = c.get();
            DraftPoint draft = new DraftPoint(k.c().id(), k.c().sentiment().id(), d.severity(), d.title(),
                    d.explanation(), d.quote().isBlank() ? List.of() : List.of(d.quote()), k.score());
            out.add(new Draft(draft, k.start(), k.end()));
        }
        return out;
    }

    /** Stars from the catalogue points only; contributions index the full, ordered list. */
    private Rating rate(List<Point> ordered) {
        List<Point> rated = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (!ordered.get(i).caseId().equals(Schemas.OTHER)) {
                rated.add(ordered.get(i));
                index.add(i);
            }
        }
        Rating r = rater.rate(rated);
        List<Contribution> contributions = r.contributions().stream()
                .map(c -> new Contribution(index.get(c.point()), c.delta())).toList();
        return new Rating(r.stars(), r.label(), r.score(), contributions);
    }

    private String overview(AnalysisRequest request, Rating rating, List<Point> ordered, List<Report.Document> documents,
                            StageRunner runner) {
        String written = runner.run(Stage.OVERVIEW, Prompts.overview(),
                Prompts.overviewRequest(request.service(), request.category(), rating, ordered, documents),
                Schemas.overview(), Answers::overview, "the service");
        return ProseGuard.clean(written).filter(s -> !s.isBlank())
                .orElseGet(() -> new OverviewWriter().write(request.service(), rating, ordered));
    }

    private static String where(String id, Chunk c, int parts) {
        return parts == 1 ? "document " + id : "document " + id + " part " + (c.index() + 1) + " of " + parts;
    }

    /** One document's calls in flight, and how to finish them. */
    private final class DocumentWork {
        final String id;
        final AnalysisRequest.SourceText doc;
        final @Nullable String language;
        final List<Chunk> chunks;
        final String header;
        final List<Future<List<String>>> summaries = new ArrayList<>();
        final List<Future<List<Draft>>> points = new ArrayList<>();
        final QuoteLocator locator;

        DocumentWork(String id, AnalysisRequest.SourceText doc, @Nullable String language, List<Chunk> chunks,
                     String header) {
            this.id = id;
            this.doc = doc;
            this.language = language;
            this.chunks = chunks;
            this.header = header;
            this.locator = new QuoteLocator(doc.text());
        }

        Report.Document finishSummary(StageRunner runner) {
            List<String> bullets = new ArrayList<>();
            for (Future<List<String>> f : summaries) {
                bullets.addAll(await(f, doc));
            }
            if (summaries.size() > 1 && bullets.size() > MAX_BULLETS) {
                bullets = runner.run(Stage.SUMMARY_MERGE, Prompts.summaryMerge(), Prompts.mergeRequest(header, bullets),
                        Schemas.summary(), Answers::bullets, "document " + id);
            }
            List<String> clean = new ArrayList<>();
            AtomicInteger rewritten = new AtomicInteger();
            for (String b : bullets) {
                Optional<String> c = ProseGuard.clean(b);
                if (c.isEmpty() || !c.get().equals(b)) {
                    rewritten.incrementAndGet();
                }
                c.filter(s -> !s.isBlank()).ifPresent(clean::add);
                if (clean.size() == MAX_BULLETS) {
                    break;
                }
            }
            if (rewritten.get() > 0) {
                log.debug("llm summary bullets rewritten document={} count={}", id, rewritten.get());
            }
            return new Report.Document(id, doc.type(), doc.title(), doc.source(), language, Hashes.sha256Hex(doc.text()),
                    doc.text().length(), clean);
        }

        Grounder.Grounded finishPoints() {
            List<Draft> drafts = new ArrayList<>();
            for (Future<List<Draft>> f : points) {
                drafts.addAll(await(f, doc));
            }
            return grounder.ground(id, locator, drafts);
        }
    }

    /** The result of a call made on the pool; its failure is rethrown as it was. */
    private static <T> T await(Future<T> future, AnalysisRequest.SourceText doc) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisException(doc.title(), "interrupted while waiting for the model", e);
        }
    }
}
