package org.fineprint.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.Callable;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CatalogJson;
import org.fineprint.catalog.Topic;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fineprint cases}: prints the built-in case catalogue as JSON or as a list for people. */
@Command(name = "cases", mixinStandardHelpOptions = true,
        description = "Print the case catalogue: every statement a point of a report can make.")
final class CasesCommand implements Callable<Integer> {

    /** Lower-case constants so that picocli accepts {@code --format json} as the contract spells it. */
    enum Format { json, text }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "json|text",
            description = "Output format: json (the contract's array) or text (grouped by topic; the default on a terminal).")
    @Nullable Format format;

    @Override
    public Integer call() {
        CaseCatalog catalog = CaseCatalog.builtIn();
        PrintWriter out = spec.commandLine().getOut();
        Format chosen = format != null ? format : (stdoutIsTerminal() ? Format.text : Format.json);
        if (chosen == Format.json) {
            out.println(CatalogJson.write(catalog.all()));
        } else {
            out.print(text(catalog));
        }
        out.flush();
        return FineprintCommand.EXIT_OK;
    }

    /** One heading per topic, then one line per case: id, sentiment, severity dots, title. */
    static String text(CaseCatalog catalog) {
        int idWidth = catalog.all().stream().mapToInt(c -> c.id().length()).max().orElse(0);
        StringBuilder s = new StringBuilder();
        for (Topic topic : Topic.values()) {
            List<Case> cases = catalog.byTopic(topic);
            if (cases.isEmpty()) {
                continue;
            }
            if (!s.isEmpty()) {
                s.append('\n');
            }
            s.append(topic.title()).append('\n');
            for (Case c : cases) {
                s.append("  ").append(pad(c.id(), idWidth)).append("  ")
                        .append(pad(c.sentiment().id(), 8)).append("  ")
                        .append(dots(c.severity())).append("  ")
                        .append(c.title()).append('\n');
            }
        }
        return s.toString();
    }

    static String dots(int severity) {
        return "●".repeat(severity) + "○".repeat(Case.MAX_SEVERITY - severity);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /**
     * Whether standard output is a terminal. JDK 22+ always has a console and answers through
     * {@code Console.isTerminal()}; on JDK 21 the console exists only for a terminal.
     */
    private static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
