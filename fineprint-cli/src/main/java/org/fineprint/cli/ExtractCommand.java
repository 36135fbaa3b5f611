package org.fineprint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fineprint.FineprintException;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.extract.Extractor;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.registry.SourceDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fineprint extract}: prints the normalised text of a saved document exactly as the
 * analyser sees it, byte for byte: UTF-8, nothing added (no trailing newline), so that report
 * offsets index into this output. With {@code --batch}, extracts many documents in one process.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the extracted, normalised text of an HTML, PDF, Markdown or text document (a file or a URL).",
                "",
                "The text is written exactly as report offsets index into it: UTF-8, with no newline added.",
                "With --batch, reads JSON lines {\"id\": ..., \"source\": PATH, \"declaration\": {...}} on stdin "
                        + "and writes {\"id\": ..., \"text\": ...} or {\"id\": ..., \"error\": \"...\"} per line, in order."})
final class ExtractCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Option(names = "--declaration", paramLabel = "FILE",
            description = "An Open Terms Archive terms declaration (JSON); its select and remove rules apply, "
                    + "and its fetch URL is the base of relative links.")
    @Nullable Path declaration;

    @Option(names = "--batch", description = "Read JSON lines on stdin and write one JSON line per input line.")
    boolean batch;

    @Option(names = "--allow-private-network",
            description = "Allow URLs on private, loopback and link-local addresses (refused by default).")
    boolean allowPrivateNetwork;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "The document: a file (.html .htm .xhtml .md .markdown .txt .pdf) or an http(s) URL; "
                    + "one per page of a declaration that combines several.")
    List<String> sources = new ArrayList<>();

    private final Extractor extractor = new DefaultExtractor();
    private @Nullable SourceLoader loader;

    @Override
    public Integer call() throws IOException {
        OutputStream out = System.out;
        if (batch) {
            if (!sources.isEmpty() || declaration != null) {
                throw new UsageException("--batch reads sources and declarations from stdin; give no SOURCE or --declaration");
            }
            batch(out);
            return FineprintCommand.EXIT_OK;
        }
        if (sources.isEmpty()) {
            throw new UsageException("missing SOURCE: the saved HTML, PDF, Markdown or text file to extract");
        }
        Declaration rules = declaration == null ? null : DeclarationReader.readTerms(declaration);
        out.write(extract(sources, rules).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return FineprintCommand.EXIT_OK;
    }

    /** One JSON line in, one JSON line out, in order; a failure is reported in its line only. */
    private void batch(OutputStream out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode result = JSON.createObjectNode();
            result.putNull("id");
            try {
                JsonNode request = JSON.readTree(line);
                if (request.has("id")) {
                    result.set("id", request.get("id"));
                }
                result.put("text", extract(request, number));
            } catch (JacksonException e) {
                result.put("error", "line " + number + " is not valid JSON (" + e.getOriginalMessage() + ")");
            } catch (FineprintException | UsageException e) {
                result.remove("text");
                result.put("error", FineprintCommand.oneLine(e.getMessage()));
            } catch (RuntimeException e) {
                result.remove("text");
                result.put("error", FineprintCommand.oneLine("unexpected error: " + e));
            }
            out.write(JSON.writeValueAsBytes(result));
            out.write('\n');
            out.flush();
        }
    }

    private String extract(JsonNode request, int number) {
        JsonNode source = request.get("source");
        List<String> paths = new ArrayList<>();
        if (source != null && source.isString()) {
            paths.add(source.asString());
        } else if (source != null && source.isArray()) {
            source.forEach(s -> paths.add(s.asString()));
        }
        if (paths.isEmpty() || paths.stream().anyMatch(String::isBlank)) {
            throw new UsageException("line " + number + " has no \"source\" (a file path, or an array of them for combine)");
        }
        JsonNode rules = request.get("declaration");
        Declaration declaration = rules == null || rules.isNull()
                ? null : DeclarationReader.terms(rules, "line " + number + " of stdin");
        return extract(paths, declaration);
    }

    private SourceLoader loader() {
        if (loader == null) {
            loader = new SourceLoader(allowPrivateNetwork);
        }
        return loader;
    }

    private String extract(List<String> paths, @Nullable Declaration rules) {
        if (rules == null && paths.size() > 1) {
            throw new UsageException("several SOURCEs need a --declaration that combines them; extract one file at a time");
        }
        if (rules != null && rules.sources().size() != paths.size()) {
            throw new UsageException("the declaration combines " + rules.sources().size() + " pages but "
                    + paths.size() + " SOURCE" + (paths.size() == 1 ? " was" : "s were") + " given; give one file per page, in order");
        }
        List<Snapshot> snapshots = new ArrayList<>();
        List<SourceDocument> parts = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            SourceDocument part = rules == null ? null : rules.sources().get(i);
            Snapshot snapshot = loader().load(paths.get(i), part);
            snapshots.add(snapshot);
            parts.add(part != null ? part : SourceDocument.of(snapshot.url()));
        }
        return extractor.extract(new Declaration(parts), snapshots);
    }
}
