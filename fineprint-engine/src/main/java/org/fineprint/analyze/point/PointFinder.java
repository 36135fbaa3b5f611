package org.fineprint.analyze.point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Markup;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CueMatcher;
import org.fineprint.registry.DocumentType;

/**
 * Turns clause scores into points: at most one point per case per document, backed by the best
 * evidence (neighbouring clauses of the same paragraph that also score merged into one quote, and
 * a second passage elsewhere when it is nearly as strong), with the severity moved by what the
 * evidence says and a title made specific by {@link TitleWriter}. A clause is evidence only when it
 * states something and says what the case is about ({@link org.fineprint.catalog.Evidence}), however
 * high it scores; of two contradicting points the surer one stays ({@link Opposites}), and a general
 * point gives way to a more specific one ({@link Generalisations}).
 */
public final class PointFinder {
    /** A neighbour joins the best clause's quote when it scores at least this share of the threshold. */
    static final double NEIGHBOUR_SHARE = 0.7;
    /**
     * Another separate passage is quoted when it scores at least this share of the best one (and
     * above the threshold): ToS;DR's curators often quote the second place a document says it.
     */
    static final double OTHER_QUOTE_SHARE = 0.5;
    /** Cases not listed for a document type need this much more than their threshold there. */
    static final float OFF_TYPE_MARGIN = 0.15f;
    /** A merged quote stops growing at this many characters. */
    static final int MAX_QUOTE_CHARS = 1200;
    /**
     * A clause needs at least this many words to be evidence on its own ("6." or "Contact us"
     * cannot state a case, whatever a classifier scores them); it can still join a neighbour's quote.
     */
    static final int MIN_WORDS = 4;
    /** A point quotes at most this many separate passages. */
    static final int MAX_QUOTES = 3;
    /** A list's lead-in ("Categories of these partners include:") is quoted with at most this much of the list. */
    static final int LEAD_IN_LIST_CHARS = 600;

    /**
     * Finds one document's points.
     *
     * @param documentId the report-local document id ({@code d0}, …)
     * @param type the document's type; cases listed for other types need a higher score
     * @param text the document's extracted text
     * @param clauses its clauses
     * @param scores the detector's scores for those clauses
     * @return the points, in no particular order
     */
    public List<Point> find(String documentId, DocumentType type, String text, List<Clause> clauses, CaseScores scores) {
        List<Point> points = new ArrayList<>();
        Map<String, Double> margins = new HashMap<>();
        boolean[] substantive = new boolean[clauses.size()];
        String[] normalized = new String[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            String plain = Markup.strip(clauses.get(i).text(text));
            substantive[i] = substantive(clauses.get(i), plain);
            normalized[i] = CueMatcher.normalize(plain);
        }
        for (int j = 0; j < scores.cases().size(); j++) {
            Case c = scores.cases().get(j);
            float threshold = scores.thresholds()[j];
            if (!c.documents().isEmpty() && !c.documents().contains(type)) {
                threshold = Math.min(0.99f, threshold + OFF_TYPE_MARGIN);
            }
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                if (substantive[i] && scores.score(i, j) >= threshold && c.evidence().supports(normalized[i])) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            final int caseIndex = j;
            candidates.sort(Comparator.comparingDouble((Integer i) -> -scores.score(i, caseIndex)).thenComparingInt(i -> i));
            int best = candidates.getFirst();
            List<Quote> quotes = new ArrayList<>();
            int[] span = grow(clauses, scores, j, best, threshold * NEIGHBOUR_SHARE, normalized[best].endsWith(":"));
            quotes.add(Quote.of(text, span[0], span[1]));
            for (int i : candidates.subList(1, candidates.size())) {
                Clause other = clauses.get(i);
                if (other.block() != clauses.get(best).block()
                        && scores.score(i, j) >= OTHER_QUOTE_SHARE * scores.score(best, j)) {
                    int[] second = grow(clauses, scores, j, i, threshold * NEIGHBOUR_SHARE, normalized[i].endsWith(":"));
                    Quote candidate = Quote.of(text, second[0], second[1]);
                    // Documents often repeat a clause (a summary, a regional copy): quote it once.
                    boolean repeated = quotes.stream().anyMatch(q -> q.text().equals(candidate.text())
                            || q.start() < candidate.end() && candidate.start() < q.end());
                    if (!repeated) {
                        quotes.add(candidate);
                        if (quotes.size() == MAX_QUOTES) {
                            break;
                        }
                    }
                }
            }
            quotes.sort(Comparator.comparingInt(Quote::start));
            String evidence = String.join(" ", quotes.stream().map(Quote::text).toList());
            TitleWriter.Titled titled = TitleWriter.write(c, evidence);
            int severity = SeverityAdjuster.adjust(c.sentiment(), c.severity(), evidence);
            points.add(new Point(c.id(), titled.title(), c.sentiment(), severity, documentId, titled.explanation(),
                    quotes, scores.score(best, j)));
            margins.put(c.id(), (double) scores.score(best, j) - threshold);
        }
        // Of two points that contradict each other, keep the one further above its threshold.
        points.removeIf(p -> Opposites.of(p.caseId()).stream()
                .anyMatch(o -> margins.containsKey(o) && margins.get(o) > margins.get(p.caseId())));
        // A general point next to a more specific one says the same thing twice.
        Set<String> found = points.stream().map(Point::caseId).collect(Collectors.toSet());
        points.removeIf(p -> Generalisations.isCovered(p.caseId(), found));
        return points;
    }

