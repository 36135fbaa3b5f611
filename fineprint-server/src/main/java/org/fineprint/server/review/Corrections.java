package org.fineprint.server.review;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fineprint.server.registry.Service;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curators' corrections on points: dismiss or restore, pin or unpin, edit or revert. Each change
 * is saved in place and written to the audit log with who, when and why.
 */
@Component
public class Corrections {
    private final CorrectionRepository corrections;
    private final AuditTrail audit;
    private final Clock clock;

    public Corrections(CorrectionRepository corrections, AuditTrail audit, Clock clock) {
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * New values for a point; {@code null} keeps the machine's value.
     *
     * @param title the title to show
     * @param explanation the explanation to show
     * @param severity the severity, 1-5
     */
    public record Edit(@Nullable String title, @Nullable String explanation, @Nullable Integer severity) {
        /** True when the edit changes nothing. */
        public boolean isEmpty() {
            return title == null && explanation == null && severity == null;
        }
    }

    /** Stops publishing the point. */
    @Transactional
    public boolean dismiss(Service service, PointIdentity point, String reason, String curator) {
        return change(service, point, CorrectionAction.DISMISS, true, null, reason, curator);
    }

    /** Publishes a dismissed point again. */
    @Transactional
    public boolean restore(Service service, PointIdentity point, String reason, String curator) {
        return change(service, point, CorrectionAction.DISMISS, false, null, reason, curator);
    }

    /** Shows the point first. */
    @Transactional
    public boolean pin(Service service, PointIdentity point, String reason, String curator) {
        return change(service, point, CorrectionAction.PIN, true, null, reason, curator);
    }

    /** Puts a pinned point back in importance order. */
    @Transactional
    public boolean unpin(Service service, PointIdentity point, String reason, String curator) {
        return change(service, point, CorrectionAction.PIN, false, null, reason, curator);
    }

    /**
     * Replaces the point's title, explanation or severity; an empty edit reverts to the machine's
     * values.
     */
    @Transactional
    public boolean edit(Service service, PointIdentity point, Edit edit, String reason, String curator) {
        return change(service, point, CorrectionAction.EDIT, !edit.isEmpty(), edit.isEmpty() ? null : edit, reason,
                curator);
    }

    /**
     * Saves a correction unless it is already in that state.
     *
     * @return true when something changed (and was written to the audit log)
     */
    private boolean change(Service service, PointIdentity point, CorrectionAction action, boolean active,
                           @Nullable Edit edit, String reason, String curator) {
        Optional<Correction> before = corrections.findByIdentity(service.id(), point, action);
        if (!active && before.filter(Correction::active).isEmpty()) {
            return false; // nothing to undo
        }
        Edit values = edit != null ? edit
                : before.map(c -> new Edit(c.title(), c.explanation(), c.severity())).orElse(new Edit(null, null, null));
        if (before.isPresent() && before.get().active() == active && values.equals(valuesOf(before.get()))) {
            return false; // already so
        }
        Correction after = corrections.save(new Correction.Change(service.id(), point, action, values.title(),
                values.explanation(), values.severity(), reason, curator, active), clock.instant());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("service", service.slug());
        details.put("document", point.documentType().id());
        details.put("case", point.caseId());
        details.put("before", before.map(Corrections::state).orElse(null));
        details.put("after", state(after));
        audit.record(curator, "correction." + verb(action, active), "point", subjectId(service, point), reason,
                details);
        return true;
    }

    /** How corrections of a service's point are named in the audit log: {@code slug/type/case}. */
    public static String subjectId(Service service, PointIdentity point) {
        return service.slug() + "/" + point;
    }

    private static String verb(CorrectionAction action, boolean active) {
        return switch (action) {
            case DISMISS -> active ? "dismiss" : "restore";
            case PIN -> active ? "pin" : "unpin";
            case EDIT -> active ? "edit" : "revert-edit";
        };
    }

    private static Edit valuesOf(Correction c) {
        return new Edit(c.title(), c.explanation(), c.severity());
    }

    private static Map<String, Object> state(Correction c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("active", c.active());
        if (c.action() == CorrectionAction.EDIT) {
            state.put("title", c.title());
            state.put("explanation", c.explanation());
            state.put("severity", c.severity());
        }
        return state;
    }
}
