package org.fineprint.tools.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.fineprint.analyze.segment.Markup;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.CueMatcher;
import org.fineprint.catalog.Sentiment;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's ToS;DR coverage: the share of good, bad and blocker points whose case is mapped
 * by some catalogue case, with and without the title aliases of {@link TosdrCaseIndex}.
 */
public final class CatalogCoverage {
    /** Quotes that start in the Latin alphabet: the built-in analyser reads English only. */
    private static final Pattern LATIN_TEXT = Pattern.compile("\\W*\\p{IsLatin}");

    private final CaseCatalog catalog;
    private final TosdrCaseIndex index;

    /**
     * Creates the measure.
     *
     * @param catalog the catalogue whose {@code maps.tosdr} are measured
     * @param index resolves points to ToS;DR case ids
     */
    public CatalogCoverage(CaseCatalog catalog, TosdrCaseIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    /**
     * Coverage of one set of points.
     *
     * @param label what the points are, e.g. a file name
     * @param points rated points (good, bad, blocker) count, others are skipped
     * @param withId how many of them resolve to a case id (aliases included)
     * @param mapped how many resolve to an id some case maps (aliases included)
     * @param mappedStrict the same, resolving only given ids and exact case-list titles
     */
    public record Row(String label, int points, int withId, int mapped, int mappedStrict) {
        /** Share of the points whose case is mapped; 0 when there are no points. */
        public double coverage() {
            return points == 0 ? 0 : (double) mapped / points;
        }

        /** {@link #coverage()} without the title aliases. */
        public double strictCoverage() {
            return points == 0 ? 0 : (double) mappedStrict / points;
        }
    }

    /**
     * A ToS;DR case that rated points use but no catalogue case maps.
     *
     * @param id its case id, or {@code null} when the case list has none for its title
     * @param classification the ToS;DR classification
     * @param title its title (the case list's when the id is known)
     * @param points rated points naming it in the point files
     * @param located rated located quotes naming it
     */
    public record Unmapped(@Nullable Integer id, String classification, String title, int points, int located) {
    }

    /**
     * Measures one set of points.
     *
     * @param label names the row
     * @param points the points; only rated ones count
     * @return the row
     */
    public Row measure(String label, List<TosdrPoint> points) {
        int rated = 0;
        int withId = 0;
        int mapped = 0;
        int mappedStrict = 0;
        for (TosdrPoint p : points) {
            if (!p.rated()) {
                continue;
            }
            rated++;
            OptionalInt id = index.resolve(p.caseId(), p.caseTitle(), true);
            if (id.isPresent()) {
                withId++;
                if (catalog.byTosdrCase(id.getAsInt()).isPresent()) {
                    mapped++;
                }
            }
            OptionalInt strict = index.resolve(p.caseId(), p.caseTitle(), false);
            if (strict.isPresent() && catalog.byTosdrCase(strict.getAsInt()).isPresent()) {
                mappedStrict++;
            }
        }
        return new Row(label, rated, withId, mapped, mappedStrict);
    }

    /**
     * How often a case's evidence words hold for the ToS;DR quotes of the cases it maps: a point
     * resting on a clause like those quotes would be found, so a low share means the words are too narrow.
     *
     * @param c a case whose evidence has words
     * @param supported how many distinct quotes its {@link org.fineprint.catalog.Evidence} supports
     * @param quotes how many distinct quotes (written in the Latin alphabet) its mapped ToS;DR cases have
     */
    public record EvidenceSupport(Case c, int supported, int quotes) {
        public double share() {
            return quotes == 0 ? 1.0 : (double) supported / quotes;
        }
    }

    /**
     * Measures each case's evidence words against the ToS;DR quotes of the cases it maps.
     *
     * @param points the points of the point files
     * @return one row per case that has evidence words and mapped quotes, in catalogue order
     */
    public List<EvidenceSupport> evidenceSupport(List<TosdrPoint> points) {
        Map<String, Set<String>> quotes = new HashMap<>();
        for (TosdrPoint p : points) {
            OptionalInt id = index.resolve(p.caseId(), p.caseTitle(), true);
            if (id.isPresent() && LATIN_TEXT.matcher(p.quote()).lookingAt()) {
                catalog.byTosdrCase(id.getAsInt()).ifPresent(c -> quotes.computeIfAbsent(c.id(), k -> new HashSet<>())
                        .add(CueMatcher.normalize(Markup.strip(p.quote()))));
            }
        }
        List<EvidenceSupport> rows = new ArrayList<>();
        for (Case c : catalog.all()) {
            Set<String> qs = quotes.getOrDefault(c.id(), Set.of());
            if (!c.evidence().words().isEmpty() && !qs.isEmpty()) {
                rows.add(new EvidenceSupport(c, (int) qs.stream().filter(c.evidence()::supports).count(), qs.size()));
            }
        }
        return rows;
    }

    /**
     * The points of the services that have located quotes: for each located quote, every point
     * of the same service in the same points file.
     *
     * @param points all points of the point files
     * @param located the located quotes
     * @return the points of those services, in the given order
     */
    public static List<TosdrPoint> ofLocatedServices(List<TosdrPoint> points, List<TosdrPoint> located) {
        Set<String> services = new HashSet<>();
        for (TosdrPoint q : located) {
            services.add(q.pointsFile() + "\t" + q.service());
        }
        List<TosdrPoint> out = new ArrayList<>();
        for (TosdrPoint p : points) {
            if (services.contains(p.pointsFile() + "\t" + p.service())) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The unmapped ToS;DR cases with the most rated points, so a curator sees what to add next.
     *
     * @param points all points of the point files
     * @param located the located quotes
     * @param limit how many to return at most
     * @return the cases, most points first (located quotes break ties)
     */
    public List<Unmapped> mostFrequentUnmapped(List<TosdrPoint> points, List<TosdrPoint> located, int limit) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Unmapped> about = new LinkedHashMap<>();
        count(points, 0, counts, about);
        count(located, 1, counts, about);
        List<Unmapped> out = new ArrayList<>();
        counts.forEach((key, n) -> {
            Unmapped u = about.get(key);
            out.add(new Unmapped(u.id(), u.classification(), u.title(), n[0], n[1]));
        });
        out.sort(Comparator.comparingInt(Unmapped::points).thenComparingInt(Unmapped::located).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    private void count(List<TosdrPoint> points, int slot, Map<String, int[]> counts, Map<String, Unmapped> about) {
        for (TosdrPoint p : points) {
            if (!p.rated()) {
                continue;
            }
            OptionalInt id = index.resolve(p.caseId(), p.caseTitle(), true);
            if (id.isPresent() && catalog.byTosdrCase(id.getAsInt()).isPresent()) {
                continue;
            }
            String key = id.isPresent() ? "#" + id.getAsInt() : TosdrCaseIndex.normalize(p.caseTitle());
            counts.computeIfAbsent(key, k -> new int[2])[slot]++;
            about.computeIfAbsent(key, k -> {
                Optional<TosdrCaseIndex.Entry> e = id.isPresent() ? index.entry(id.getAsInt()) : Optional.empty();
                return e.map(x -> new Unmapped(x.id(), x.classification(), x.title(), 0, 0))
                        .orElseGet(() -> new Unmapped(id.isPresent() ? id.getAsInt() : null,
                                String.valueOf(p.classification()), p.caseTitle().strip(), 0, 0));
            });
        }
    }

    /**
     * Mapped rated points whose ToS;DR classification disagrees with the case's sentiment, by
     * case; these are mostly 2021 points of cases ToS;DR later reclassified.
     *
     * @param points the points to check
     * @return case id to the number of disagreeing points, most first
     */
    public Map<String, Integer> sentimentDisagreements(List<TosdrPoint> points) {
        Map<String, Integer> byCase = new LinkedHashMap<>();
        for (TosdrPoint p : points) {
            if (!p.rated()) {
                continue;
            }
            OptionalInt id = index.resolve(p.caseId(), p.caseTitle(), true);
            Optional<Case> c = id.isPresent() ? catalog.byTosdrCase(id.getAsInt()) : Optional.empty();
            Sentiment expected = "good".equals(p.classification()) ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
            if (c.isPresent() && c.get().sentiment() != expected) {
                byCase.merge(c.get().id(), 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byCase.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        Map<String, Integer> out = new LinkedHashMap<>();
        sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
