package org.fineprint.cli;

/** A command was called in a way that cannot work (exit code 2), found after argument parsing. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
