package org.fineprint.analyze.point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs of catalogue cases that cannot both be true of one document ("your data may be sold" and
 * "your data is never sold"). When a detector finds both in one document, only the one it is surer
 * of is published: a report that says both is worse than one that says either.
 */
final class Opposites {
    /** Each pair once; {@code OppositesTest} checks that every id is in the catalogue. */
    static final List<List<String>> PAIRS = List.of(
            List.of("arbitration-mandatory", "arbitration-not-required"),
            List.of("terms-change-without-notice", "terms-change-advance-notice"),
            List.of("account-termination-without-notice", "account-termination-fair"),
            List.of("real-identity-required", "pseudonyms-allowed"),
            List.of("refunds-limited", "refund-guaranteed"),
            List.of("fees-change-without-notice", "price-change-notice"),
            List.of("content-licence-broad", "content-licence-limited"),
            List.of("suggestions-owned-by-provider", "suggestions-used-not-owned"),
            List.of("location-collected", "location-not-collected"),
            List.of("tracking-pixels-fingerprinting", "no-tracking"),
            List.of("advertising-cookies-third-party", "no-third-party-trackers"),
            List.of("analytics-cookies-third-party", "no-third-party-trackers"),
            List.of("dnt-honoured", "dnt-ignored"),
            List.of("marketing-opt-out", "marketing-no-opt-out"),
            List.of("data-sold", "data-not-sold"),
            List.of("data-shared-with-partners", "data-not-shared"),
            List.of("data-shared-with-advertisers", "data-not-shared"),
            List.of("automated-decisions-used", "automated-decisions-not-used"),
            List.of("ai-training-on-user-data", "no-ai-training"),
            List.of("retention-undefined", "retention-period-stated"),
            List.of("data-used-many-purposes", "data-use-limited"),
            List.of("disclosure-to-authorities-broad", "disclosure-requires-legal-process"));

    private static final Map<String, List<String>> BY_CASE = index();

    private Opposites() {
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> map = new HashMap<>();
        for (List<String> pair : PAIRS) {
            map.computeIfAbsent(pair.get(0), k -> new ArrayList<>()).add(pair.get(1));
            map.computeIfAbsent(pair.get(1), k -> new ArrayList<>()).add(pair.get(0));
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(map);
    }

    /** The cases that contradict {@code caseId} (empty for most). */
    static List<String> of(String caseId) {
        return Optional.ofNullable(BY_CASE.get(caseId)).orElse(List.of());
    }
}
