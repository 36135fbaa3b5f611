package org.fineprint.analyze.point;

import java.util.regex.Pattern;
import org.fineprint.catalog.Sentiment;

/**
 * Moves a point's severity one step from its case's default by what the evidence says: a
 * negative clause is worse when it applies "at any time", "without notice", "for any reason" or
 * grants rights "irrevocably", and milder when it promises notice, reasons or limits itself to
 * what the law allows.
 */
final class SeverityAdjuster {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern AGGRAVATING = Pattern.compile(
            "at any time|without (?:any |prior |advance )?(?:notice|notification|reason|cause|liability)"
            + "|(?:sole|absolute|complete) discretion|for any (?:or no )?reason|irrevocabl|perpetual|unlimited"
            + "|sub-?licens|waive (?:any|all)|to the (?:maximum|fullest) extent", FLAGS);
    private static final Pattern MITIGATING = Pattern.compile(
            "\\d+\\s*(?:\\(\\d+\\)\\s*)?days?['’]?\\s+(?:prior |advance |written )*notice|reasonable (?:prior )?notice"
            + "|(?:we will|we'll) (?:notify|inform|tell) you|for (?:a )?(?:valid|legitimate|good) reason"
            + "|except (?:where|as) (?:prohibited|required) by (?:applicable )?law|nothing in these terms (?:limits|excludes)"
            + "|does not (?:affect|limit) your statutory rights", FLAGS);

    private SeverityAdjuster() {
    }

    /** The severity for a point of {@code base} severity backed by {@code evidence}. */
    static int adjust(Sentiment sentiment, int base, String evidence) {
        if (sentiment != Sentiment.NEGATIVE) {
            return base;
        }
        boolean worse = AGGRAVATING.matcher(evidence).find();
        boolean milder = MITIGATING.matcher(evidence).find();
        if (worse && !milder) {
            return Math.min(5, base + 1);
        }
        if (milder && !worse) {
            return Math.max(1, base - 1);
        }
        return base;
    }
}
