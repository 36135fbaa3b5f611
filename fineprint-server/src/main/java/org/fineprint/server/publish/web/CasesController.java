package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fineprint.analyze.point.Point;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.catalog.Topic;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The case catalogue: every case by topic with how many services have it, and one page per case. */
@Controller
class CasesController {
    static final String VIEW_INDEX = "cases/index";
    static final String VIEW_SHOW = "cases/show";

    private final ServiceRepository services;
    private final Listings listings;
    private final CaseCatalog catalog = CaseCatalog.builtIn();

    CasesController(ServiceRepository services, Listings listings) {
        this.services = services;
        this.listings = listings;
    }

    /** A topic and its cases. */
    record TopicCases(String id, String title, List<CaseRow> cases) {
    }

    /** A service that has a case, with its points of that case. */
    record Holder(ServiceCard card, List<PointView> points) {
    }

    @GetMapping("/cases")
    String index(Model model) {
        Map<Long, PublishedReport> published = listings.snapshot().reports();
        Map<String, Integer> counts = counts(published);
        List<TopicCases> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<CaseRow> rows = catalog.byTopic(topic).stream()
                    .map(c -> CaseRow.of(c, counts.getOrDefault(c.id(), 0))).toList();
            if (!rows.isEmpty()) {
                topics.add(new TopicCases(topic.id(), topic.title(), rows));
            }
        }
        model.addAttribute("topics", topics);
        model.addAttribute("caseCount", catalog.size());
        model.addAttribute("analysed", published.size());
        model.addAttribute("canonical", Urls.canonical("/cases"));
        return VIEW_INDEX;
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable String id, Model model) {
        Case c = catalog.byId(id).orElseThrow(() -> new NotFoundException("case", id));
        Listings.Snapshot listing = listings.snapshot();
        List<Holder> holders = new ArrayList<>();
        for (Service service : services.findAll()) {
            PublishedReport published = listing.reports().get(service.id());
            if (published == null) {
                continue;
            }
            List<PointView> points = new ArrayList<>();
            List<Point> all = published.report().points();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).caseId().equals(c.id())) {
                    points.add(PointView.of(service.slug(), i, all.get(i), published.documentType(all.get(i)), null));
                }
            }
            if (!points.isEmpty()) {
                holders.add(new Holder(listing.card(service), points));
            }
        }
        model.addAttribute("kase", CaseRow.of(c, holders.size()));
        model.addAttribute("topic", c.topic().title());
        model.addAttribute("documents", c.documents().stream().map(t -> t.title()).toList());
        model.addAttribute("holders", holders);
        model.addAttribute("analysed", listing.reports().size());
        model.addAttribute("canonical", Urls.canonical("/cases/{id}", c.id()));
        return VIEW_SHOW;
    }

    /** How many services have each case in their published report. */
    static Map<String, Integer> counts(Map<Long, PublishedReport> reports) {
        Map<String, Integer> counts = new HashMap<>();
        for (PublishedReport report : reports.values()) {
            Set<String> cases = new HashSet<>();
            report.report().points().forEach(p -> cases.add(p.caseId()));
            cases.forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }
}
