package org.fineprint.tools.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fineprint.analyze.classify.WordTokenizer;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.tools.catalog.TosdrCaseIndex;
import org.fineprint.tools.catalog.TosdrPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the CLAUDETTE corpora of {@code shared/data}. */
public final class ClaudetteData {
    /** The eight LexGLUE UNFAIR-ToS categories, in LexGLUE's order. */
    public static final List<String> LEXGLUE_LABELS = List.of("ltd", "ter", "ch", "cr", "use", "law", "j", "a");
    public static final String TOS50 = "tos50";
    static final String MULTILINGUAL = "multilingual-en";
    static final String TOSDR = "tosdr";
    /** Pieces of a quote shorter than this many words are not used (headings, fragments). */
    private static final int MIN_QUOTE_WORDS = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaudetteData() {
    }

    /** The claudette-tos50 sentences of a shared data folder ({@link #readTos50}). */
    public static List<LabeledSentence> tos50(Path dataDir) {
        return readTos50(dataDir.resolve("claudette-tos50/sentences.jsonl"));
    }

    /** The English claudette-multilingual-50 sentences of a shared data folder ({@link #readMultilingualEnglish}). */
    public static List<LabeledSentence> multilingualEnglish(Path dataDir) {
        return readMultilingualEnglish(dataDir.resolve("claudette-multilingual-50/sentences.jsonl"));
    }

    /**
     * Reads {@code claudette-tos50/sentences.jsonl} (or any file in its format): the original-cased
     * {@code text_original} when present, else the LexGLUE {@code text}; labels from {@code labels}.
     */
    public static List<LabeledSentence> readTos50(Path file) {
        List<LabeledSentence> out = new ArrayList<>();
        forEachLine(file, (node, line) -> {
            JsonNode original = node.get("text_original");
            String text = original != null && original.isString() ? original.asString() : node.get("text").asString();
            String doc = node.has("doc") ? node.get("doc").asString() : "input";
            int idx = node.has("idx") ? node.get("idx").asInt() : line;
            out.add(new LabeledSentence(TOS50, doc, idx, text, labels(node.get("labels"))));
        });
        return out;
    }

    /** Reads the English sentences of {@code claudette-multilingual-50/sentences.jsonl}, labels from {@code unfair_categories}. */
    public static List<LabeledSentence> readMultilingualEnglish(Path file) {
        List<LabeledSentence> out = new ArrayList<>();
        forEachLine(file, (node, line) -> {
            if ("en".equals(node.get("lang").asString())) {
                out.add(new LabeledSentence(MULTILINGUAL, node.get("doc").asString(), node.get("idx").asInt(),
                        node.get("text").asString(), labels(node.get("unfair_categories"))));
            }
        });
        return out;
    }

    /**
     * Reads the ToS;DR quotes of the cases that the built-in case catalogue maps to a CLAUDETTE code
     * ({@code maps.claudette} of a case whose {@code maps.tosdr} lists the point's case; id-less points
     * resolve by title), split into sentences with the {@link Segmenter}. Each sentence gets the codes
     * of its case; a sentence quoted for several cases gets all their codes; the service is the
     * document. Sentences of fewer than {@value #MIN_QUOTE_WORDS} words are dropped.
     *
     * @param dataDir the shared data directory (with {@code tosdr/})
     * @return the sentences, by service then in first-seen order
     */
    static List<LabeledSentence> readTosdrQuotes(Path dataDir) {
        Path tosdr = dataDir.resolve("tosdr");
        TosdrCaseIndex index = TosdrCaseIndex.read(tosdr.resolve("cases.jsonl"));
        Map<Integer, Set<String>> codesOfCase = new HashMap<>();
        for (Case c : CaseCatalog.builtIn().all()) {
            for (int id : c.maps().tosdr()) {
                codesOfCase.computeIfAbsent(id, k -> new TreeSet<>()).addAll(c.maps().claudette());
            }
        }
        Segmenter segmenter = new Segmenter();
        Map<String, Map<String, Set<String>>> byService = new TreeMap<>();
        for (String file : List.of("points_2021_v1api.jsonl", "points_2023_scrape.jsonl")) {
            for (TosdrPoint p : TosdrPoint.read(tosdr.resolve(file))) {
                OptionalInt id = index.resolve(p.caseId(), p.caseTitle(), true);
                Set<String> codes = id.isPresent() ? codesOfCase.get(id.getAsInt()) : null;
                if (codes == null || codes.isEmpty() || p.quote().isBlank() || p.service().isBlank()) {
                    continue;
                }
                Map<String, Set<String>> sentences = byService.computeIfAbsent(p.service(), k -> new LinkedHashMap<>());
                String quote = p.quote().strip();
                for (Clause clause : segmenter.segment(quote)) {
                    String text = clause.text(quote).strip();
                    if (WordTokenizer.tokens(text).size() >= MIN_QUOTE_WORDS) {
                        sentences.computeIfAbsent(text, k -> new TreeSet<>()).addAll(codes);
                    }
                }
            }
        }
        List<LabeledSentence> out = new ArrayList<>();
        byService.forEach((service, sentences) -> {
            int idx = 0;
            for (Map.Entry<String, Set<String>> e : sentences.entrySet()) {
                out.add(new LabeledSentence(TOSDR, service, idx++, e.getKey(), e.getValue()));
            }
        });
        return out;
    }

    private static Set<String> labels(JsonNode array) {
        Set<String> labels = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> labels.add(n.asString().toLowerCase(Locale.ROOT)));
        }
        return labels;
    }

    private interface LineHandler {
        void accept(JsonNode node, int line);
    }

    private static void forEachLine(Path file, LineHandler handler) {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    handler.accept(JSON.readTree(line), number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
