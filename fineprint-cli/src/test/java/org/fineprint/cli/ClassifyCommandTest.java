package org.fineprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClassifyCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cli = FineprintCommand.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(out));
            cli.setErr(new PrintWriter(err));
            String[] all = new String[args.length + 1];
            all[0] = "classify";
            System.arraycopy(args, 0, all, 1, args.length);
            int exit = cli.execute(all);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void writesClaudetteLabelsInInputOrder() {
        Run r = run("""
                {"id": 1, "text": "Any dispute arising from these terms shall be resolved exclusively by final and binding arbitration."}
                {"id": "b", "text": "You can upload photos and share them with your friends."}
                """, "--labels", "claudette");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).containsExactly("{\"id\":1,\"labels\":[\"a\"]}", "{\"id\":\"b\",\"labels\":[]}");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void writesNothingForEmptyInput() {
        Run r = run("");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void namesTheLineThatIsNotJson() {
        Run r = run("{\"id\": 1, \"text\": \"Hello.\"}\n\n{\"id\": 2, \"text\": \n");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("fineprint: line 3 is not valid JSON;").doesNotContain("\n");
    }

    @Test
    void refusesALineWithoutText() {
        Run r = run("{\"id\": 1, \"sentence\": \"Hello.\"}\n");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("fineprint: line 1 has no string \"text\"");
    }

    @Test
    void writesCaseIdsWithTheCaseClassifier() {
        Run r = run("""
                {"id": 1, "text": "Any dispute arising from these terms shall be resolved exclusively by final and binding arbitration administered by the American Arbitration Association."}
                {"id": 2, "text": "You can upload photos and share them with your friends."}
                """, "--labels", "cases");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("{\"id\":1,\"labels\":[").contains("\"arbitration-mandatory\"");
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).isEqualTo("{\"id\":2,\"labels\":[]}");
    }

    @Test
    void rejectsAnUnknownLabelSetAsBadUsage() {
        Run r = run("", "--labels", "opp115");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("unknown label set 'opp115'");
    }
}
