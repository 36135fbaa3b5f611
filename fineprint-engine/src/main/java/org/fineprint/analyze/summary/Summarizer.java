package org.fineprint.analyze.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.registry.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * Writes a document's summary: 5-10 plain-language bullets in document order. Bullets come from
 * two sources: facts read across the whole document (who you contract with, what data is
 * collected, what it is used for, who receives it, what you can do about it, whom to ask) and the
 * document's points, most important first. A short or empty document gets fewer bullets rather
 * than filler.
 */
public final class Summarizer {
    /** Most bullets per document. */
    public static final int MAX_BULLETS = 10;
    /** Fewest bullets a document of ordinary length gets. */
    public static final int MIN_BULLETS = 5;
    /** Most items named in one bullet's list. */
    private static final int MAX_ITEMS = 6;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern COLLECTS = Pattern.compile(
            "\\b(?:we|us|our)\\b[^.;]{0,60}\\b(?:collect|receive|obtain|gather|record|store)", FLAGS);
    private static final Pattern COLLECTION_SECTION = Pattern.compile(
            "collect|information (?:we|you)|data (?:we|you)|what (?:personal )?(?:data|information)|categories of", FLAGS);
    private static final Pattern USES = Pattern.compile(
            "\\b(?:use|process|uses|processes)\\b[^.;]{0,50}\\b(?:information|data)\\b[^.;]{0,30}\\b(?:to|for)\\b", FLAGS);
    private static final Pattern USE_SECTION = Pattern.compile("how we use|use of|purposes?|why we", FLAGS);
    private static final Pattern SHARES = Pattern.compile(
            "\\b(?:share|shares|disclose|discloses|transfer|sell|sells|provide)\\b[^.;]{0,80}\\b(?:with|to)\\b", FLAGS);
    private static final Pattern SHARE_SECTION = Pattern.compile("shar|disclos|third part|recipients", FLAGS);
    private static final Pattern RIGHTS_SENTENCE = Pattern.compile(
            "\\bright to\\b|\\byou (?:may|can|have the right)\\b", FLAGS);
    private static final Pattern RIGHTS_SECTION = Pattern.compile("rights|choices|control|access|your options", FLAGS);
    private static final Pattern CONTRACT_PARTY = Pattern.compile(
            "(?:contract|agreement) is (?:with|between you and)\\s+((?:the\\s+)?[A-Z][\\p{L}\\d.&'’,-]*(?:\\s+[A-Z][\\p{L}\\d.&'’,-]*){0,7})");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PRIVACY_EMAIL = Pattern.compile("privacy|dpo|data|legal|gdpr|protection", FLAGS);
    private static final Pattern DPO = Pattern.compile("data protection officer|\\bDPO\\b", FLAGS);

    /**
     * Summarises one document.
     *
     * @param text the document's extracted text
     * @param clauses its clauses, from {@link Segmenter}
     * @param type its type (wording differs between terms and privacy documents)
     * @param points the points found in this document
     * @return bullets in document order
     */
    public List<String> summarize(String text, List<Clause> clauses, DocumentType type, List<Point> points) {
        List<Bullet> facts = new ArrayList<>();
        contractParty(text, clauses).ifPresent(facts::add);
        listFact(text, clauses, Lexicon.DATA, c -> COLLECTS.matcher(c).find(), COLLECTION_SECTION, "Collects ", ".")
                .ifPresent(facts::add);
        listFact(text, clauses, Lexicon.PURPOSES, c -> USES.matcher(c).find(), USE_SECTION, "Uses personal data to ", ".")
                .ifPresent(facts::add);
        listFact(text, clauses, Lexicon.RECIPIENTS, c -> SHARES.matcher(c).find(), SHARE_SECTION, "Shares data with ", ".")
                .ifPresent(facts::add);
        rights(text, clauses).ifPresent(facts::add);
        if (type == DocumentType.PRIVACY || type == DocumentType.COOKIES) {
            contact(text).ifPresent(facts::add);
        }

        List<Bullet> chosen = new ArrayList<>(facts);
        List<Point> byImportance = new ArrayList<>(points);
        byImportance.sort(Comparator.comparingInt((Point p) -> -p.severity())
                .thenComparingInt(p -> p.quotes().getFirst().start()));
        for (Point p : byImportance) {
            if (chosen.size() >= MAX_BULLETS) {
                break;
            }
            Bullet b = new Bullet(p.quotes().getFirst().start(), sentence(p.title()));
            if (chosen.stream().noneMatch(c -> similar(c.text(), b.text()))) {
                chosen.add(b);
            }
        }
        chosen.sort(Comparator.comparingInt(Bullet::at));
        return chosen.stream().map(Bullet::text).toList();
    }

