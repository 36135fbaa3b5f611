package org.fineprint.analyze.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fineprint.analyze.llm.Answers.DraftPoint;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.analyze.point.QuoteLocator;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Sentiment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the model's draft points for one document into published points: every quote is located
 * in the document ({@link QuoteLocator}, nearest the part it came from) or dropped, a point left
 * without quotes is dropped, catalogue cases keep the catalogue's sentiment and a severity at most
 * one step from the catalogue's, and points of one case found in several parts are merged into
 * one, keeping the best evidence. Prose passes {@link ProseGuard}.
 *
 * <p>Points naming no catalogue case ({@code other}) are published with case {@code other}, the
 * model's own title and sentiment, a severity of at most {@link #OTHER_MAX_SEVERITY}, and at most
 * {@link #MAX_OTHER_POINTS} per document; they do not move the rating.
 */
final class Grounder {
    /** The most quotes one merged point keeps. */
    static final int MAX_QUOTES = 3;
    /** Uncatalogued points never outrank serious catalogue points. */
    static final int OTHER_MAX_SEVERITY = 3;
    /** The most uncatalogued points per document. */
    static final int MAX_OTHER_POINTS = 3;
    /** The longest title published; longer ones are cut at a word. */
    static final int MAX_TITLE_CHARS = 120;

    private static final Logger log = LoggerFactory.getLogger(Grounder.class);

    private final CaseCatalog catalog;

    Grounder(CaseCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * A draft with the part of the document it was read from.
     *
     * @param point the draft
     * @param hintStart start of that part
     * @param hintEnd end of that part
     */
    record Draft(DraftPoint point, int hintStart, int hintEnd) {
    }

    /** One document's grounded points, with what was dropped. */
    record Grounded(List<Point> points, int quotesDropped, int pointsDropped) {
    }

    /**
     * Grounds and merges one document's drafts.
     *
     * @param documentId the report's document id
     * @param locator the document's quote locator
     * @param drafts the drafts of all its parts, in part order
     */
    Grounded ground(String documentId, QuoteLocator locator, List<Draft> drafts) {
        int quotesDropped = 0;
        int pointsDropped = 0;
        Map<String, List<Point>> byKey = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            DraftPoint d = draft.point();
            Optional<Case> c = catalog.byId(d.caseId());
            boolean other = c.isEmpty();
            if (other && !Schemas.OTHER.equals(d.caseId())) {
                log.warn("llm point ignored document={} reason=unknown-case case={}", documentId, d.caseId());
                continue;
            }
            Optional<String> title = ProseGuard.clean(d.title()).map(Grounder::shorten).filter(t -> !t.isBlank());
            if (other && title.isEmpty()) {
                log.debug("llm point ignored document={} reason=other-without-title", documentId);
                continue;
            }
            List<Quote> quotes = new ArrayList<>();
            for (String q : d.quotes()) {
                Optional<Quote> found = locator.locate(q, draft.hintStart(), draft.hintEnd());
                if (found.isEmpty()) {
                    quotesDropped++;
                    continue;
                }
                if (quotes.stream().noneMatch(k -> overlaps(k, found.get()))) {
                    quotes.add(found.get());
                }
            }
            if (quotes.isEmpty()) {
                pointsDropped++;
                log.debug("llm point dropped document={} case={} reason=no-quote-located", documentId, d.caseId());
                continue;
            }
            quotes.sort(Comparator.comparingInt(Quote::start));
            double located = d.quotes().isEmpty() ? 0 : (double) quotes.size() / d.quotes().size();
            double confidence = Math.max(0, Math.min(1, d.confidence() * Math.min(1, located)));
            Point point;
            if (other) {
                Sentiment sentiment = Sentiment.fromId(d.sentiment()).orElse(Sentiment.NEUTRAL);
                int severity = Math.max(1, Math.min(OTHER_MAX_SEVERITY, d.severity() == 0 ? 2 : d.severity()));
                String explanation = ProseGuard.clean(d.explanation()).filter(e -> !e.isBlank()).orElse(title.get());
                point = new Point(Schemas.OTHER, title.get(), sentiment, severity, documentId, explanation, quotes,
                        confidence);
            } else {
                Case k = c.get();
                point = new Point(k.id(), title.orElse(k.title()), k.sentiment(), severity(k, d.severity()), documentId,
                        ProseGuard.clean(d.explanation()).filter(e -> !e.isBlank()).orElse(k.description()), quotes,
                        confidence);
            }
            String key = other ? "other:" + point.title().toLowerCase(Locale.ROOT) : point.caseId();
            byKey.computeIfAbsent(key, x -> new ArrayList<>()).add(point);
        }
        List<Point> merged = new ArrayList<>();
        List<Point> others = new ArrayList<>();
        for (List<Point> same : byKey.values()) {
            Point m = merge(same);
            (m.caseId().equals(Schemas.OTHER) ? others : merged).add(m);
        }
        others.sort(Comparator.comparingDouble((Point p) -> -p.confidence()));
        merged.addAll(others.subList(0, Math.min(MAX_OTHER_POINTS, others.size())));
        return new Grounded(merged, quotesDropped, pointsDropped);
    }

    /** A catalogue case's severity moved at most one step from its default, as the model asked. */
    static int severity(Case c, int asked) {
        if (asked < 1 || asked > 5) {
            return c.severity();
        }
        return Math.max(Math.max(1, c.severity() - 1), Math.min(Math.min(5, c.severity() + 1), asked));
    }

    /** One point of several for the same case: the most confident one, with the others' best quotes added. */
    private static Point merge(List<Point> same) {
        Point best = same.getFirst();
        for (Point p : same) {
            if (p.confidence() > best.confidence()
                    || p.confidence() == best.confidence() && p.quotes().size() > best.quotes().size()) {
                best = p;
            }
        }
        List<Quote> quotes = new ArrayList<>(best.quotes().subList(0, Math.min(MAX_QUOTES, best.quotes().size())));
        for (Point p : same) {
            for (Quote q : p.quotes()) {
                if (quotes.size() >= MAX_QUOTES) {
                    break;
                }
                if (quotes.stream().noneMatch(k -> overlaps(k, q))) {
                    quotes.add(q);
                }
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::start));
        return new Point(best.caseId(), best.title(), best.sentiment(), best.severity(), best.document(),
                best.explanation(), quotes, best.confidence());
    }

    private static boolean overlaps(Quote a, Quote b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String shorten(String title) {
        String t = title.strip();
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.length() <= MAX_TITLE_CHARS) {
            return t;
        }
        int cut = t.lastIndexOf(' ', MAX_TITLE_CHARS - 1);
        return t.substring(0, cut > 40 ? cut : MAX_TITLE_CHARS - 1) + "…";
    }
}
