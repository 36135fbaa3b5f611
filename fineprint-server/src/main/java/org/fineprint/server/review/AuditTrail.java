package org.fineprint.server.review;

import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Writes changes to the audit log, with the time from the application clock and details as JSON. */
@Component
public class AuditTrail {
    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The actor recorded for changes made from the command line. */
    public static final String CLI = "cli";

    private final AuditLogRepository entries;
    private final Clock clock;

    public AuditTrail(AuditLogRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records one change; call it in the transaction that makes the change.
     *
     * @param actor who made it (a curator's username, or {@link #CLI})
     * @param action what, e.g. {@code correction.dismiss}
     * @param subjectType what kind of thing: {@code point}, {@code report}, {@code user}
     * @param subjectId which one
     * @param reason why, in the curator's words, if given
     * @param details the change, as names and plain values (strings, numbers, booleans, maps, lists)
     */
    public void record(String actor, String action, String subjectType, String subjectId, @Nullable String reason,
                       Map<String, ?> details) {
        entries.insert(clock.instant(), actor, action, subjectType, subjectId, reason, JSON.writeValueAsString(details));
        log.info("audit actor={} action={} subject={}/{}", actor, action, subjectType, subjectId);
    }
}
