package org.fineprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import} and {@code track} on an embedded PostgreSQL in a temporary data directory. */
class ServerCommandsIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = FineprintCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void importPrintsOneSummaryLineAndAddsNothingTheSecondTime() throws IOException {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("Example Shop"));
        Files.writeString(tree.resolve("Example Shop/Terms of Service.md"), "# Terms\n\nBe nice.\n");
        Files.writeString(tree.resolve("Example Shop/Privacy Policy.md"), "# Privacy\n\nWe keep little.\n");
        String data = dir.resolve("data").toString();

        int first = run("import", "--data", data, tree.toString());
        String firstOut = out.toString();
        int second = run("import", "--data", data, tree.toString());

        assertThat(first).isZero();
        assertThat(firstOut).matches("Imported 1 service, 2 documents: 2 new versions, 0 unchanged, 0 failed "
                + "\\(\\d+\\.\\d s\\); analysed 1 service: 1 new report, 0 unchanged, 0 failed \\(\\d+\\.\\d s\\)\\R");
        assertThat(second).isZero();
        assertThat(out.toString()).startsWith("Imported 1 service, 2 documents: 0 new versions, 2 unchanged, 0 failed")
                .contains("; analysed 0 services: 0 new reports");
        assertThat(Files.isDirectory(dir.resolve("data/postgres"))).isTrue();
    }

    @Test
    void trackWithNothingDeclaredTracksNothing() {
        int exit = run("track", "--data", dir.resolve("data").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("Tracked 0 documents: 0 new versions, 0 unchanged, 0 failed");
    }

    @Test
    void anUnknownServiceOrAMissingPathIsAUsageError() {
        assertThat(run("track", "--data", dir.resolve("data").toString(), "nosuchservice")).isEqualTo(2);
        assertThat(err.toString()).contains("no service \"nosuchservice\"");
        assertThat(out.toString()).isEmpty();

        assertThat(run("import", "--data", dir.resolve("data").toString(), dir.resolve("missing").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }
}
