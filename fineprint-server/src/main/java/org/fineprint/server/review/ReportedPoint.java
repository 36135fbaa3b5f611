package org.fineprint.server.review;

import org.jspecify.annotations.Nullable;

/**
 * A point as the reader saw it when reporting a problem with it; copied, because the next
 * analysis replaces the point.
 *
 * @param identity the point's identity, which outlives the point
 * @param title its title as shown
 * @param quote the first quote as shown, when it had one
 */
public record ReportedPoint(PointIdentity identity, String title, @Nullable String quote) {
}
