package org.fineprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CasesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = FineprintCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsTheCatalogueAsTheContractsJsonArray() {
        int exit = run("cases", "--format", "json");

        assertThat(exit).isZero();
        JsonNode array = JsonMapper.builder().build().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(CaseCatalog.builtIn().size());
        JsonNode first = array.get(0);
        List<String> keys = new ArrayList<>(first.propertyNames());
        assertThat(keys).startsWith("id", "title", "topic", "sentiment", "severity", "description", "documents", "maps");
        assertThat(first.get("severity").isIntegralNumber()).isTrue();
        assertThat(new ArrayList<>(first.get("maps").propertyNames())).containsExactly("tosdr", "claudette", "opp115");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsOneLinePerCaseGroupedByTopicAsText() {
        int exit = run("cases", "--format", "text");

        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text).startsWith("Disputes\n");
        assertThat(text).containsSubsequence("Disputes\n", "Liability and warranties\n", "Law enforcement\n");
        assertThat(text).containsPattern("(?m)^  arbitration-mandatory +negative  ●●●●○  Disputes go to mandatory arbitration$");
        long caseLines = text.lines().filter(l -> l.startsWith("  ")).count();
        assertThat(caseLines).isEqualTo(CaseCatalog.builtIn().size());
    }

    @Test
    void drawsSeverityAsFiveDots() {
        assertThat(CasesCommand.dots(1)).isEqualTo("●○○○○");
        assertThat(CasesCommand.dots(5)).isEqualTo("●●●●●");
    }

    @Test
    void rejectsAnUnknownFormatAsBadUsage() {
        int exit = run("cases", "--format", "xml");

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("fineprint: ").contains("xml").endsWith("see 'fineprint cases --help'" + System.lineSeparator());
    }
}
