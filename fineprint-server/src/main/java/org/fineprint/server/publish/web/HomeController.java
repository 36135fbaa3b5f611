package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: search, categories, recently changed documents and every service by category. */
@Controller
class HomeController {
    static final String VIEW_INDEX = "services/index";
    /** How many changed documents the home page lists. */
    static final int RECENT = 6;

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final DocumentRepository documents;
    private final Listings listings;

    HomeController(ServiceRepository services, CategoryRepository categories, DocumentRepository documents,
                   Listings listings) {
        this.services = services;
        this.categories = categories;
        this.documents = documents;
        this.listings = listings;
    }

    @GetMapping("/")
    String index(Model model) {
        Listings.Snapshot listing = listings.snapshot();
        Map<Long, CategoryGroup.Builder> groups = new LinkedHashMap<>();
        for (Category category : categories.findAll()) {
            groups.put(category.id(), new CategoryGroup.Builder(category.slug(), category.name()));
        }
        List<ServiceCard> uncategorised = new ArrayList<>();
        List<Service> all = services.findAll();
        for (Service service : all) {
            CategoryGroup.@Nullable Builder group = service.categoryId() == null ? null : groups.get(service.categoryId());
            (group != null ? group.services : uncategorised).add(listing.card(service));
        }
        List<CategoryGroup> grouped = new ArrayList<>();
        groups.values().stream().filter(g -> !g.services.isEmpty()).forEach(g -> grouped.add(g.build()));

        Map<Long, Service> byId = all.stream().collect(Collectors.toMap(Service::id, Function.identity()));
        List<RecentChange> recent = new ArrayList<>();
        for (Document document : documents.findRecentlyChanged(RECENT)) {
            Service service = byId.get(document.serviceId());
            DisplayDate changed = DisplayDate.of(document.lastChangedAt());
            if (service != null && changed != null) {
                recent.add(new RecentChange(listing.card(service), document.type().id(), document.type().title(),
                        changed));
            }
        }
        model.addAttribute("groups", grouped);
        model.addAttribute("uncategorised", uncategorised);
        model.addAttribute("serviceCount", all.size());
        model.addAttribute("recent", recent);
        model.addAttribute("canonical", Urls.canonical("/"));
        return VIEW_INDEX;
    }
}
