package org.fineprint.server.publish.web;

import java.util.List;

/**
 * A document on the service page: its facts, the analysis's bullet summary and how many points quote it.
 *
 * @param row type, title, source and dates
 * @param summary plain-language bullets, empty when not analysed
 * @param points how many published points quote it
 * @param archived true when a version is archived, so the document viewer has something to show
 */
record DocumentPanel(DocumentRow row, List<String> summary, int points, boolean archived) {
    DocumentPanel {
        summary = List.copyOf(summary);
    }
}
