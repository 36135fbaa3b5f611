package org.fineprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code admin add-user} and {@code admin set-password} with the password piped on stdin. */
class AdminCommandIT {
    private static final InputStream STDIN = System.in;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        System.setIn(STDIN);
    }

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = FineprintCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void addsACuratorOnceAndChangesItsPassword() {
        String data = dir.resolve("data").toString();

        int created = run("lantern orbit velvet cactus\n", "admin", "add-user", "--data", data, "Alice");
        String createdOut = out.toString();
        int again = run("marble kettle snow finch\n", "admin", "add-user", "--data", data, "alice");
        String againErr = err.toString();
        int changed = run("marble kettle snow finch\n", "admin", "set-password", "--data", data, "alice");

        assertThat(created).isZero();
        assertThat(createdOut).isEqualTo("Created curator alice; sign in at /admin/login" + System.lineSeparator());
        assertThat(again).isEqualTo(1);
        assertThat(againErr).startsWith("fineprint: Curator account: alice exists already");
        assertThat(changed).isZero();
        assertThat(out.toString()).startsWith("Changed the password of curator alice");
    }

    @Test
    void refusesAWeakPasswordOrABadNameAsUsageErrorsBeforeStarting() {
        String data = dir.resolve("data").toString();

        assertThat(run("password\n", "admin", "add-user", "--data", data, "alice")).isEqualTo(2);
        assertThat(err.toString()).contains("password refused for alice: it has 8 characters").doesNotContain("password\n");
        assertThat(out.toString()).isEmpty();

        assertThat(run("", "admin", "add-user", "--data", data, "alice")).isEqualTo(2);
        assertThat(err.toString()).contains("no password on stdin");

        assertThat(run("lantern orbit velvet cactus\n", "admin", "add-user", "--data", data, "al ice")).isEqualTo(2);
        assertThat(err.toString()).contains("\"al ice\" is not a valid user name");

        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void changingThePasswordOfNobodyFails() {
        int exit = run("lantern orbit velvet cactus\n", "admin", "set-password", "--data", dir.resolve("data").toString(),
                "nobody");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("there is no account named nobody");
    }
}
