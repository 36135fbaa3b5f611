package org.fineprint.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fineprint.FineprintException;
import org.fineprint.analyze.AnalysisRequest;
import org.fineprint.analyze.Analyzer;
import org.fineprint.analyze.DocumentTypes;
import org.fineprint.analyze.LocalAnalyzer;
import org.fineprint.analyze.llm.LlmAnalyzer;
import org.fineprint.analyze.llm.LlmSettings;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.fetch.Snapshot;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DocumentType;
import org.fineprint.registry.SourceDocument;
import org.fineprint.report.Report;
import org.fineprint.report.ReportJson;
import org.fineprint.report.ReportMarkdown;
import org.fineprint.report.ReportText;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fineprint analyze}: one service made of one or more documents, one report. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse one service made of one or more documents and print one report.",
                "",
                "A SOURCE is a file (.html .htm .md .txt .pdf) or an http(s) URL, optionally prefixed with "
                        + "its document type: privacy=policy.html. Without a prefix the type is guessed.",
                "Types: terms, privacy, cookies, community, acceptable-use, copyright, sale, other."})
final class AnalyzeCommand implements Callable<Integer> {
    enum Format { json, markdown, text }

    enum AnalyzerChoice { local, llm }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--service", paramLabel = "NAME", description = "The service's name (default: from the first source).")
    @Nullable String service;

    @Option(names = "--category", paramLabel = "NAME", description = "The service's category, e.g. Shopping.")
    @Nullable String category;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "json, markdown or text (default: text on a terminal, json otherwise).")
    @Nullable Format format;

    @Option(names = "--analyzer", paramLabel = "NAME", defaultValue = "local",
            description = "local (built in, offline) or llm (an OpenAI-compatible endpoint from FINEPRINT_LLM_* "
                    + "variables; see docs/llm.md). Default: ${DEFAULT-VALUE}.")
    AnalyzerChoice analyzer = AnalyzerChoice.local;

    @Option(names = "--allow-private-network",
            description = "Allow URLs on private, loopback and link-local addresses (refused by default).")
    boolean allowPrivateNetwork;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "The documents: [TYPE=]FILE or [TYPE=]URL.")
    List<String> sources = new ArrayList<>();

    @Override
    public Integer call() {
        SourceLoader loader = new SourceLoader(allowPrivateNetwork);
        DefaultExtractor extractor = new DefaultExtractor();
        List<AnalysisRequest.SourceText> documents = new ArrayList<>();
        for (String argument : sources) {
            TypedSource source = TypedSource.parse(argument);
            Snapshot snapshot = loader.load(source.location(), null);
            String text = extractor.extract(Declaration.of(SourceDocument.of(snapshot.url())), List.of(snapshot));
            DocumentType type = source.type() != null ? source.type() : DocumentTypes.guess(source.location(), text);
            documents.add(new AnalysisRequest.SourceText(type, title(text, type), source.location(), text));
        }
        String name = service != null ? service : defaultServiceName(sources.getFirst());
        Report report = analyze(new AnalysisRequest(name, category, documents));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format != null ? format : System.console() != null ? Format.text : Format.json) {
            case json -> ReportJson.write(report) + "\n";
            case markdown -> ReportMarkdown.write(report);
            case text -> ReportText.write(report);
        });
        out.flush();
        return FineprintCommand.EXIT_OK;
    }

    private Report analyze(AnalysisRequest request) {
        if (analyzer == AnalyzerChoice.local) {
            return LocalAnalyzer.builtIn().analyze(request);
        }
        LlmSettings settings = LlmSettings.fromEnvironment(System.getenv()).requireConfigured();
        Analyzer llm = LlmAnalyzer.create(settings, LocalAnalyzer.builtIn().detector());
        try {
            return llm.analyze(request);
        } catch (FineprintException e) {
            spec.commandLine().getErr().println("fineprint: the LLM analysis failed (" + FineprintCommand.oneLine(e.getMessage())
                    + "); showing the built-in analyser's report instead");
            return LocalAnalyzer.builtIn().analyze(request);
        }
    }

    /** The document's own title: its first heading or short first line, else its type's name. */
    static String title(String text, DocumentType type) {
        for (String line : text.split("\n", 20)) {
            String t = line.strip().replaceFirst("^#+\\s*", "");
            if (!t.isEmpty()) {
                return t.length() <= 80 && !t.endsWith(".") ? t : type.title();
            }
        }
        return type.title();
    }

    /** "https://www.example.com/terms" → "example.com"; "docs/acme-terms.html" → "acme-terms". */
    static String defaultServiceName(String argument) {
        String location = TypedSource.parse(argument).location();
        if (location.regionMatches(true, 0, "http", 0, 4)) {
            String host = URI.create(location).getHost();
            if (host != null) {
                return host.replaceFirst("^www\\.", "");
            }
        }
        String file = Path.of(location).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** A SOURCE argument: an optional {@code type=} prefix and a file or URL. */
    record TypedSource(@Nullable DocumentType type, String location) {
        static TypedSource parse(String argument) {
            int eq = argument.indexOf('=');
            if (eq > 0 && !argument.substring(0, eq).contains("/") && !argument.substring(0, eq).contains(":")) {
                String prefix = argument.substring(0, eq).toLowerCase(Locale.ROOT);
                DocumentType type = DocumentType.fromId(prefix).orElseThrow(() -> new UsageException(
                        "unknown document type \"" + prefix + "\" in " + argument
                                + "; use terms, privacy, cookies, community, acceptable-use, copyright, sale or other"));
                return new TypedSource(type, argument.substring(eq + 1));
            }
            return new TypedSource(null, argument);
        }
    }
}
