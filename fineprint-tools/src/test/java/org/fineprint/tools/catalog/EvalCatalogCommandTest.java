package org.fineprint.tools.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalCatalogCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalCatalogCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void printsCoveragePerFileAndOverLocatedQuoteServices() {
        int exit = run("--data", "src/test/resources/fixtures/catalog-eval");

        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text).containsPattern("Case catalogue: \\d+ cases \\(\\d+ positive, \\d+ negative, \\d+ neutral");
        assertThat(text).containsPattern("points_2021_v1api\\.jsonl +3 +2 +2 +0\\.667 +0\\.000");
        assertThat(text).containsPattern("points_2023_scrape\\.jsonl +2 +2 +1 +0\\.500 +0\\.500");
        assertThat(text).containsPattern("quote_locations\\.jsonl \\(located quotes\\) +2 +2 +1 +0\\.500 +0\\.000");
        assertThat(text).containsPattern("all points of located-quote services +4 +4 +3 +0\\.750 +0\\.250");
        assertThat(text).containsPattern("\\n +1 +1 +490 bad +The service is only available");
        assertThat(text).contains("CLAUDETTE codes without a case: none");
        assertThat(text).contains("OPP-115 categories without a case: Other");
    }

    @Test
    void refusesAFolderWithoutToSdrData() {
        int exit = run("--data", "src/test/resources/fixtures/catalog-eval/tosdr");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no tosdr/ folder in");
    }
}
