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
            Optional<String> law = Details.governingLaw(evidence);
            Optional<String> courts = Details.courts(evidence);
            if (law.isPresent()) {
                title = "Governed by the law of " + law.get()
                        + courts.filter(k -> !k.equals(law.get())).map(k -> "; courts in " + k).orElse("");
            } else if (courts.isPresent()) {
                title = "Disputes go to the courts of " + courts.get();
            }
            law.ifPresent(l -> facts.add("The governing law is that of " + l + "."));
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
