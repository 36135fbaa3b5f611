package org.fineprint.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case catalogue: an immutable, validated list of {@link Case}s with lookups by id and by the
 * public datasets' labels. {@link #builtIn()} is the catalogue shipped in
 * {@code catalog/cases.json}; {@link #read(InputStream, String)} reads another one.
 *
 * <p>Besides each case's own rules, a catalogue has unique ids and maps each ToS;DR case to at
 * most one of its cases, so that a ToS;DR point has exactly one Fineprint case or none.
 */
public final class CaseCatalog {
    /** Class-path location of the built-in catalogue. */
    public static final String RESOURCE = "/catalog/cases.json";

    private static final Logger log = LoggerFactory.getLogger(CaseCatalog.class);

    private final List<Case> cases;
    private final Map<String, Case> byId;
    private final Map<Integer, Case> byTosdr;

    private CaseCatalog(List<Case> cases, String location) {
        if (cases.isEmpty()) {
            throw new CatalogException(location, null, "the catalogue holds no case");
        }
        Map<String, Case> ids = new LinkedHashMap<>();
        Map<Integer, Case> tosdr = new HashMap<>();
        for (Case c : cases) {
            if (ids.putIfAbsent(c.id(), c) != null) {
                throw new CatalogException(location, c.id(), "case id \"" + c.id() + "\" is used twice");
            }
            for (int t : c.maps().tosdr()) {
                Case other = tosdr.putIfAbsent(t, c);
                if (other != null) {
                    throw new CatalogException(location, c.id(), "ToS;DR case " + t + " is mapped by both \""
                            + other.id() + "\" and \"" + c.id() + "\"; a ToS;DR case belongs to one case at most");
                }
            }
        }
        this.cases = List.copyOf(cases);
        this.byId = Map.copyOf(ids);
        this.byTosdr = Map.copyOf(tosdr);
    }

    /**
     * Builds a catalogue from cases made in code, checking the catalogue-wide rules.
     *
     * @param cases the cases, in display order
     * @return the catalogue
     * @throws CatalogException if ids repeat or a ToS;DR case is mapped twice
     */
    public static CaseCatalog of(List<Case> cases) {
        return new CaseCatalog(cases, "the given cases");
    }

    /**
     * The catalogue shipped with Fineprint, read and validated once per process.
     *
     * @return the built-in catalogue
     * @throws CatalogException if the bundled file is missing or invalid (a build defect)
     */
    public static CaseCatalog builtIn() {
        return BuiltIn.CATALOG;
    }

    /**
     * Reads a catalogue in the JSON shape that {@code fineprint cases --format json} prints.
     *
     * @param in the JSON text; not closed
     * @param location names the source in error messages, e.g. a file name
     * @return the validated catalogue
     * @throws CatalogException if the text is not valid JSON or a case breaks a rule
     */
    public static CaseCatalog read(InputStream in, String location) {
        return new CaseCatalog(CatalogJson.readCases(in, location), location);
    }

    /** All cases, in display order (grouped by topic in the built-in catalogue). */
    public List<Case> all() {
        return cases;
    }

    /** The number of cases. */
    public int size() {
        return cases.size();
    }

    /**
     * Finds a case by id.
     *
     * @param id a case id such as {@code arbitration-mandatory}
     * @return the case, or empty when no case has that id
     */
    public Optional<Case> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Finds the case a ToS;DR case is mapped to.
     *
     * @param tosdrCaseId a ToS;DR {@code case_id}
     * @return the one case mapping it, or empty when the ToS;DR case is not mapped
     */
    public Optional<Case> byTosdrCase(int tosdrCaseId) {
        return Optional.ofNullable(byTosdr.get(tosdrCaseId));
    }

    /**
     * The cases of the same kind of clause as a CLAUDETTE category.
     *
     * @param code a CLAUDETTE code such as {@code ltd}; case is ignored
     * @return the cases listing that code, in display order; empty when none does
     */
    public List<Case> byClaudetteCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return filter(c -> c.maps().claudette().contains(wanted));
    }

    /**
     * The cases belonging to an OPP-115 practice category.
     *
     * @param category a category as spelled in OPP-115, e.g. {@code Data Retention}
     * @return the cases listing that category, in display order; empty when none does
     */
    public List<Case> byOpp115Category(String category) {
        return filter(c -> c.maps().opp115().contains(category));
    }

    /**
     * The cases of one topic.
     *
     * @param topic the topic
     * @return its cases in display order; empty when the topic has none
     */
    public List<Case> byTopic(Topic topic) {
        return filter(c -> c.topic() == topic);
    }

    private List<Case> filter(java.util.function.Predicate<Case> keep) {
        List<Case> out = new ArrayList<>();
        for (Case c : cases) {
            if (keep.test(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** Lazy holder: the resource is read on first use, once. */
    private static final class BuiltIn {
        static final CaseCatalog CATALOG = load();

        private static CaseCatalog load() {
            String location = "catalog/cases.json";
            try (InputStream in = CaseCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new CatalogException(location, null, "the resource " + RESOURCE + " is missing from the class path");
                }
                CaseCatalog catalog = read(in, location);
                log.debug("catalog loaded location={} cases={}", location, catalog.size());
                return catalog;
            } catch (IOException e) {
                throw new CatalogException(location, null, "the resource cannot be read (" + e.getMessage() + ")");
            }
        }
    }
}