    /**
     * A clause can be a point's evidence on its own only when it states something: at least
     * {@link #MIN_WORDS} words long, and neither a heading (nor a line written like one, "Information
     * That We Receive From Third Parties") nor a question ("Why do we use cookies?").
     */
    private static boolean substantive(Clause clause, String plain) {
        return clause.kind() != Clause.Kind.HEADING && !plain.endsWith("?") && !titleCase(plain)
                && words(plain) >= MIN_WORDS;
    }

    /** Mixed-case text without a closing full stop whose longer words all start with a capital. */
    static boolean titleCase(String plain) {
        if (plain.isEmpty() || ".;!".indexOf(plain.charAt(plain.length() - 1)) >= 0
                || plain.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        int longWords = 0;
        for (String word : plain.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                if (!Character.isUpperCase(word.charAt(0))) {
                    return false;
                }
                longWords++;
            }
        }
        return longWords >= 2;
    }

    /** Words of at least two letters in a clause. */
    private static int words(String clause) {
        int words = 0;
        int letters = 0;
        for (int i = 0; i < clause.length(); i++) {
            if (Character.isLetter(clause.charAt(i))) {
                letters++;
            } else {
                words += letters >= 2 ? 1 : 0;
                letters = 0;
            }
        }
        return words + (letters >= 2 ? 1 : 0);
    }

    /**
     * The span of clause {@code at} grown over neighbours of its block that also score; a list's
     * lead-in also takes the start of its list, which says what the lead-in announces.
     */
    private static int[] grow(List<Clause> clauses, CaseScores scores, int caseIndex, int at, double minScore,
                              boolean leadIn) {
        Clause seed = clauses.get(at);
        int start = seed.start();
        int end = seed.end();
        for (int i = at - 1; i >= 0; i--) {
            Clause c = clauses.get(i);
            if (c.block() != seed.block() || scores.score(i, caseIndex) < minScore || end - c.start() > MAX_QUOTE_CHARS) {
                break;
            }
            start = c.start();
        }
        for (int i = at + 1; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.block() != seed.block() || scores.score(i, caseIndex) < minScore || c.end() - start > MAX_QUOTE_CHARS) {
                break;
            }
            end = c.end();
        }
        for (int i = at + 1; leadIn && i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (c.kind() != Clause.Kind.LIST_ITEM || c.end() - seed.end() > LEAD_IN_LIST_CHARS) {
                break;
            }
            end = Math.max(end, c.end());
        }
        return new int[] {start, end};
    }

    /** Orders points by importance: negative and positive by severity (then confidence), neutral last. */
    public static List<Point> byImportance(List<Point> points) {
        List<Point> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingInt((Point p) -> p.sentiment() == org.fineprint.catalog.Sentiment.NEUTRAL ? 1 : 0)
                .thenComparingInt(p -> -p.severity())
                .thenComparingDouble(p -> -p.confidence())
                .thenComparing(Point::document)
                .thenComparingInt(p -> p.quotes().getFirst().start()));
        return sorted;
    }
}
