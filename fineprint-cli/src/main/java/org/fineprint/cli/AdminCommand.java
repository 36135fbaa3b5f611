package org.fineprint.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.fineprint.server.review.AuditTrail;
import org.fineprint.server.review.Curator;
import org.fineprint.server.review.CuratorAccountException;
import org.fineprint.server.review.CuratorAccounts;
import org.fineprint.server.review.PasswordPolicy;
import org.fineprint.server.review.Usernames;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fineprint admin}: curator accounts for the curator area ({@code /admin}). */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = {"Manage the accounts of curators, who sign in at /admin to review problem reports "
                + "and correct points."},
        subcommands = {AdminCommand.AddUser.class, AdminCommand.SetPassword.class})
final class AdminCommand implements Runnable {

    @ParentCommand
    FineprintCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (add-user or set-password)");
    }

    /**
     * What the account commands share: the data directory, the checked name and password, a task
     * context to change the account in, and one line of output.
     */
    abstract static class AccountCommand implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", defaultValue = "./data", paramLabel = "DIR",
                description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path data;

        /** The name as given on the command line. */
        abstract String name();

        /** Changes the account and returns the line to print. */
        abstract String change(CuratorAccounts accounts, String username, String password);

        @Override
        public Integer call() {
            String username = checkedName(name());
            String password = readPassword(username);
            try (ConfigurableApplicationContext context = SpringLauncher.task(data, admin.root.verbose).start()) {
                String line = accountChange(() -> change(context.getBean(CuratorAccounts.class), username, password));
                PrintWriter out = spec.commandLine().getOut();
                out.println(line);
                out.flush();
            }
            return FineprintCommand.EXIT_OK;
        }
    }

    /** {@code fineprint admin add-user NAME}: creates a curator account. */
    @Command(name = "add-user", mixinStandardHelpOptions = true,
            description = {"Create a curator account.",
                    "",
                    "The password is read from stdin when it is piped (one line), otherwise asked for twice "
                            + "on the terminal without echo. It must have at least " + PasswordPolicy.MIN_LENGTH
                            + " characters and not be easy to guess; only its BCrypt hash is stored.",
                    "",
                    "One line goes to stdout; the exit code is 2 for an invalid name or a weak password, "
                            + "1 when the name is taken."})
    static final class AddUser extends AccountCommand {
        @Parameters(paramLabel = "NAME", description = "User name: 2-40 letters, digits, dots, dashes or underscores.")
        String name;

        @Override
        String name() {
            return name;
        }

        @Override
        String change(CuratorAccounts accounts, String username, String password) {
            Curator curator = accounts.create(username, password, AuditTrail.CLI);
            return "Created curator " + curator.username() + "; sign in at /admin/login";
        }
    }

    /** {@code fineprint admin set-password NAME}: replaces a curator's password. */
    @Command(name = "set-password", mixinStandardHelpOptions = true,
            description = {"Replace a curator's password.",
                    "",
                    "The password is read as for add-user: from stdin when piped, else asked for twice without echo.",
                    "",
                    "One line goes to stdout; the exit code is 2 for a weak password, 1 when there is no such account."})
    static final class SetPassword extends AccountCommand {
        @Parameters(paramLabel = "NAME", description = "The curator's user name.")
        String name;

        @Override
        String name() {
            return name;
        }

        @Override
        String change(CuratorAccounts accounts, String username, String password) {
            accounts.setPassword(username, password, AuditTrail.CLI);
            return "Changed the password of curator " + username;
        }
    }

    private static String checkedName(String name) {
        return accountChange(() -> Usernames.normalize(name));
    }

    /** Runs an account change, turning the person's mistakes (bad name, weak password) into usage errors. */
    private static <T> T accountChange(Supplier<T> change) {
        try {
            return change.get();
        } catch (CuratorAccountException e) {
            if (e.reason().isUsageError()) {
                throw new UsageException(e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Reads the new password: one line from stdin when it is not a terminal, else twice from the
     * console without echo. Checked against the policy before Spring starts, so a weak one fails fast.
     */
    static String readPassword(String username) {
        Console console = System.console();
        String password;
        if (console == null) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new UsageException("no password on stdin; pipe one line, or run in a terminal to be asked");
                }
                password = line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            char[] first = console.readPassword("Password for %s: ", username);
            char[] second = first == null ? null : console.readPassword("Repeat it: ");
            if (first == null || second == null) {
                throw new UsageException("no password given");
            }
            boolean same = Arrays.equals(first, second);
            password = new String(first);
            Arrays.fill(first, ' ');
            Arrays.fill(second, ' ');
            if (!same) {
                throw new UsageException("the two passwords differ; nothing was changed");
            }
        }
        accountChange(() -> {
            PasswordPolicy.check(username, password);
            return password;
        });
        return password;
    }
}
