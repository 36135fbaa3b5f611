package org.fineprint.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An executable standing in for Chromium that only notes it was started and exits with an
 * error: proves whether a fetcher tried the browser, without needing one.
 */
final class FakeBrowser {
    final Path executable;
    private final Path marker;

    FakeBrowser(Path dir) {
        try {
            marker = dir.resolve("browser-started");
            executable = dir.resolve("fake-chromium");
            Files.writeString(executable, "#!/bin/sh\necho started > '" + marker + "'\necho 'fake browser' >&2\nexit 3\n");
            Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean wasStarted() {
        return Files.exists(marker);
    }
}
