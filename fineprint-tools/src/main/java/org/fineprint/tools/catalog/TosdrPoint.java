package org.fineprint.tools.catalog;

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
 * One ToS;DR point from any of the three point files ({@code points_2021_v1api.jsonl},
 * {@code points_2023_scrape.jsonl}, {@code quote_locations.jsonl}).
 *
 * @param pointsFile the points file the point comes from; for a located quote, the file of the
 *     point it locates
 * @param service the ToS;DR service name
 * @param caseId the case id when the file gives one
 * @param caseTitle the case title
 * @param classification good, neutral, bad or blocker; {@code null} when unknown
 * @param quote the quoted text, empty when there is none
 */
public record TosdrPoint(String pointsFile, String service, @Nullable Integer caseId, String caseTitle,
                         @Nullable String classification, String quote) {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> RATED = Set.of("good", "bad", "blocker");

    /** Whether ToS;DR rates the point good, bad or blocker (the points coverage counts). */
    public boolean rated() {
        return classification != null && RATED.contains(classification);
    }

    /**
     * Reads a ToS;DR point file of this dataset.
     *
     * @param file a JSONL file; {@code quote_locations.jsonl} rows name their points file
     * @return the points in file order
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<TosdrPoint> read(Path file) {
        String name = file.getFileName().toString();
        List<TosdrPoint> points = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JSON.readTree(line);
                JsonNode id = row.get("case_id");
                JsonNode cls = row.get("classification");
                String quote = row.hasNonNull("text") ? row.get("text").asString() : row.path("quote").asString("");
                points.add(new TosdrPoint(row.path("points_file").asString(name),
                        row.path("service").asString(""),
                        id != null && id.isIntegralNumber() ? id.asInt() : null,
                        row.path("case").asString(""),
                        cls != null && cls.isString() ? cls.asString() : null,
                        quote));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Eval failed: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        return points;
    }
}
