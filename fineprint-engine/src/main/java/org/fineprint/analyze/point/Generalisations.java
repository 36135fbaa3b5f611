package org.fineprint.analyze.point;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Catalogue cases that a more specific case says all of: "The terms name the law and courts for
 * disputes" next to "The provider's home law governs the terms" is the same point twice. When a
 * document has a point for the specific case, the general case's point is dropped.
 */
final class Generalisations {
    /** General case → the more specific cases that make it redundant; {@code GeneralisationsTest} checks the ids. */
    static final Map<String, List<String>> COVERED_BY = Map.of(
            "governing-law-named", List.of("law-of-provider", "courts-of-provider", "consumer-law-preserved"),
            "processors-used", List.of("data-shared-with-processors"),
            "content-licence-for-service", List.of("content-licence-broad"),
            "content-removed-for-violations", List.of("content-deleted-without-reason"),
            "terms-change-with-notice", List.of("terms-change-advance-notice", "terms-change-without-notice"),
            "third-party-cookies-opt-out", List.of("advertising-cookies-third-party", "analytics-cookies-third-party"));

    private Generalisations() {
    }

    /** Whether the point for {@code caseId} says nothing that one of {@code found} does not say more precisely. */
    static boolean isCovered(String caseId, Set<String> found) {
        return COVERED_BY.getOrDefault(caseId, List.of()).stream().anyMatch(found::contains);
    }
}
