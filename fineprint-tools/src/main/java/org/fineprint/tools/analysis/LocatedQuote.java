package org.fineprint.tools.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ToS;DR quote located as a span of an Open Terms Archive text
 * ({@code tosdr/quote_locations.jsonl}): the evaluation items for points.
 *
 * @param service the ToS;DR service
 * @param caseTitle the ToS;DR case title (old titles included)
 * @param classification good, neutral, bad or blocker; {@code null} when unknown
 * @param file the text file, relative to the {@code opentermsarchive} folder
 * @param start first character of the span
 * @param end end of the span (exclusive)
 * @param pointsFile the points file the quote comes from
 * @param pointsLine its 0-based line in that file
 */
public record LocatedQuote(String service, String caseTitle, @Nullable String classification, String file,
                           int start, int end, String pointsFile, int pointsLine) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RATED = Set.of("good", "bad", "blocker");

    /** Whether ToS;DR rates the point good, bad or blocker. */
    public boolean rated() {
        return classification != null && RATED.contains(classification);
    }

    /** Reads {@code DATA/tosdr/quote_locations.jsonl}. */
    public static List<LocatedQuote> read(Path dataDir) {
        Path file = dataDir.resolve("tosdr").resolve("quote_locations.jsonl");
        List<LocatedQuote> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                JsonNode cls = row.get("classification");
                out.add(new LocatedQuote(row.path("tosdr_service").asString(), row.path("case").asString(),
                        cls != null && cls.isString() ? cls.asString() : null, row.path("text_file").asString(),
                        row.path("start").asInt(), row.path("end").asInt(), row.path("points_file").asString(),
                        row.path("points_line").asInt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + file, e);
        }
        return out;
    }
}
