package org.fineprint.tools.catalog;

import org.fineprint.tools.DataOption;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CaseMaps;
import org.fineprint.catalog.CueMatcher;
import org.fineprint.catalog.Sentiment;
import org.fineprint.catalog.Topic;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fineprint eval catalog}: prints how well the built-in case catalogue lines up with the
 * public datasets, so a curator sees what to map or add next.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "Print the case catalogue's ToS;DR coverage, its cases by sentiment and topic, "
                + "the most frequent unmapped ToS;DR cases and the CLAUDETTE/OPP-115 categories without a case.")
public final class EvalCatalogCommand implements Callable<Integer> {
    static final String POINTS_2021 = "points_2021_v1api.jsonl";
    static final String POINTS_2023 = "points_2023_scrape.jsonl";
    static final String LOCATED = "quote_locations.jsonl";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--top", paramLabel = "N", defaultValue = "30",
            description = "How many unmapped ToS;DR cases to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        Path dir = dataDir();
        Path tosdr = dir.resolve("tosdr");
        CaseCatalog catalog = CaseCatalog.builtIn();
        TosdrCaseIndex index = TosdrCaseIndex.read(tosdr.resolve("cases.jsonl"));
        List<TosdrPoint> p2021 = TosdrPoint.read(tosdr.resolve(POINTS_2021));
        List<TosdrPoint> p2023 = TosdrPoint.read(tosdr.resolve(POINTS_2023));
        List<TosdrPoint> located = TosdrPoint.read(tosdr.resolve(LOCATED));
        List<TosdrPoint> points = new ArrayList<>(p2021);
        points.addAll(p2023);