    /** A bullet and where in the document its subject first appears. */
    private record Bullet(int at, String text) {
    }

    private static java.util.Optional<Bullet> contractParty(String text, List<Clause> clauses) {
        Matcher m = CONTRACT_PARTY.matcher(text);
        Set<String> parties = new LinkedHashSet<>();
        int first = -1;
        while (m.find()) {
            String party = org.fineprint.analyze.point.Details.readable(m.group(1))
                    .replaceAll("[,;]+$", "").strip();
            parties.add(party);
            first = first < 0 ? m.start() : first;
        }
        if (parties.isEmpty()) {
            return java.util.Optional.empty();
        }
        String bullet = parties.size() == 1
                ? "Your contract is with " + parties.iterator().next() + (parties.iterator().next().endsWith(".") ? "" : ".")
                : "The company you contract with depends on where you live (" + parties.size() + " are named).";
        return java.util.Optional.of(new Bullet(first, bullet));
    }

    private static java.util.Optional<Bullet> listFact(String text, List<Clause> clauses, Lexicon lexicon,
                                                       Predicate<String> sentence, Pattern section, String lead, String end) {
        Set<String> found = new LinkedHashSet<>();
        int first = -1;
        for (Clause c : clauses) {
            if (c.kind() == Clause.Kind.HEADING) {
                continue;
            }
            String plain = Segmenter.stripMarkup(c.text(text));
            boolean inSection = c.section() != null && section.matcher(c.section()).find();
            if (!inSection && !sentence.test(plain)) {
                continue;
            }
            List<String> hits = lexicon.find(plain);
            if (!hits.isEmpty() && first < 0) {
                first = c.start();
            }
            found.addAll(hits);
        }
        if (found.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Bullet(first, lead + join(new ArrayList<>(found)) + end));
    }

    private static java.util.Optional<Bullet> rights(String text, List<Clause> clauses) {
        Set<String> found = new LinkedHashSet<>();
        int first = -1;
        for (Clause c : clauses) {
            String plain = Segmenter.stripMarkup(c.text(text));
            boolean inSection = c.section() != null && RIGHTS_SECTION.matcher(c.section()).find();
            if (!(inSection && RIGHTS_SENTENCE.matcher(plain).find()) && !plain.toLowerCase(Locale.ROOT).contains("right to")) {
                continue;
            }
            List<String> hits = Lexicon.RIGHTS.find(plain);
            if (!hits.isEmpty() && first < 0) {
                first = c.start();
            }
            found.addAll(hits);
        }
        if (found.size() < 2) {
            return java.util.Optional.empty();
        }
        List<String> onData = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String right : found) {
            (Set.of("access", "correct", "delete", "export").contains(right) ? onData : others).add(right);
        }
        List<String> phrases = new ArrayList<>();
        if (!onData.isEmpty()) {
            phrases.add(join(onData) + " your data");
        }
        phrases.addAll(others);
        return java.util.Optional.of(new Bullet(first, "You can " + join(phrases) + "."));
    }

    private static java.util.Optional<Bullet> contact(String text) {
        Matcher m = EMAIL.matcher(text);
        String email = null;
        int at = -1;
        while (m.find()) {
            if (email == null || (PRIVACY_EMAIL.matcher(m.group()).find() && !PRIVACY_EMAIL.matcher(email).find())) {
                email = m.group().replaceAll("\\.$", "");
                at = m.start();
            }
        }
        boolean dpo = DPO.matcher(text).find();
        if (email == null && !dpo) {
            return java.util.Optional.empty();
        }
        String bullet = dpo && email != null ? "Names a data protection officer; privacy questions go to " + email + "."
                : dpo ? "Names a data protection officer for privacy questions."
                : "Privacy questions go to " + email + ".";
        return java.util.Optional.of(new Bullet(at < 0 ? text.length() : at, bullet));
    }

    /** "a", "b", "c" → "a, b and c"; long lists end with "and more". */
    static String join(List<String> items) {
        if (items.size() > MAX_ITEMS) {
            return String.join(", ", items.subList(0, MAX_ITEMS)) + " and more";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String sentence(String title) {
        String t = title.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /** True when two bullets share most of their words. */
    private static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return common.size() >= 0.6 * Math.min(wa.size(), wb.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    static @Nullable String firstOrNull(List<String> list) {
        return list.isEmpty() ? null : list.getFirst();
    }
}
