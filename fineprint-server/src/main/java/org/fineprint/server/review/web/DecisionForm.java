package org.fineprint.server.review.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A curator's decision on a problem report.
 *
 * @param decision {@code resolved} or {@code rejected}
 * @param note what was done, or why not; shown in the audit log
 */
record DecisionForm(@NotNull @Pattern(regexp = "resolved|rejected") @Nullable String decision,
                    @Size(max = 2000) @Nullable String note) {
}
