package org.fineprint.server.review.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A curator's change to one point, from the corrections page.
 *
 * @param action {@code dismiss}, {@code restore}, {@code pin}, {@code unpin}, {@code edit} or {@code revert}
 * @param document the point's document type
 * @param caseId the point's case
 * @param reason why; required for every change, shown in the audit log
 * @param title for an edit, the title to show
 * @param explanation for an edit, the explanation to show
 * @param severity for an edit, the severity (1-5)
 */
record CorrectionForm(@NotBlank @Pattern(regexp = "dismiss|restore|pin|unpin|edit|revert") @Nullable String action,
                      @NotBlank @Size(max = 40) @Nullable String document,
                      @NotBlank @Size(max = 100) @Nullable String caseId,
                      @NotBlank @Size(max = 1000) @Nullable String reason,
                      @Size(max = 200) @Nullable String title,
                      @Size(max = 2000) @Nullable String explanation,
                      @Min(1) @Max(5) @Nullable Integer severity) {
}
