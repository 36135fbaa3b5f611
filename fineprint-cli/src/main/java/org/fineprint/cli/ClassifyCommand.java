package org.fineprint.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.fineprint.analyze.classify.Classifier;
import org.fineprint.analyze.classify.ClaudetteEnsemble;
import org.fineprint.analyze.classify.Prediction;
import org.fineprint.analyze.classify.SentenceClassifier;
import org.fineprint.analyze.point.ClassifierCaseDetector;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fineprint classify}: labels sentences read as JSON lines {@code {"id": ..., "text": ...}}
 * on stdin and writes {@code {"id": ..., "labels": [...]}} lines on stdout in the same order,
 * classifying in batches so the encoder runs on many sentences at once.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Label sentences: JSON lines {\"id\": ..., \"text\": ...} on stdin, "
                + "{\"id\": ..., \"labels\": [...]} on stdout in the same order.",
            "claudette: CLAUDETTE categories of potentially unfair clauses (ltd ter ch cr use law j a); "
                + "a TF-IDF and embedding cascade plus three fine-tuned encoder runs.",
            "cases: ids of the case catalogue's cases (fineprint cases) the clause expresses."})
final class ClassifyCommand implements Callable<Integer> {
    static final int BATCH = 256;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--labels", paramLabel = "SET", defaultValue = "claudette",
            description = "Label set: claudette or cases (default: ${DEFAULT-VALUE}).")
    String labels;

    /** Where the JSON lines come from; tests replace it. */
    InputStream in = System.in;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Supplier<SentenceClassifier> load = switch (labels) {
            case "claudette" -> ClaudetteEnsemble::shared;
            case "cases" -> () -> Classifier.load(ClassifierCaseDetector.MODEL);
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown label set '" + labels + "'; use claudette or cases");
        };
        PrintWriter out = spec.commandLine().getOut();
        SentenceClassifier classifier = null;
        List<JsonNode> ids = new ArrayList<>(BATCH);
        List<String> texts = new ArrayList<>(BATCH);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JacksonException e) {
                    return badLine(err, number, "is not valid JSON");
                }
                JsonNode text = node == null || !node.isObject() ? null : node.get("text");
                if (text == null || !text.isString()) {
                    return badLine(err, number, "has no string \"text\"");
                }
                ids.add(node.has("id") ? node.get("id") : JSON.getNodeFactory().nullNode());
                texts.add(text.asString());
                if (texts.size() == BATCH) {
                    classifier = classifier != null ? classifier : load.get();
                    write(out, classifier, ids, texts);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stdin: " + e.getMessage(), e);
        }
        if (!texts.isEmpty()) {
            write(out, classifier != null ? classifier : load.get(), ids, texts);
        }
        return FineprintCommand.EXIT_OK;
    }

    private static int badLine(PrintWriter err, int number, String problem) {
        err.println("fineprint: line " + number + " " + problem
                + "; each line must be a JSON object {\"id\": ..., \"text\": \"...\"}");
        return FineprintCommand.EXIT_ERROR;
    }

    private static void write(PrintWriter out, SentenceClassifier classifier, List<JsonNode> ids, List<String> texts) {
        List<Prediction> predictions = classifier.classify(texts);
        for (int i = 0; i < predictions.size(); i++) {
            ObjectNode row = JSON.createObjectNode();
            row.set("id", ids.get(i));
            row.putArray("labels").addAll(predictions.get(i).labels().stream()
                    .map(JSON.getNodeFactory()::stringNode).toList());
            out.println(JSON.writeValueAsString(row));
        }
        out.flush();
        ids.clear();
        texts.clear();
    }
}
