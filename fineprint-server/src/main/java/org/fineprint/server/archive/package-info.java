/** The archive: append-only versions, content-addressed snapshots, fetch attempts and the tracker that records them. */
@NullMarked
package org.fineprint.server.archive;

import org.jspecify.annotations.NullMarked;
