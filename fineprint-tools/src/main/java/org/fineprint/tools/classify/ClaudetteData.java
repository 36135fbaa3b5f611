package org.fineprint.tools.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the CLAUDETTE corpora of {@code shared/data}. */
final class ClaudetteData {
    /** The eight LexGLUE UNFAIR-ToS categories, in LexGLUE's order. */
    static final List<String> LEXGLUE_LABELS = List.of("ltd", "ter", "ch", "cr", "use", "law", "j", "a");
    static final String TOS50 = "tos50";
    static final String MULTILINGUAL = "multilingual-en";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClaudetteData() {
    }

    /**
     * Reads {@code claudette-tos50/sentences.jsonl} (or any file in its format): the original-cased
     * {@code text_original} when present, else the LexGLUE {@code text}; labels from {@code labels}.
     */
    static List<LabeledSentence> readTos50(Path file) {
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
    static List<LabeledSentence> readMultilingualEnglish(Path file) {
        List<LabeledSentence> out = new ArrayList<>();
        forEachLine(file, (node, line) -> {
            if ("en".equals(node.get("lang").asString())) {
                out.add(new LabeledSentence(MULTILINGUAL, node.get("doc").asString(), node.get("idx").asInt(),
                        node.get("text").asString(), labels(node.get("unfair_categories"))));
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
