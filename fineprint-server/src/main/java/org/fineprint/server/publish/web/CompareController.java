package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.jobs.PendingAnalyses;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Two or three services side by side: ratings, then one row per catalogue case any of them has.
 * The canonical address lists the slugs alphabetically ({@code /compare/amazon-vs-temu}); other
 * orders answer 301 to it, and the picker form ({@code /compare?a=…&b=…}) redirects there.
 */
@Controller
class CompareController {
    static final String VIEW_SHOW = "compare/show";
    static final String SEPARATOR = "-vs-";

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final PublishedReports reports;
    private final PendingAnalyses pending;

    CompareController(ServiceRepository services, CategoryRepository categories, PublishedReports reports,
                      PendingAnalyses pending) {
        this.services = services;
        this.categories = categories;
        this.reports = reports;
        this.pending = pending;
    }

    @GetMapping("/compare/{pair}")
    Object compare(@PathVariable String pair, Model model) {
        List<String> slugs = List.of(pair.split(SEPARATOR, -1));
        if (slugs.size() < 2 || slugs.size() > 3 || new HashSet<>(slugs).size() != slugs.size()
                || slugs.stream().anyMatch(String::isBlank)) {
            throw new NotFoundException("comparison", pair);
        }
        List<Service> chosen = new ArrayList<>();
        for (String slug : slugs) {
            chosen.add(services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug)));
        }
        String canonical = canonicalPath(slugs);
        if (!canonical.equals("/compare/" + pair)) {
            return permanentRedirect(canonical);
        }
        chosen.sort(java.util.Comparator.comparing(Service::slug));
        List<CompareColumn> columns = new ArrayList<>();
        for (Service service : chosen) {
            Optional<PublishedReport> published = reports.findByServiceId(service.id());
            @Nullable String category = service.categoryId() == null ? null
                    : categories.findById(service.categoryId()).map(Category::name).orElse(null);
            ServiceCard card = ServiceCard.of(service, published.map(p -> RatingView.of(p.report().rating()))
                    .orElse(null), pending.isPending(service.id()));
            columns.add(new CompareColumn(card, category,
                    published.map(p -> ServiceController.points(service.slug(), p)).orElse(List.of()),
                    published.isPresent()));
        }
        List<CompareTable.Group> groups = CompareTable.build(columns.stream().map(CompareColumn::points).toList(),
                CaseCatalog.builtIn());
        List<String> names = chosen.stream().map(Service::name).toList();
        model.addAttribute("columns", columns);
        model.addAttribute("groups", groups);
        model.addAttribute("differing", CompareTable.differing(groups));
        model.addAttribute("names", String.join(" vs ", names));
        model.addAttribute("all", services.findAll());
        model.addAttribute("slugs", chosen.stream().map(Service::slug).toList());
        model.addAttribute("canonical", Urls.canonical(canonical));
        return VIEW_SHOW;
    }

    /** The compare picker: {@code ?a=SLUG&b=SLUG[&c=SLUG]} goes to the canonical comparison. */
    @GetMapping("/compare")
    ModelAndView picker(@RequestParam(required = false) @Nullable String a,
                        @RequestParam(required = false) @Nullable String b,
                        @RequestParam(required = false) @Nullable String c) {
        List<String> slugs = new ArrayList<>();
        for (String s : new String[] {a, b, c}) {
            if (s != null && !s.isBlank() && !slugs.contains(s.strip())) {
                slugs.add(s.strip());
            }
        }
        if (slugs.isEmpty()) {
            return new ModelAndView(new RedirectView("/", true));
        }
        if (slugs.size() == 1) {
            return new ModelAndView(new RedirectView("/service/" + slugs.getFirst(), true));
        }
        RedirectView view = new RedirectView(canonicalPath(slugs), true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return new ModelAndView(view);
    }

    /** {@code /compare/a-vs-b}, slugs in alphabetical order. */
    static String canonicalPath(List<String> slugs) {
        return "/compare/" + String.join(SEPARATOR, slugs.stream().sorted().toList());
    }

    private static ModelAndView permanentRedirect(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        return new ModelAndView(view);
    }
}
