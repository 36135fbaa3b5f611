package org.fineprint.server.publish.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.rating.Contribution;
import org.fineprint.analyze.rating.Rater;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per service: rating and why, overview, points of interest, documents, related services. */
@Controller
class ServiceController {
    static final String VIEW_SHOW = "services/show";
    /** How many services "Other {category} services" lists. */
    static final int OTHERS = 8;

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final DocumentRepository documents;
    private final AnalysisRepository analyses;
    private final PublishedReports reports;
    private final Listings listings;

    ServiceController(ServiceRepository services, CategoryRepository categories, DocumentRepository documents,
                      AnalysisRepository analyses, PublishedReports reports, Listings listings) {
        this.services = services;
        this.categories = categories;
        this.documents = documents;
        this.analyses = analyses;
        this.reports = reports;
        this.listings = listings;
    }

    @GetMapping("/service/{slug}")
    String show(@PathVariable String slug, Model model) {
        Service service = services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug));
        @Nullable Category category = service.categoryId() == null ? null
                : categories.findById(service.categoryId()).orElse(null);
        List<Document> docs = documents.findAllByServiceId(service.id());
        Optional<PublishedReport> published = reports.findByServiceId(service.id());
        Listings.Snapshot listing = listings.snapshot();
        boolean analysing = listing.pending().contains(service.id());

        List<PointView> points = published.map(p -> points(service.slug(), p)).orElse(List.of());
        List<DocumentPanel> panels = new ArrayList<>();
        boolean anyText = false;
        for (Document document : docs) {
            // Every archived version sets last_changed_at (Archiver), so this needs no query.
            boolean archived = document.lastChangedAt() != null;
            anyText |= archived;
            List<String> summary = published.flatMap(p -> p.document(document.type()))
                    .map(d -> d.summary().stream().map(Plain::text).toList()).orElse(List.of());
            int quoted = (int) points.stream().filter(p -> p.documentType().equals(document.type().id())).count();
            panels.add(new DocumentPanel(DocumentRow.of(document), summary, quoted, archived));
        }
        AnalysisState state = state(service, published.isPresent(), analysing, anyText);

        List<Service> all = services.findAll();
        List<ServiceCard> others = category == null ? List.of() : listing.cards(all.stream()
                .filter(s -> Objects.equals(s.categoryId(), category.id()) && s.id() != service.id())
                .limit(OTHERS).toList());

        model.addAttribute("service", listing.card(service));
        model.addAttribute("homepage", service.homepage());
        model.addAttribute("domains", service.domains());
        model.addAttribute("category", category);
        model.addAttribute("lastChecked", DisplayDate.of(latest(docs.stream().map(Document::lastCheckedAt).toList())));
        model.addAttribute("lastChanged", DisplayDate.of(latest(docs.stream().map(Document::lastChangedAt).toList())));
        model.addAttribute("state", state.id());
        model.addAttribute("analysing", analysing);
        model.addAttribute("report", published.map(PublishedReport::report).orElse(null));
        model.addAttribute("rating", published.map(p -> RatingView.of(p.report().rating())).orElse(null));
        model.addAttribute("analysedAt", published.map(p -> DisplayDate.of(p.analysis().createdAt())).orElse(null));
        List<PointEntry> entries = published.map(p -> PointEntry.byCase(p.report(), points)).orElse(List.of());
        model.addAttribute("points", entries);
        model.addAttribute("tally", Map.of(
                "negative", entries.stream().filter(e -> e.point().sentiment().equals("negative")).count(),
                "positive", entries.stream().filter(e -> e.point().sentiment().equals("positive")).count(),
                "neutral", entries.stream().filter(e -> e.point().sentiment().equals("neutral")).count()));
        model.addAttribute("minRated", Rater.MIN_RATED_POINTS);
        model.addAttribute("why", points.stream().filter(p -> p.delta() != null)
                .sorted(Comparator.comparingDouble((PointView p) -> -Math.abs(p.delta()))
                        .thenComparingInt(PointView::index)).toList());
        model.addAttribute("documents", panels);
        model.addAttribute("others", others);
        model.addAttribute("compareWith", all.stream().filter(s -> s.id() != service.id()).toList());
        model.addAttribute("canonical", Urls.canonical("/service/{slug}", service.slug()));
        return VIEW_SHOW;
    }

    private AnalysisState state(Service service, boolean published, boolean analysing, boolean anyText) {
        if (published) {
            return AnalysisState.PUBLISHED;
        }
        if (analysing) {
            return AnalysisState.IN_PROGRESS;
        }
        if (!anyText) {
            return AnalysisState.NO_TEXT;
        }
        return analyses.findLatestByServiceId(service.id()).filter(a -> !a.succeeded()).isPresent()
                ? AnalysisState.FAILED : AnalysisState.NOT_ANALYSED;
    }

    /** The report's points in its (importance) order, with how much each moved the score. */
    static List<PointView> points(String slug, PublishedReport published) {
        Report report = published.report();
        Map<Integer, Double> deltas = new HashMap<>();
        for (Contribution c : report.rating().contributions()) {
            deltas.put(c.point(), c.delta());
        }
        List<PointView> views = new ArrayList<>();
        for (int i = 0; i < report.points().size(); i++) {
            Point point = report.points().get(i);
            views.add(PointView.of(slug, i, point, published.documentType(point), deltas.get(i)));
        }
        return views;
    }

    private static @Nullable Instant latest(List<@Nullable Instant> instants) {
        return instants.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
