package org.fineprint.tools.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open Terms Archive texts of {@code opentermsarchive/index.json} with their ToS;DR
 * pairing: which files belong to which ToS;DR service, and that service's grade.
 */
public final class OtaTexts {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Collections in order of preference for a service's current documents. */
    private static final List<String> PREFERENCE = List.of("tosback-versions", "contrib-versions",
            "vlopses-us-versions", "vlopses-gb-versions", "vlopses-ie-versions", "pga-versions",
            "genai-eu-versions", "p2b-compliance-versions", "france-versions");

    /**
     * One text file.
     *
     * @param file the path relative to the {@code opentermsarchive} folder ({@code texts/…})
     * @param grade the ToS;DR grade (2022, else 2021), or {@code null}
     */
    public record Entry(String file, String collection, String service, String termsType, @Nullable String lang,
                        int chars, @Nullable String tosdrService, @Nullable String grade) {
        public DocumentType type() {
            return DocumentType.fromOtaTermsType(termsType);
        }
    }

    private final Path root;
    private final List<Entry> entries;

    private OtaTexts(Path root, List<Entry> entries) {
        this.root = root;
        this.entries = List.copyOf(entries);
    }

    /** Reads {@code DATA/opentermsarchive/index.json}. */
    public static OtaTexts read(Path dataDir) {
        Path root = dataDir.resolve("opentermsarchive");
        List<Entry> entries = new ArrayList<>();
        try {
            JsonNode index = JSON.readTree(Files.readString(root.resolve("index.json")));
            for (JsonNode e : index) {
                String grade = text(e, "tosdr_grade_2022");
                entries.add(new Entry(e.path("file").asString(), e.path("collection").asString().replaceFirst(".*/", ""),
                        e.path("service").asString(), e.path("terms_type").asString(), text(e, "lang"),
                        e.path("chars").asInt(), text(e, "tosdr_service"), grade != null ? grade : text(e, "tosdr_grade_2021")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + root.resolve("index.json"), e);
        }
        return new OtaTexts(root, entries);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The text of a file given relative to the {@code opentermsarchive} folder. */
    public String text(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + file, e);
        }
    }

    /** True when the file is in this copy of the data. */
    public boolean exists(String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    /** Every file of the index, in index order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Graded ToS;DR services and their grade, in index order. */
    public Map<String, String> grades() {
        Map<String, String> grades = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.tosdrService() != null && e.grade() != null) {
                grades.putIfAbsent(e.tosdrService(), e.grade());
            }
        }
        return grades;
    }

    /**
     * A service's current English terms and privacy policy (and cookie policy), one file per type,
     * preferring the collection closest in time to the ToS;DR grades.
     */
    public List<AnalysisRequest.SourceText> documents(String tosdrService) {
        Map<DocumentType, Entry> chosen = new LinkedHashMap<>();
        entries.stream()
                .filter(e -> tosdrService.equals(e.tosdrService()))
                .filter(e -> "en".equals(e.lang()) && e.chars() >= 500)
                .filter(e -> e.type() == DocumentType.TERMS || e.type() == DocumentType.PRIVACY
                        || e.type() == DocumentType.COOKIES)
                .sorted(Comparator.comparingInt((Entry e) -> e.type().ordinal())
                        .thenComparingInt(e -> rank(e.collection())))
                .forEach(e -> chosen.putIfAbsent(e.type(), e));
        List<AnalysisRequest.SourceText> out = new ArrayList<>();
        for (Entry e : chosen.values()) {
            out.add(new AnalysisRequest.SourceText(e.type(), e.termsType(), e.file(), text(e.file())));
        }
        return out;
    }

    /** The index entry of a file. */
    public @Nullable Entry entry(String file) {
        for (Entry e : entries) {
            if (e.file().equals(file)) {
                return e;
            }
        }
        return null;
    }

    private static int rank(String collection) {
        int i = PREFERENCE.indexOf(collection);
        return i < 0 ? PREFERENCE.size() : i;
    }
}
