package org.fineprint.tools;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Finds the shared data directory: {@code --data}, else {@code $FINEPRINT_DATA}, else
 * {@code shared/data} beside the repository.
 */
public final class DataDir {
    private DataDir() {
    }

    /**
     * @param option the {@code --data} option, or {@code null}
     * @return the data directory: the option, else {@code $FINEPRINT_DATA}, else the first
     *     {@code shared/data} beside the repository or one of its parents
     * @throws IllegalArgumentException when none is found, naming where it looked
     */
    public static Path resolve(@Nullable Path option) {
        if (option != null) {
            if (!Files.isDirectory(option)) {
                throw new IllegalArgumentException("data directory " + option + " does not exist; pass --data DIR");
            }
            return option;
        }
        String env = System.getenv("FINEPRINT_DATA");
        if (env != null && !env.isBlank()) {
            if (!Files.isDirectory(Path.of(env))) {
                throw new IllegalArgumentException("FINEPRINT_DATA=" + env + " is not a directory");
            }
            return Path.of(env);
        }
        // The repository root is three levels above this module's jar (fineprint-tools/target/x.jar),
        // or the working directory when run from classes; worktrees sit one level deeper than main.
        Path start = repositoryRoot();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("data");
            if (p.getParent() != null && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no shared/data directory found above " + start + "; pass --data DIR");
    }

    private static Path repositoryRoot() {
        try {
            Path code = Path.of(DataDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = code; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve("fineprint-tools")) && Files.exists(p.resolve("pom.xml"))) {
                    return p;
                }
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("").toAbsolutePath();
    }
}
