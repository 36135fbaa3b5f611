package org.fineprint.tools.classify;

import java.nio.file.Path;
import org.fineprint.tools.DataOption;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The data options shared by {@code train claudette} and {@code eval claudette}: where the data is and what to learn from. */
final class CorpusOptions {
    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--extra-data", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also train on the English sentences of claudette-multilingual-50; in cross-validation, copies of a "
                + "test document are left out (default: ${DEFAULT-VALUE}).")
    boolean extraData;

    @Option(names = "--tosdr-quotes", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Also train on ToS;DR quotes of the catalogue cases mapped to a CLAUDETTE code; in cross-validation, "
                + "services matching a test document are left out of that fold (default: ${DEFAULT-VALUE}).")
    boolean tosdrQuotes;

    @Option(names = "--score-extra", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "Judge C, thresholds and gate on the extra CLAUDETTE corpus too (default: ${DEFAULT-VALUE}).")
    boolean scoreExtra;

    /** The data directory: {@code --data}, else {@code $FINEPRINT_DATA}, else shared/data above the working directory. */
    Path dataDir() {
        return data.dir();
    }
}
