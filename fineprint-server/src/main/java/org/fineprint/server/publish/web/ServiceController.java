package org.fineprint.server.publish.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The home page (services by category) and one page per service. */
@Controller
class ServiceController {
    static final String VIEW_INDEX = "services/index";
    static final String VIEW_SHOW = "services/show";

    private final ServiceRepository services;
    private final CategoryRepository categories;
    private final DocumentRepository documents;

    ServiceController(ServiceRepository services, CategoryRepository categories, DocumentRepository documents) {
        this.services = services;
        this.categories = categories;
        this.documents = documents;
    }

    @GetMapping("/")
    String index(Model model) {
        Map<Long, CategoryGroup.Builder> groups = new LinkedHashMap<>();
        for (Category category : categories.findAll()) {
            groups.put(category.id(), new CategoryGroup.Builder(category.slug(), category.name()));
        }
        List<ServiceCard> uncategorised = new ArrayList<>();
        List<Service> all = services.findAll();
        for (Service service : all) {
            CategoryGroup.@Nullable Builder group = service.categoryId() == null ? null : groups.get(service.categoryId());
            (group != null ? group.services : uncategorised).add(ServiceCard.of(service));
        }
        List<CategoryGroup> grouped = new ArrayList<>();
        groups.values().stream().filter(g -> !g.services.isEmpty()).forEach(g -> grouped.add(g.build()));
        model.addAttribute("groups", grouped);
        model.addAttribute("uncategorised", uncategorised);
        model.addAttribute("serviceCount", all.size());
        model.addAttribute("canonical", ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString());
        return VIEW_INDEX;
    }

    @GetMapping("/service/{slug}")
    String show(@PathVariable String slug, Model model) {
        Service service = services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug));
        Optional<Category> category = service.categoryId() == null ? Optional.empty()
                : categories.findById(service.categoryId());
        model.addAttribute("service", ServiceCard.of(service));
        model.addAttribute("homepage", service.homepage());
        model.addAttribute("domains", service.domains());
        model.addAttribute("category", category.map(Category::name).orElse(null));
        model.addAttribute("documents", documents.findAllByServiceId(service.id()).stream().map(DocumentRow::of).toList());
        model.addAttribute("canonical", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/service/{slug}").buildAndExpand(service.slug()).toUriString());
        return VIEW_SHOW;
    }
}
