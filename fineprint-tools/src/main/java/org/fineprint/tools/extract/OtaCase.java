package org.fineprint.tools.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DeclarationReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One case of {@code ota-extraction}: the snapshots Open Terms Archive fetched, the declaration in
 * force, and the Markdown version its engine extracted from them.
 *
 * @param id the case id ({@code collection__service__terms-type})
 * @param declaration the terms declaration
 * @param snapshots one per source document, in the declaration's order
 * @param expected Open Terms Archive's Markdown
 * @param engineVersion the Open Terms Archive engine version that wrote {@code expected}
 */
record OtaCase(String id, Declaration declaration, List<Snapshot> snapshots, String expected, String engineVersion) {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    OtaCase {
        snapshots = List.copyOf(snapshots);
    }

    /** Total snapshot bytes. */
    long bytes() {
        return snapshots.stream().mapToLong(s -> s.content().length).sum();
    }

    /** True when the case is a PDF document. */
    boolean isPdf() {
        return snapshots.stream().anyMatch(Snapshot::isPdf);
    }

    /**
     * Reads every case of {@code <data>/ota-extraction/cases.jsonl}.
     *
     * @param data the shared data directory
     */
    static List<OtaCase> load(Path data) throws IOException {
        Path dir = data.resolve("ota-extraction");
        List<OtaCase> cases = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("cases.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            String id = c.get("id").asString();
            Declaration declaration = DeclarationReader.terms(c.get("declaration"), "ota-extraction case " + id);
            List<Snapshot> snapshots = new ArrayList<>();
            for (JsonNode part : c.get("parts")) {
                byte[] content = Files.readAllBytes(dir.resolve(part.get("snapshot_file").asString()));
                URI url = URI.create(part.get("source_location").asString().strip());
                String date = part.path("snapshot_commit_date").asString("");
                Instant fetchedAt = date.isEmpty() ? Instant.EPOCH : OffsetDateTime.parse(date).toInstant();
                snapshots.add(new Snapshot(url, url, 200, part.get("mime_type").asString(), null, content,
                        fetchedAt, "file"));
            }
            String expected = Files.readString(dir.resolve(c.get("version_file").asString()));
            cases.add(new OtaCase(id, declaration, snapshots, expected, c.path("engine_version").asString("")));
        }
        return cases;
    }
}
