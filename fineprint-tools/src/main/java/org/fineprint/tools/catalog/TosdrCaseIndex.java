package org.fineprint.tools.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives a ToS;DR point its case id. The 2023 points carry a {@code case_id}; the 2021 points and
 * the located quotes name their case by title only. A title is resolved through the id-bearing
 * rows of the ToS;DR case list and, optionally, through {@code tosdr/case-title-aliases.tsv}: older
 * wordings of the same cases, checked by hand. Titles compare after lower-casing and reducing
 * every run of other characters than letters and digits to one space.
 */
public final class TosdrCaseIndex {
    /** Class-path location of the hand-checked title aliases. */
    public static final String ALIASES_RESOURCE = "/tosdr/case-title-aliases.tsv";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One case of the ToS;DR case list.
     *
     * @param id the ToS;DR {@code case_id}
     * @param classification good, neutral, bad or blocker
     * @param title the case title
     */
    public record Entry(int id, String classification, String title) {
    }

    private final Map<Integer, Entry> byId;
    private final Map<String, Integer> byTitle;
    private final Map<String, Integer> byAlias;

    private TosdrCaseIndex(Map<Integer, Entry> byId, Map<String, Integer> byTitle, Map<String, Integer> byAlias) {
        this.byId = Map.copyOf(byId);
        this.byTitle = Map.copyOf(byTitle);
        this.byAlias = Map.copyOf(byAlias);
    }

    /**
     * Builds an index from case-list rows and aliases.
     *
     * @param rows the rows that have an id; where an id repeats, its first row gives title and
     *     classification, and every row's title resolves to it
     * @param aliases alias title to case id
     * @return the index
     */
    public static TosdrCaseIndex of(List<Entry> rows, Map<String, Integer> aliases) {
        Map<Integer, Entry> byId = new LinkedHashMap<>();
        Map<String, Integer> byTitle = new HashMap<>();
        for (Entry e : rows) {
            byId.putIfAbsent(e.id(), e);
            byTitle.putIfAbsent(normalize(e.title()), e.id());
        }
        Map<String, Integer> byAlias = new HashMap<>();
        aliases.forEach((title, id) -> byAlias.put(normalize(title), id));
        return new TosdrCaseIndex(byId, byTitle, byAlias);
    }

    /**
     * Reads the ToS;DR case list ({@code tosdr/cases.jsonl}) and the bundled aliases.
     *
     * @param casesJsonl the case list, one JSON object per line with {@code case_id},
     *     {@code classification} and {@code title}
     * @return the index
     * @throws UncheckedIOException if the file cannot be read
     */
    public static TosdrCaseIndex read(Path casesJsonl) {
        List<Entry> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(casesJsonl, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                JsonNode id = row.get("case_id");
                if (id != null && id.isIntegralNumber()) {
                    rows.add(new Entry(id.asInt(), row.path("classification").asString(""),
                            row.path("title").asString("")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + casesJsonl + " (" + e.getMessage() + ")", e);
        }
        return of(rows, bundledAliases());
    }

    /** The hand-checked aliases shipped with the tools: older title to current case id. */
    public static Map<String, Integer> bundledAliases() {
        Map<String, Integer> aliases = new LinkedHashMap<>();
        try (InputStream in = TosdrCaseIndex.class.getResourceAsStream(ALIASES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Eval failed: resource " + ALIASES_RESOURCE + " is missing; rebuild the tools");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                aliases.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return aliases;
    }

    /**
     * Finds the case id of a point.
     *
     * @param caseId the id the point carries, or {@code null}
     * @param title the case title the point carries
     * @param useAliases whether older wordings resolve too; without them only the given id and
     *     exact titles of the case list count
     * @return the case id, or empty when the point's case has no id in the case list
     */
    public OptionalInt resolve(@Nullable Integer caseId, String title, boolean useAliases) {
        if (caseId != null) {
            return OptionalInt.of(caseId);
        }
        String key = normalize(title);
        Integer id = byTitle.get(key);
        if (id == null && useAliases) {
            id = byAlias.get(key);
        }
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /**
     * The case-list entry of an id.
     *
     * @param id a ToS;DR case id
     * @return its entry, or empty when the case list has no such id
     */
    public Optional<Entry> entry(int id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The key titles compare by: lower-case letters and digits separated by single spaces. */
    static String normalize(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
