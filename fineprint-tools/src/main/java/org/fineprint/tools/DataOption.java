package org.fineprint.tools;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --data} option of every command that reads {@code ../shared/data} (a picocli mixin). */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR",
            description = "The shared data folder (default: $FINEPRINT_DATA, else the nearest shared/data beside the repository "
                + "or one of its parents).")
    @Nullable Path data;

    /**
     * @return the data folder ({@link DataDir#resolve})
     * @throws IllegalArgumentException when none is found, naming where it looked
     */
    public Path dir() {
        return DataDir.resolve(data);
    }
}
