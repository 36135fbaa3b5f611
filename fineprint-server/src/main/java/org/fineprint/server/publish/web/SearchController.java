package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fineprint.analyze.point.Point;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: services by name (typos forgiven), domain ("aliexpress.com") and tagline, and
 * services whose published points match the words. Point matches are checked against the published
 * (adjusted) reports, so a point a curator dismissed is never a reason to list a service.
 */
@Controller
class SearchController {
    static final String VIEW_RESULTS = "search/results";
    /** How many matching points a result shows. */
    static final int POINTS_SHOWN = 3;

    private final ServiceSearch search;
    private final ServiceRepository services;
    private final Listings listings;

    SearchController(ServiceSearch search, ServiceRepository services, Listings listings) {
        this.search = search;
        this.services = services;
        this.listings = listings;
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) @Nullable String q, Model model) {
        SearchQuery query = SearchQuery.parse(q);
        List<SearchResult> results = query.isEmpty() ? List.of() : results(query);
        model.addAttribute("q", query.text());
        model.addAttribute("results", results);
        model.addAttribute("canonical", Urls.canonical("/search") + (query.isEmpty() ? ""
                : "?q=" + java.net.URLEncoder.encode(query.text(), java.nio.charset.StandardCharsets.UTF_8)));
        return VIEW_RESULTS;
    }

    private List<SearchResult> results(SearchQuery query) {
        Listings.Snapshot listing = listings.snapshot();
        Map<Long, Service> byId = services.findAll().stream()
                .collect(Collectors.toMap(Service::id, Function.identity()));
        Map<Long, Boolean> order = new LinkedHashMap<>();
        for (ServiceSearch.ServiceHit hit : search.services(query)) {
            order.put(hit.serviceId(), true);
        }
        Map<Long, List<PointView>> matched = new LinkedHashMap<>();
        for (ServiceSearch.PointHit hit : search.points(query)) {
            PublishedReport published = listing.reports().get(hit.serviceId());
            Service service = byId.get(hit.serviceId());
            if (published == null || service == null) {
                continue;
            }
            PointView point = find(service.slug(), published, hit);
            if (point != null) {
                List<PointView> points = matched.computeIfAbsent(hit.serviceId(), k -> new ArrayList<>());
                if (points.stream().noneMatch(p -> p.index() == point.index())) {
                    points.add(point);
                }
                order.putIfAbsent(hit.serviceId(), false);
            }
        }
        List<SearchResult> results = new ArrayList<>();
        order.forEach((serviceId, byName) -> {
            Service service = byId.get(serviceId);
            if (service != null) {
                List<PointView> points = matched.getOrDefault(serviceId, List.of());
                results.add(new SearchResult(listing.card(service), byName,
                        points.subList(0, Math.min(POINTS_SHOWN, points.size())),
                        Math.max(0, points.size() - POINTS_SHOWN)));
            }
        });
        return results;
    }

    /** The published point a stored point became (same case, same document type), if it is still published. */
    private static @Nullable PointView find(String slug, PublishedReport published, ServiceSearch.PointHit hit) {
        Report report = published.report();
        for (int i = 0; i < report.points().size(); i++) {
            Point point = report.points().get(i);
            if (point.caseId().equals(hit.caseId()) && published.documentType(point).id().equals(hit.documentType())) {
                return PointView.of(slug, i, point, published.documentType(point), null);
            }
        }
        return null;
    }
}
