package org.fineprint.server.review;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A curator's decision about one point of a service, kept apart from the machine's output and
 * applied to every analysis that finds the point again. There is one row per point and action;
 * undoing a correction makes it inactive rather than deleting it.
 *
 * @param id database id
 * @param serviceId the service
 * @param point the point's identity (document type and case id)
 * @param action dismiss, pin or edit
 * @param title for an edit, the title to show instead of the machine's, or {@code null} to keep it
 * @param explanation for an edit, the explanation to show instead, or {@code null} to keep it
 * @param severity for an edit, the severity (1-5) to use instead, or {@code null} to keep it
 * @param reason why the curator made (or last changed) it
 * @param author the curator who last changed it
 * @param active whether it applies
 * @param createdAt when it was first made
 * @param updatedAt when it last changed
 */
public record Correction(long id, long serviceId, PointIdentity point, CorrectionAction action,
                         @Nullable String title, @Nullable String explanation, @Nullable Integer severity,
                         String reason, String author, boolean active, Instant createdAt, Instant updatedAt) {
    public Correction {
        Change.check(action, title, explanation, severity);
    }

    /**
     * A correction as a curator sets it; {@link CorrectionRepository#save} stores it in place of
     * the point's earlier correction with the same action.
     *
     * @param serviceId the service
     * @param point the point's identity
     * @param action dismiss, pin or edit
     * @param title for an edit, the new title or {@code null}
     * @param explanation for an edit, the new explanation or {@code null}
     * @param severity for an edit, the new severity or {@code null}
     * @param reason why
     * @param author who
     * @param active whether it applies from now on
     */
    public record Change(long serviceId, PointIdentity point, CorrectionAction action, @Nullable String title,
                         @Nullable String explanation, @Nullable Integer severity, String reason, String author,
                         boolean active) {
        public Change {
            check(action, title, explanation, severity);
            if (reason.isBlank()) {
                throw new IllegalArgumentException("a correction needs a reason");
            }
        }

        private static void check(CorrectionAction action, @Nullable String title, @Nullable String explanation,
                                  @Nullable Integer severity) {
            boolean edits = title != null || explanation != null || severity != null;
            if (action == CorrectionAction.EDIT && !edits) {
                throw new IllegalArgumentException("an edit changes the title, the explanation or the severity");
            }
            if (action != CorrectionAction.EDIT && edits) {
                throw new IllegalArgumentException("only an edit carries a title, explanation or severity");
            }
            if (severity != null && (severity < 1 || severity > 5)) {
                throw new IllegalArgumentException("severity must be 1-5, got " + severity);
            }
            if ((title != null && title.isBlank()) || (explanation != null && explanation.isBlank())) {
                throw new IllegalArgumentException("an edited title or explanation must not be blank");
            }
        }
    }
}
