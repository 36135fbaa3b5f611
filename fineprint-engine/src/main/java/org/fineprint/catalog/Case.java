package org.fineprint.catalog;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fineprint.registry.DocumentType;

/**
 * One entry of the case catalogue: a reusable statement about a service, such as "Disputes go to
 * mandatory arbitration", that every published point belongs to.
 *
 * @param id stable kebab-case identifier, e.g. {@code arbitration-mandatory}
 * @param title short plain-English statement shown to users
 * @param topic the subject the case is grouped under
 * @param sentiment whether the case is good, bad or neither for a user
 * @param severity how much the case matters to a user, 1 (little) to 5 (most)
 * @param description what the case means for a user, in one to three sentences
 * @param documents the document types where the clause usually appears
 * @param maps the matching cases and categories of the public datasets
 * @param cues lower-case phrases typical of the clause, used as lexical features and pre-filter
 * @param evidence what a clause must say to be a point's main evidence
 */
public record Case(String id, String title, Topic topic, Sentiment sentiment, int severity,
                   String description, List<DocumentType> documents, CaseMaps maps, List<String> cues,
                   Evidence evidence) {

    /** Lowest severity: worth knowing, matters little. */
    public static final int MIN_SEVERITY = 1;
    /** Highest severity: matters most to a user. */
    public static final int MAX_SEVERITY = 5;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Case {
        documents = List.copyOf(documents);
        cues = List.copyOf(cues);
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("case id \"" + id
                    + "\" is not kebab-case (lower-case words and digits joined by single hyphens)");
        }
        requireText(id, "title", title);
        requireText(id, "description", description);
        if (severity < MIN_SEVERITY || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException("case \"" + id + "\": severity " + severity + " is outside "
                    + MIN_SEVERITY + "-" + MAX_SEVERITY);
        }
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("case \"" + id + "\": names no document type");
        }
        if (EnumSet.copyOf(documents).size() != documents.size()) {
            throw new IllegalArgumentException("case \"" + id + "\": lists a document type twice");
        }
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("case \"" + id + "\": has no cues");
        }
        Set<String> seen = new HashSet<>();
        for (String cue : cues) {
            if (cue.isBlank() || !cue.equals(cue.strip()) || !cue.equals(cue.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("case \"" + id + "\": cue \"" + cue
                        + "\" must be lower-case text without surrounding spaces");
            }
            if (!seen.add(cue)) {
                throw new IllegalArgumentException("case \"" + id + "\": cue \"" + cue + "\" is listed twice");
            }
        }
    }

    private static void requireText(String id, String field, String value) {
        if (value.isBlank() || !value.equals(value.strip())) {
            throw new IllegalArgumentException("case \"" + id + "\": " + field
                    + " must be non-blank text without surrounding spaces");
        }
    }
}
