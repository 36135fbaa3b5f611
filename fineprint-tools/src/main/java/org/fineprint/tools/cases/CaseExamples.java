package org.fineprint.tools.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.fineprint.analyze.classify.TrainingExample;
import org.fineprint.analyze.segment.Clause;
import org.fineprint.analyze.segment.Segmenter;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.tools.analysis.LocatedQuote;
import org.fineprint.tools.analysis.OtaTexts;
import org.fineprint.tools.catalog.TosdrCaseIndex;
import org.fineprint.tools.catalog.TosdrPoint;

/**
 * Builds case-labelled training clauses from ToS;DR data:
 * <ol>
 *   <li>every clause of every Open Terms Archive text that holds a located ToS;DR quote, labelled
 *       with the catalogue cases of the quotes it lies in (most clauses get none: the negatives);</li>
 *   <li>the sentences of ToS;DR quotes that were not located, labelled with their case (positives
 *       only), so cases seen in few located texts still have examples.</li>
 * </ol>
 * Groups are ToS;DR services, so cross-validation never splits a service.
 */
public final class CaseExamples {
    /** A clause is labelled with a quote's case when at least this share of it lies in the quote. */
    static final double OVERLAP = 0.5;
    /** Quote sentences shorter than this are too fragmentary to learn from. */
    static final int MIN_QUOTE_SENTENCE = 40;

    private final Path dataDir;
    private final CaseCatalog catalog;
    private final TosdrCaseIndex index;
    private final Segmenter segmenter = new Segmenter();

    public CaseExamples(Path dataDir, CaseCatalog catalog) {
        this.dataDir = dataDir;
        this.catalog = catalog;
        this.index = TosdrCaseIndex.read(dataDir.resolve("tosdr").resolve("cases.jsonl"));
    }

    /** A stable pseudo-random number in [0, 1) for the i-th clause of a file. */
    private static double sample(String file, int i) {
        long h = (file.hashCode() * 0x9E3779B97F4A7C15L) ^ (i * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A service name as the different ToS;DR files spell it, reduced to lower-case letters and digits. */
    public static String serviceKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Our case for a ToS;DR case title or id, through the catalogue's maps. */
    public Optional<Case> ourCase(Integer tosdrId, String title) {
        OptionalInt id = index.resolve(tosdrId, title, true);
        return id.isPresent() ? catalog.byTosdrCase(id.getAsInt()) : Optional.empty();
    }

    /**
     * Builds the examples of the services {@code services} accepts.
     *
     * @param services which ToS;DR services may contribute (a cross-validation fold's training
     *     side), tested on their {@link #serviceKey}
     * @return examples grouped by service, clauses of one text consecutive and in order
     */
    public List<TrainingExample> build(Predicate<String> services) {
        return build(services, 1.0);
    }

    /**
     * Builds the examples of the services {@code services} accepts, keeping only a share of the
     * clauses without a case (the clauses next to a labelled one are always kept: they are the
     * hard negatives). Training time grows with the number of clauses; most are plainly off-topic.
     *
     * @param services which ToS;DR services may contribute, tested on their {@link #serviceKey}
     * @param negativeShare the share (0-1] of other unlabelled clauses kept, chosen by a stable hash
     * @return examples grouped by service, clauses of one text consecutive and in order
     */
    public List<TrainingExample> build(Predicate<String> services, double negativeShare) {
        OtaTexts texts = OtaTexts.read(dataDir);
        Map<String, List<LocatedQuote>> byFile = new TreeMap<>();
        Set<String> locatedPoints = new HashSet<>();
        for (LocatedQuote q : LocatedQuote.read(dataDir)) {
            locatedPoints.add(q.pointsFile() + ":" + q.pointsLine());
            if (services.test(serviceKey(q.service())) && texts.exists(q.file())) {
                byFile.computeIfAbsent(q.file(), f -> new ArrayList<>()).add(q);
            }
        }
        Map<String, List<TrainingExample>> byService = new LinkedHashMap<>();
        for (Map.Entry<String, List<LocatedQuote>> e : byFile.entrySet()) {
            String text = texts.text(e.getKey());
            String service = serviceKey(e.getValue().getFirst().service());
            List<TrainingExample> out = byService.computeIfAbsent(service, s -> new ArrayList<>());
            List<Clause> clauses = segmenter.segment(text).stream().filter(c -> c.kind() != Clause.Kind.HEADING).toList();
            List<Set<String>> labels = new ArrayList<>();
            for (Clause c : clauses) {
                Set<String> found = new HashSet<>();
                for (LocatedQuote q : e.getValue()) {
                    int overlap = Math.min(c.end(), q.end()) - Math.max(c.start(), q.start());
                    if (overlap >= OVERLAP * c.length() || overlap >= OVERLAP * (q.end() - q.start())) {
                        ourCase(null, q.caseTitle()).ifPresent(k -> found.add(k.id()));
                    }
                }
                labels.add(found);
            }
            for (int i = 0; i < clauses.size(); i++) {
                boolean keep = !labels.get(i).isEmpty()
                        || (i > 0 && !labels.get(i - 1).isEmpty())
                        || (i + 1 < clauses.size() && !labels.get(i + 1).isEmpty())
                        || sample(e.getKey(), i) < negativeShare;
                String plain = Segmenter.stripMarkup(clauses.get(i).text(text));
                if (keep && !plain.isBlank()) {
                    out.add(new TrainingExample(service, plain, labels.get(i)));
                }
            }
        }
        for (String file : List.of("points_2021_v1api.jsonl", "points_2023_scrape.jsonl")) {
            List<TosdrPoint> points = TosdrPoint.read(dataDir.resolve("tosdr").resolve(file));
            for (int line = 0; line < points.size(); line++) {
                TosdrPoint p = points.get(line);
                if (p.quote().isBlank() || !services.test(serviceKey(p.service())) || locatedPoints.contains(file + ":" + line)) {
                    continue;
                }
                Optional<Case> c = ourCase(p.caseId(), p.caseTitle());
                if (c.isEmpty()) {
                    continue;
                }
                String service = serviceKey(p.service());
                List<TrainingExample> out = byService.computeIfAbsent(service, s -> new ArrayList<>());
                for (Clause sentence : segmenter.segment(p.quote())) {
                    String plain = Segmenter.stripMarkup(sentence.text(p.quote()));
                    if (plain.length() >= MIN_QUOTE_SENTENCE) {
                        out.add(new TrainingExample(service, plain, Set.of(c.get().id())));
                    }
                }
            }
        }
        List<TrainingExample> all = new ArrayList<>();
        byService.values().forEach(all::addAll);
        return all;
    }
}
