package org.fineprint.server.archive;

/**
 * What the archive did with a text.
 *
 * @param isNew true when the text was a new version and was inserted; false when it matched the
 *     latest version's change key and nothing was inserted
 * @param version the document's current version: the new one, or the unchanged latest one
 */
public record Archived(boolean isNew, StoredVersion version) {
}
