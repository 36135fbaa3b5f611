package org.fineprint.analyze.llm;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Rating;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.report.Report;
import org.jspecify.annotations.Nullable;

/**
 * The fixed system prompts of each stage. They change only with {@link #VERSION}, which is part of
 * every cache key, so a prompt change never reuses answers to the old prompt. Each prompt starts
 * with {@code Stage: <id>}, shares the same rules (English prose, verbatim quotes in the
 * document's language, nothing beyond the document, no talk of parts or excerpts) and shows the
 * answer's JSON shape, which endpoints without {@code json_schema} support need.
 *
 * <p>The catalogue is listed in the points prompt, which is therefore the same for every part of
 * every document: endpoints that cache prompt prefixes bill it once.
 */
final class Prompts {
    /** Bump when any prompt or schema changes. */
    static final String VERSION = "1";

    private static final String RULES = """
            You are Fineprint's analyst of the legal documents of online services (terms of service, \
            privacy policies, cookie policies and the like). You explain them to ordinary users.

            Rules:
            - Write every title, bullet, explanation and overview in plain English, whatever the language of \
            the document. Short sentences, no legal jargon, no marketing tone.
            - Copy quotes exactly from the document, in the document's own language, character for character: \
            same words, spelling, capitals and punctuation. Never translate, paraphrase, shorten, join or \
            correct a quote, and never put "..." in one.
            - Say only what the document says. Do not guess and do not add what you know about the service \
            from elsewhere.
            - Write about the document itself ("The terms say ...", "The service may ..."). A long document is \
            shown one part at a time: never mention parts, excerpts, chunks, passages, sections provided, \
            "the provided text" or "the text above".
            - Answer with one JSON object of the shape below and nothing else: no Markdown, no comments.
            """;

    private Prompts() {
    }

    static String summary() {
        return "Stage: " + Stage.SUMMARY.id() + "\n" + RULES + """

                Task: summarise the document for a user in 5 to 10 bullets, in the order the document covers \
                things. Each bullet is one plain sentence of at most 30 words that says something concrete: what \
                is collected or shared and with whom, what the user allows or gives up, for how long, who decides, \
                what it costs. Put first what matters most to a user within each topic: rights given up, money, \
                personal data, the account, disputes.
                When the request says you see one part of a long document, give 1 to 4 bullets about that part \
                only, still written about the document.

                Answer shape: {"bullets": ["...", "..."]}
                """;
    }

    static String summaryMerge() {
        return "Stage: " + Stage.SUMMARY_MERGE.id() + "\n" + RULES + """

                Task: you get the bullets written about consecutive parts of one long document, in document \
                order. Merge them into one summary of 5 to 10 bullets, still in document order: drop repetitions \
                and minor details, keep what matters most to a user and keep concrete facts (periods, amounts, \
                places, company names). Use only facts found in the bullets.

                Answer shape: {"bullets": ["...", "..."]}
                """;
    }

    static String points(CaseCatalog catalog) {
        StringBuilder cases = new StringBuilder();
        for (Case c : catalog.all()) {
            cases.append(c.id()).append(" | ").append(c.sentiment().id()).append(" | ").append(c.severity())
                    .append(" | ").append(c.title()).append('\n');
        }
        return "Stage: " + Stage.POINTS.id() + "\n" + RULES + """

                Task: find the points of interest a user should know about, using Fineprint's case catalogue \
                below. For every case the document clearly establishes, give one point:
                - "case": the case id from the catalogue. For an important clause that fits no case, use "other" \
                (at most 3 such points).
                - "sentiment": the catalogue's sentiment for the case; for "other", whether the clause is \
                positive, negative or neutral for the user.
                - "severity": 1 to 5 (5 matters most). Start from the catalogue's severity and move it by one \
                only when the document's wording is clearly harsher or milder than usual.
                - "title": a short, specific title (at most 80 characters) saying what this document does, e.g. \
                "Disputes go to arbitration in Hong Kong (HKIAC)".
                - "explanation": one or two sentences on why it matters to the user.
                - "quotes": one to three passages copied exactly from the document that prove the point: whole \
                sentences, each at most 400 characters.
                - "confidence": 0 to 1, how clearly the quotes establish the case.
                Do not report a case the document contradicts ("we do not sell your data" is not the case about \
                selling data; it may be a positive case). Report each case once. When nothing applies, answer \
                {"points": []}.

                Answer shape: {"points": [{"case": "...", "sentiment": "negative", "severity": 3, "title": "...", \
                "explanation": "...", "quotes": ["..."], "confidence": 0.8}]}

                Catalogue (id | sentiment | severity | title):
                """ + cases;
    }

