package org.fineprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fineprint.extract.DefaultExtractor;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.fetch.Snapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {
    private static final String PAGE = "<html><body><nav><a href=\"/\">Home</a></nav><main><h1>Terms</h1>"
            + "<p class=\"intro\">Be nice to <a href=\"/people?utm_source=x\">people</a>.</p>"
            + "<p class=\"ad\">Buy now</p><p>Voilà 👍</p></main></body></html>";

    @TempDir
    Path dir;

    private Path page;
    private int exit;
    private byte[] stdout;
    private String stderr;

    @BeforeEach
    void writePage() throws Exception {
        page = Files.writeString(dir.resolve("terms.html"), PAGE);
    }

    private void run(String stdin, String... args) {
        CommandLine cli = FineprintCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        PrintStream savedOut = System.out;
        InputStream savedIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            exit = cli.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setIn(savedIn);
        }
        stdout = out.toByteArray();
        stderr = err.toString();
    }

    private String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    @Test
    void printsExactlyTheTextThatOffsetsIndexIntoWithNothingAdded() throws Exception {
        run("", "extract", page.toString());
        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("# Terms\n\nBe nice to [people](/people).\n\nBuy now\n\nVoilà 👍");
        byte[] direct = new DefaultExtractor().extract(DeclarationReader.readTerms(
                "{\"fetch\": \"" + page.toUri() + "\"}", "test"), List.of(snapshotOf(page))).getBytes(StandardCharsets.UTF_8);
        assertThat(stdout).isEqualTo(direct);
        assertThat(stderr).isEmpty();
    }

    private static Snapshot snapshotOf(Path file) throws Exception {
        return new Snapshot(file.toUri(), file.toUri(), 200, "text/html", null, Files.readAllBytes(file),
                java.time.Instant.EPOCH, "file");
    }

    @Test
    void appliesTheDeclarationsRulesAndResolvesLinksAgainstItsUrl() throws Exception {
        Path declaration = Files.writeString(dir.resolve("terms.json"),
                "{\"fetch\": \"https://example.com/legal/terms\", \"select\": \"main\", \"remove\": \".ad\"}");
        run("", "extract", "--declaration", declaration.toString(), page.toString());
        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("# Terms\n\nBe nice to [people](https://example.com/people).\n\nVoilà 👍");
    }

    @Test
    void extractsOneFilePerPageOfACombinedDeclaration() throws Exception {
        Path second = Files.writeString(dir.resolve("annex.md"), "# Annex\n\nMore  terms.");
        Path declaration = Files.writeString(dir.resolve("combined.json"),
                "{\"combine\": [{\"fetch\": \"https://example.com/terms\", \"select\": \".intro\"},"
                        + " {\"fetch\": \"https://example.com/annex\"}]}");
        run("", "extract", "--declaration", declaration.toString(), page.toString(), second.toString());
        assertThat(out()).isEqualTo("Be nice to [people](https://example.com/people).\n\n# Annex\n\nMore terms.");
    }

    @Test
    void failsWithExitOneAndOneLineWhenTheSelectorMatchesNothing() throws Exception {
        Path declaration = Files.writeString(dir.resolve("terms.json"),
                "{\"fetch\": \"https://example.com/legal/terms\", \"select\": \".missing\"}");
        run("", "extract", "--declaration", declaration.toString(), page.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stdout).isEmpty();
        assertThat(stderr).isEqualTo("fineprint: Extract failed: selector \".missing\" matched nothing; check the declaration's "
                + "select, or whether remove took it first (https://example.com/legal/terms)" + System.lineSeparator());
    }

    @Test
    void treatsMissingFilesAndMissingSourcesAsUsageErrors() {
        run("", "extract", dir.resolve("nope.html").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(stderr).startsWith("fineprint: no such file: ");
        run("", "extract");
        assertThat(exit).isEqualTo(2);
        run("", "extract", "--batch", page.toString());
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void refusesAPrivateNetworkUrlWithoutTheSwitch() {
        run("", "extract", "http://127.0.0.1:9/terms");
        assertThat(exit).isEqualTo(1);
        assertThat(stderr).startsWith("fineprint: Fetch failed: ").contains("--allow-private-network");
        assertThat(stderr.strip()).doesNotContain("\n");
    }

    @Test
    void refusesABinaryFile() throws Exception {
        Path doc = Files.write(dir.resolve("terms.docx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        run("", "extract", doc.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(stderr).startsWith("fineprint: Fetch failed: ");
    }

    @Test
    void extractsABatchInOrderAndGoesOnAfterErrors() {
        String stdin = String.join("\n",
                "{\"id\": 1, \"source\": \"" + page + "\", \"declaration\": {\"fetch\": \"https://example.com/t\", \"select\": \".intro\"}}",
                "{\"id\": \"two\", \"source\": \"" + dir.resolve("missing.html") + "\"}",
                "this is not json",
                "",
                "{\"id\": [3], \"source\": \"" + page + "\", \"declaration\": {\"fetch\": \"https://example.com/t\", \"select\": \".none\"}}",
                "{\"id\": 4, \"source\": \"" + page + "\", \"declaration\": {\"fetch\": \"https://example.com/t\", \"select\": \".ad\"}}");
        run(stdin, "extract", "--batch");
        assertThat(exit).isZero();
        assertThat(out().split("\n")).containsExactly(
                "{\"id\":1,\"text\":\"Be nice to [people](https://example.com/people).\"}",
                "{\"id\":\"two\",\"error\":\"no such file: " + dir.resolve("missing.html") + "\"}",
                "{\"id\":null,\"error\":\"line 3 is not valid JSON (Unrecognized token 'this': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false'))\"}",
                "{\"id\":[3],\"error\":\"Extract failed: selector \\\".none\\\" matched nothing; check the declaration's select, "
                        + "or whether remove took it first (https://example.com/t)\"}",
                "{\"id\":4,\"text\":\"Buy now\"}");
    }
}
