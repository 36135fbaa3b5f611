package org.fineprint.server.publish.web;

import java.util.List;
import java.util.Objects;
import org.fineprint.server.registry.Category;
import org.fineprint.server.registry.CategoryRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One page per category, listing its services with their ratings. */
@Controller
class CategoryController {
    static final String VIEW_SHOW = "categories/show";

    private final CategoryRepository categories;
    private final ServiceRepository services;
    private final Listings listings;

    CategoryController(CategoryRepository categories, ServiceRepository services, Listings listings) {
        this.categories = categories;
        this.services = services;
        this.listings = listings;
    }

    @GetMapping("/category/{slug}")
    String show(@PathVariable String slug, Model model) {
        Category category = categories.findBySlug(slug).orElseThrow(() -> new NotFoundException("category", slug));
        List<Service> members = services.findAll().stream()
                .filter(s -> Objects.equals(s.categoryId(), category.id())).toList();
        model.addAttribute("category", category);
        model.addAttribute("services", listings.snapshot().cards(members));
        model.addAttribute("categories", categories.findAll());
        model.addAttribute("canonical", Urls.canonical("/category/{slug}", category.slug()));
        return VIEW_SHOW;
    }
}
