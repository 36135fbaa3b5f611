package org.fineprint.analyze.point;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.Sentiment;

/**
 * Makes a point's title and explanation specific with what the evidence says: "Mandatory
 * arbitration in Hong Kong (HKIAC)" rather than "Disputes go to arbitration". Falls back to the
 * case's own title and description when the evidence names nothing specific.
 */
final class TitleWriter {
    private static final String LAW_OF = Details.LAW_OF;
    private TitleWriter() {
    }

    /** A title and explanation for a point of {@code c} backed by {@code evidence}. */
    static Titled write(Case c, String evidence) {
        String id = c.id();
        List<String> facts = new ArrayList<>();
        String title = c.title();
        if (id.contains("arbitration") && c.sentiment() == Sentiment.NEGATIVE) {
            List<String> bodies = Details.arbitrationBodies(evidence);
            Optional<String> seat = Details.arbitrationSeat(evidence);
            String body = bodies.isEmpty() ? null : bodies.getFirst();
            if (seat.isPresent() || body != null) {
                title = "Mandatory arbitration" + seat.map(s -> " in " + s).orElse("")
                        + (body == null ? "" : " (" + body + ")");
                facts.add("The clause names " + (body == null ? "arbitration" : body + " arbitration")
                        + seat.map(s -> " seated in " + s).orElse("") + ".");
            }
        } else if (isLawOrCourts(id)) {
            List<String> laws = Details.governingLaws(evidence);
            Optional<String> courts = Details.courts(evidence);
            if (!laws.isEmpty()) {
                // "the law of China or Hong Kong" rather than "the law of China or the law of Hong Kong"
                String law = laws.stream().allMatch(l -> l.startsWith(LAW_OF))
                        ? LAW_OF + String.join(" or ", laws.stream().map(l -> l.substring(LAW_OF.length())).toList())
                        : String.join(" or ", laws);
                title = "Governed by " + law
                        + courts.filter(k -> !laws.equals(List.of(LAW_OF + k))).map(k -> "; courts in " + k).orElse("");
            } else if (courts.isPresent()) {
                title = "Disputes go to the courts of " + courts.get();
            }
            if (laws.size() == 1) {
                facts.add("The governing law is " + laws.getFirst() + ".");
            } else if (laws.size() > 1) {
                facts.add("The clauses name more than one governing law: " + String.join("; ", laws) + ".");
            }
            courts.ifPresent(k -> facts.add("Disputes are heard in " + k + "."));
        } else if (id.contains("liability")) {
            Optional<String> cap = Details.liabilityCap(evidence);
            if (cap.isPresent() && (id.contains("cap") || id.contains("limit"))) {
                title = "Liability capped at " + cap.get();
                facts.add("The cap is " + cap.get() + ".");
            }
        } else if (id.contains("retention") || id.contains("deletion-after") || id.contains("kept")) {
            Details.period(evidence).ifPresent(p -> facts.add("The stated period is " + p + "."));
            if (c.sentiment() != Sentiment.NEGATIVE) {
                Optional<String> period = Details.period(evidence);
                if (period.isPresent()) {
                    title = c.title() + " (" + period.get() + ")";
                }
            }
        } else if (id.contains("age") || id.contains("children") || id.contains("minor")) {
            Optional<Integer> age = Details.minimumAge(evidence);
            if (age.isPresent()) {
                title = c.title() + " (minimum age " + age.get() + ")";
                facts.add("The minimum age stated is " + age.get() + ".");
            }
        } else if (id.contains("transfer")) {
            List<String> countries = Details.countries(evidence);
            if (!countries.isEmpty()) {
                title = c.title() + " (" + String.join(", ", countries.subList(0, Math.min(3, countries.size()))) + ")";
                facts.add("Countries named: " + String.join(", ", countries) + ".");
            }
        } else if (id.contains("notice") || id.contains("change")) {
            Optional<String> notice = Details.noticePeriod(evidence);
            if (notice.isPresent() && c.sentiment() != Sentiment.NEGATIVE) {
                title = c.title() + " (" + notice.get() + ")";
            }
            notice.ifPresent(n -> facts.add("The notice period is " + n + "."));
        }
        if (id.contains("shar") || id.contains("advertis") || id.contains("third-part") || id.contains("sold")) {
            List<String> partners = Details.partners(evidence);
            if (!partners.isEmpty()) {
                facts.add("Companies named: " + String.join(", ", partners) + ".");
            }
        }
        String explanation = c.description().strip();
        if (!facts.isEmpty()) {
            explanation = explanation + " " + String.join(" ", facts);
        }
        return new Titled(title, explanation);
    }

    private static boolean isLawOrCourts(String id) {
        return id.contains("governing-law") || id.contains("jurisdiction") || id.contains("courts")
                || id.contains("choice-of-law") || id.equals("law") || id.startsWith("law-");
    }

    /** A title with its explanation. */
    record Titled(String title, String explanation) {
    }
}
