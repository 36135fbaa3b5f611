package org.fineprint.server.publish.web;

/**
 * A point listed beside the document it quotes.
 *
 * @param index its position in the published report
 * @param title its title
 * @param sentiment {@code positive}, {@code negative} or {@code neutral}
 * @param severity 1-5
 */
record QuotedPoint(int index, String title, String sentiment, int severity) {
    public String anchor() {
        return "point-" + index;
    }
}
