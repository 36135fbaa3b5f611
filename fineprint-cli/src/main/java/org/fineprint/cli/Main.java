package org.fineprint.cli;

import picocli.CommandLine;

/** Entry point of {@code ./fineprint}: runs one command and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(FineprintCommand.commandLine().execute(args));
    }
}