    static String confirm() {
        return "Stage: " + Stage.CONFIRM.id() + "\n" + RULES + """

                Task: Fineprint's built-in detector proposes candidate passages of the document that may \
                establish cases of Fineprint's catalogue. For each candidate, decide whether its passage really \
                establishes that case for this service, and give one decision per candidate:
                - "candidate": the candidate's id.
                - "applies": true only when the passage clearly says what the case describes; false when it says \
                something else, the opposite, or too little.
                - "quote": when it applies, the sentence or sentences of the passage that prove it, copied \
                exactly; otherwise "".
                - "title": when it applies, a short, specific title (at most 80 characters) saying what this \
                document does; otherwise "".
                - "explanation": when it applies, one or two sentences on why it matters to the user; otherwise "".
                - "severity": 1 to 5, the case's severity moved by one only when the wording is clearly harsher \
                or milder than usual.

                Answer shape: {"decisions": [{"candidate": "c1", "applies": true, "severity": 4, "title": "...", \
                "explanation": "...", "quote": "..."}]}
                """;
    }

    static String overview() {
        return "Stage: " + Stage.OVERVIEW.id() + "\n" + RULES + """

                Task: write the overview of a service for a user deciding whether to use it: one paragraph of 3 \
                to 5 sentences. Say what the documents mean for the user: the most serious negative points first, \
                then the notable positive ones. Stay consistent with the rating given; do not state a number of \
                stars and do not add anything that is not in the points and summaries given.

                Answer shape: {"overview": "..."}
                """;
    }

    /** The header every per-document request starts with. */
    static String documentHeader(String service, String title, String typeTitle, String languageName) {
        return "Service: " + service + "\nDocument: " + title + " (" + typeTitle + ")\nLanguage of the document: "
                + languageName + "\n";
    }

    /** The request for one part of a document: the header, where the part sits, and its text verbatim. */
    static String documentPart(String header, int part, int parts, String text, boolean summary) {
        StringBuilder out = new StringBuilder(header);
        if (parts > 1) {
            out.append("This is part ").append(part).append(" of ").append(parts).append(" of a long document")
                    .append(summary ? "; give 1 to 4 bullets about it.\n" : ".\n");
        }
        return out.append("<document>\n").append(text).append("\n</document>\n").toString();
    }

    /** The request to confirm or reject candidate passages (hybrid mode). */
    static String confirmRequest(String header, List<CandidateFinder.Candidate> candidates, String text) {
        StringBuilder out = new StringBuilder(header).append("Candidates:\n");
        for (CandidateFinder.Candidate c : candidates) {
            Case k = c.c();
            out.append("<candidate id=\"").append(c.id()).append("\" case=\"").append(k.id()).append("\">\n")
                    .append("Case: ").append(k.title()).append(" (").append(k.sentiment().id()).append(", severity ")
                    .append(k.severity()).append("): ").append(k.description()).append('\n')
                    .append("Passage:\n").append(c.text(text)).append("\n</candidate>\n");
        }
        return out.toString();
    }

    /** The request for the overview: the service, its rating, its points and its summaries. */
    static String overviewRequest(String service, @Nullable String category, Rating rating, List<Point> ordered,
                                  List<Report.Document> documents) {
        StringBuilder user = new StringBuilder("Service: ").append(service);
        if (category != null) {
            user.append(" (").append(category).append(')');
        }
        user.append("\nRating: ").append(rating.stars() == null ? rating.label()
                : rating.label() + " (score " + rating.score() + ")").append("\nPoints, most important first:\n");
        if (ordered.isEmpty()) {
            user.append("(none found)\n");
        }
        for (Point p : ordered) {
            String type = documents.stream().filter(d -> d.id().equals(p.document())).findFirst()
                    .map(d -> d.type().title()).orElse("document");
            user.append("- [").append(p.sentiment().id()).append(", severity ").append(p.severity()).append("] ")
                    .append(p.title()).append(" (").append(type).append(")\n");
        }
        user.append("Document summaries:\n");
        for (Report.Document d : documents) {
            user.append(d.title()).append(" (").append(d.type().title()).append("):\n");
            d.summary().forEach(b -> user.append("- ").append(b).append('\n'));
        }
        return user.toString();
    }

    /** The request to merge the bullets of a document's parts. */
    static String mergeRequest(String header, List<String> bullets) {
        StringBuilder out = new StringBuilder(header).append("Bullets, in document order:\n");
        for (String b : bullets) {
            out.append("- ").append(b).append('\n');
        }
        return out.toString();
    }
}
