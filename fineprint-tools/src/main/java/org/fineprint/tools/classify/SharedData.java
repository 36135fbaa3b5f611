package org.fineprint.tools.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** Finds the shared datasets directory ({@code shared/data}). */
final class SharedData {
    private SharedData() {
    }

    /**
     * @param option the {@code --data} option, or null
     * @param spec the command, for usage errors
     * @return the option when given, else {@code $FINEPRINT_DATA}, else the first {@code shared/data}
     *     found beside the working directory or one of its parents
     * @throws CommandLine.ParameterException when none exists
     */
    static Path resolve(@Nullable Path option, CommandLine.Model.CommandSpec spec) {
        if (option != null) {
            if (!Files.isDirectory(option)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--data " + option + " is not a directory");
            }
            return option;
        }
        String env = System.getenv("FINEPRINT_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate.resolve("claudette-tos50"))) {
                return candidate;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                "cannot find shared/data; pass --data DIR or set FINEPRINT_DATA");
    }
}