        PrintWriter out = spec.commandLine().getOut();
        printCatalogue(out, catalog);
        CatalogCoverage coverage = new CatalogCoverage(catalog, index);
        printCoverage(out, coverage, p2021, p2023, located, points);
        printUnmapped(out, coverage.mostFrequentUnmapped(points, located, top));
        printDisagreements(out, coverage.sentimentDisagreements(points));
        printClaudette(out, catalog, dir);
        printOpp115(out, catalog, dir);
        printCueSupport(out, catalog, dir, points, located);
        printEvidenceSupport(out, coverage.evidenceSupport(points));
        out.flush();
        return 0;
    }

    private Path dataDir() {
        try {
            Path dir = data.dir();
            if (!Files.isDirectory(dir.resolve("tosdr"))) {
                throw new IllegalArgumentException("no tosdr/ folder in " + dir + "; pass the shared data folder");
            }
            return dir;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void printCatalogue(PrintWriter out, CaseCatalog catalog) {
        Map<Sentiment, Long> bySentiment = new EnumMap<>(Sentiment.class);
        Map<Topic, Long> byTopic = new EnumMap<>(Topic.class);
        for (Case c : catalog.all()) {
            bySentiment.merge(c.sentiment(), 1L, Long::sum);
            byTopic.merge(c.topic(), 1L, Long::sum);
        }
        long positive = bySentiment.getOrDefault(Sentiment.POSITIVE, 0L);
        long negative = bySentiment.getOrDefault(Sentiment.NEGATIVE, 0L);
        out.printf(Locale.ROOT, "Case catalogue: %d cases (%d positive, %d negative, %d neutral; positive/negative %.2f)%n",
                catalog.size(), positive, negative, bySentiment.getOrDefault(Sentiment.NEUTRAL, 0L),
                negative == 0 ? 0.0 : (double) positive / negative);
        out.println("By topic: " + byTopic.entrySet().stream()
                .map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", ")));
        long mappedCases = catalog.all().stream().filter(c -> !c.maps().tosdr().isEmpty()).count();
        long mappedIds = catalog.all().stream().mapToLong(c -> c.maps().tosdr().size()).sum();
        out.printf(Locale.ROOT, "Mapped: %d cases map %d ToS;DR cases; %d cases map a CLAUDETTE code, %d an OPP-115 category%n",
                mappedCases, mappedIds,
                catalog.all().stream().filter(c -> !c.maps().claudette().isEmpty()).count(),
                catalog.all().stream().filter(c -> !c.maps().opp115().isEmpty()).count());
    }

    private static void printCoverage(PrintWriter out, CatalogCoverage coverage, List<TosdrPoint> p2021,
                                      List<TosdrPoint> p2023, List<TosdrPoint> located, List<TosdrPoint> points) {
        out.println();
        out.println("ToS;DR coverage: share of good/bad/blocker points whose case a catalogue case maps");
        out.printf(Locale.ROOT, "  %-40s %7s %8s %7s %9s %9s%n", "points", "rated", "with id", "mapped", "coverage", "strict");
        List<CatalogCoverage.Row> rows = List.of(
                coverage.measure(POINTS_2021, p2021),
                coverage.measure(POINTS_2023, p2023),
                coverage.measure(LOCATED + " (located quotes)", located),
                coverage.measure("all points of located-quote services",
                        CatalogCoverage.ofLocatedServices(points, located)));
        for (CatalogCoverage.Row r : rows) {
            out.printf(Locale.ROOT, "  %-40s %7d %8d %7d %9.3f %9.3f%n",
                    r.label(), r.points(), r.withId(), r.mapped(), r.coverage(), r.strictCoverage());
        }
        out.println("  (with id: resolved through case_id, an exact case-list title or a hand-checked older title;");
        out.println("   strict: coverage without the older titles, i.e. case_id or exact case-list title only)");
    }

    private static void printUnmapped(PrintWriter out, List<CatalogCoverage.Unmapped> unmapped) {
        out.println();
        out.println("Most frequent unmapped ToS;DR cases (rated points in the 2021+2023 files, located quotes)");
        out.printf(Locale.ROOT, "  %6s %7s %5s %-8s %s%n", "points", "located", "id", "class", "title");
        for (CatalogCoverage.Unmapped u : unmapped) {
            out.printf(Locale.ROOT, "  %6d %7d %5s %-8s %s%n", u.points(), u.located(),
                    u.id() == null ? "-" : u.id().toString(), u.classification(), u.title());
        }
        out.println("  (id \"-\": the case list in the data has no id for this title, so no case can map it yet)");
    }

    private static void printDisagreements(PrintWriter out, Map<String, Integer> disagreements) {
        int total = disagreements.values().stream().mapToInt(Integer::intValue).sum();
        out.println();
        out.printf(Locale.ROOT, "Mapped rated points whose ToS;DR classification differs from the case's sentiment: %d%n", total);
        if (total > 0) {
            out.println("  " + disagreements.entrySet().stream().limit(8)
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            out.println("  (mostly 2021 points of cases ToS;DR later reclassified as neutral)");
        }
    }

    private static void printClaudette(PrintWriter out, CaseCatalog catalog, Path dir) {
        Map<String, Integer> sentences = new LinkedHashMap<>();
        CaseMaps.CLAUDETTE_CODES.forEach(code -> sentences.put(code, 0));
        jsonl(dir.resolve("claudette-tos50/sentences.jsonl"), row -> row.path("labels")
                .forEach(l -> sentences.computeIfPresent(l.asString().toLowerCase(Locale.ROOT), (k, n) -> n + 1)));
        jsonl(dir.resolve("claudette-multilingual-50/sentences.jsonl"), row -> {
            if ("en".equals(row.path("lang").asString(""))) {
                row.path("unfair_categories")
                        .forEach(l -> sentences.computeIfPresent(l.asString().toLowerCase(Locale.ROOT), (k, n) -> n + 1));
            }
        });
        out.println();
        out.println("CLAUDETTE codes (unfair English sentences in tos50 + multilingual): cases");
        List<String> without = new ArrayList<>();
        sentences.forEach((code, n) -> {
            List<String> ids = catalog.byClaudetteCode(code).stream().map(Case::id).toList();
            if (ids.isEmpty()) {
                without.add(code);
            }
            out.printf(Locale.ROOT, "  %-5s %5d  %s%n", code, n, ids.isEmpty() ? "(no case)" : String.join(", ", ids));
        });
        out.println("CLAUDETTE codes without a case: " + (without.isEmpty() ? "none" : String.join(", ", without)));
    }

    private static void printOpp115(PrintWriter out, CaseCatalog catalog, Path dir) {
        Map<String, Integer> segments = new LinkedHashMap<>();
        CaseMaps.OPP115_CATEGORIES.forEach(c -> segments.put(c, 0));
        jsonl(dir.resolve("opp-115/segments.jsonl"), row -> row.path("labels")
                .forEach(l -> segments.computeIfPresent(l.asString(), (k, n) -> n + 1)));
        out.println();
        out.println("OPP-115 categories (majority-label segments): cases");
        List<String> without = new ArrayList<>();
        segments.forEach((category, n) -> {
            int cases = catalog.byOpp115Category(category).size();
            if (cases == 0) {
                without.add(category);
            }
            out.printf(Locale.ROOT, "  %-38s %5d  %d cases%n", category, n, cases);
        });
        out.println("OPP-115 categories without a case: " + (without.isEmpty() ? "none" : String.join("; ", without)));
    }

    private static void printCueSupport(PrintWriter out, CaseCatalog catalog, Path dir,
                                        List<TosdrPoint> points, List<TosdrPoint> located) {
        StringBuilder corpus = new StringBuilder();
        Consumer<String> add = text -> corpus.append(CueMatcher.normalize(text)).append('\n');
        points.forEach(p -> add.accept(p.quote()));
        located.forEach(p -> add.accept(p.quote()));
        jsonl(dir.resolve("claudette-tos50/sentences.jsonl"), row -> add.accept(row.path("text_original").asString("")));
        jsonl(dir.resolve("claudette-multilingual-50/sentences.jsonl"), row -> {
            if ("en".equals(row.path("lang").asString(""))) {
                add.accept(row.path("text").asString(""));
            }
        });
        String text = corpus.toString();
        int total = 0;
        List<String> unseen = new ArrayList<>();
        for (Case c : catalog.all()) {
            for (String cue : c.cues()) {
                total++;
                if (!CueMatcher.contains(text, cue)) {
                    unseen.add(c.id() + ": \"" + cue + "\"");
                }
            }
        }
        List<String> nowhere = notInTexts(unseen, dir.resolve("opentermsarchive/texts"));
        out.println();
        out.printf(Locale.ROOT, "Cues: %d in all; %d found in no ToS;DR quote or CLAUDETTE sentence,"
                + " of which %d in no Open Terms Archive text either%n", total, unseen.size(), nowhere.size());
        nowhere.forEach(u -> out.println("  " + u));
    }

    private static void printEvidenceSupport(PrintWriter out, List<CatalogCoverage.EvidenceSupport> rows) {
        int supported = rows.stream().mapToInt(CatalogCoverage.EvidenceSupport::supported).sum();
        int quotes = rows.stream().mapToInt(CatalogCoverage.EvidenceSupport::quotes).sum();
        out.println();
        out.printf(Locale.ROOT, "Evidence words: %d cases have them; they hold for %d of the %d ToS;DR quotes of"
                + " those cases (%.1f%%). Cases below 80%%:%n", rows.size(), supported, quotes,
                quotes == 0 ? 100.0 : 100.0 * supported / quotes);
        rows.stream().filter(r -> r.share() < 0.8).forEach(r -> out.printf(Locale.ROOT, "  %-36s %3d of %3d%n",
                r.c().id(), r.supported(), r.quotes()));
    }

    /** The {@code case: "cue"} entries whose cue occurs in none of the texts under {@code textDir}. */
    private static List<String> notInTexts(List<String> entries, Path textDir) {
        List<String> left = new ArrayList<>(entries);
        if (left.isEmpty() || !Files.isDirectory(textDir)) {
            return left;
        }
        try (var files = Files.walk(textDir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = CueMatcher.normalize(Files.readString(f, StandardCharsets.UTF_8));
                left.removeIf(e -> CueMatcher.contains(text, cueOf(e)));
                if (left.isEmpty()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + textDir + " (" + e.getMessage() + ")", e);
        }
        return left;
    }

    private static String cueOf(String entry) {
        return entry.substring(entry.indexOf('"') + 1, entry.length() - 1);
    }

    /** Calls {@code each} with every row of a JSONL file; a missing file is skipped (optional datasets). */
    private static void jsonl(Path file, Consumer<JsonNode> each) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    each.accept(JSON.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }
}
