package org.fineprint.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a case lines up with the public datasets it is trained and measured on.
 *
 * @param tosdr ToS;DR case ids ({@code case_id} in the ToS;DR case list) that say the same thing
 * @param claudette CLAUDETTE codes of the same kind of clause, from {@link #CLAUDETTE_CODES}
 * @param opp115 OPP-115 practice categories the case belongs to, from {@link #OPP115_CATEGORIES}
 */
public record CaseMaps(List<Integer> tosdr, List<String> claudette, List<String> opp115) {

    /** The CLAUDETTE categories of potentially unfair clauses, as in the contract's {@code classify}. */
    public static final List<String> CLAUDETTE_CODES =
            List.of("a", "ch", "cr", "j", "law", "ltd", "ter", "use", "pinc");

    /** The ten OPP-115 data-practice categories, spelled as in the dataset. */
    public static final List<String> OPP115_CATEGORIES = List.of(
            "First Party Collection/Use",
            "Third Party Sharing/Collection",
            "User Choice/Control",
            "User Access, Edit and Deletion",
            "Data Retention",
            "Data Security",
            "Policy Change",
            "Do Not Track",
            "International and Specific Audiences",
            "Other");

    /** A case with no counterpart in any dataset. */
    public static final CaseMaps NONE = new CaseMaps(List.of(), List.of(), List.of());

    public CaseMaps {
        tosdr = List.copyOf(tosdr);
        claudette = List.copyOf(claudette);
        opp115 = List.copyOf(opp115);
        for (int id : tosdr) {
            if (id <= 0) {
                throw new IllegalArgumentException("ToS;DR case id " + id + " is not a positive number");
            }
        }
        requireDistinct(tosdr, "ToS;DR case id");
        for (String code : claudette) {
            if (!CLAUDETTE_CODES.contains(code)) {
                throw new IllegalArgumentException("unknown CLAUDETTE code \"" + code + "\", expected one of "
                        + String.join(", ", CLAUDETTE_CODES));
            }
        }
        requireDistinct(claudette, "CLAUDETTE code");
        for (String category : opp115) {
            if (!OPP115_CATEGORIES.contains(category)) {
                throw new IllegalArgumentException("unknown OPP-115 category \"" + category + "\", expected one of "
                        + String.join("; ", OPP115_CATEGORIES));
            }
        }
        requireDistinct(opp115, "OPP-115 category");
    }

    private static void requireDistinct(List<?> values, String what) {
        Set<Object> seen = new HashSet<>();
        for (Object v : values) {
            if (!seen.add(v)) {
                throw new IllegalArgumentException(what + " " + v + " is listed twice");
            }
        }
    }
}
