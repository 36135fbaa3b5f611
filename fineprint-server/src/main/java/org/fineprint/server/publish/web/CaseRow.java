package org.fineprint.server.publish.web;

import org.fineprint.catalog.Case;

/**
 * A catalogue case with how many services currently have it.
 *
 * @param id the case id
 * @param title its statement
 * @param sentiment {@code positive}, {@code negative} or {@code neutral}
 * @param severity 1-5
 * @param description what it means for a user
 * @param services how many services' published reports have a point of this case
 */
record CaseRow(String id, String title, String sentiment, int severity, String description, int services) {
    static CaseRow of(Case c, int services) {
        return new CaseRow(c.id(), c.title(), c.sentiment().id(), c.severity(), c.description(), services);
    }
}
