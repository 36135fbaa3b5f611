package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Services, documents and categories on a real PostgreSQL; run on the embedded and the external one. */
abstract class RegistryRepositoriesContract {

    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    CategoryRepository categories;

    @Test
    void findsSavedServiceBySlugAndByDomain() {
        String slug = TestNames.unique("svc");
        Service saved = services.save(new ServiceDetails(slug, "Example", "Sells things.", "https://example.com/",
                List.of(slug + ".example", "WWW." + slug + ".example"), null));

        assertThat(services.findBySlug(slug)).contains(saved);
        assertThat(services.findById(saved.id())).contains(saved);
        assertThat(saved.domains()).containsExactly(slug + ".example", "www." + slug + ".example");
        assertThat(services.findByDomain(slug.toUpperCase() + ".EXAMPLE")).map(Service::id).contains(saved.id());
        assertThat(services.findBySlug(TestNames.unique("none"))).isEmpty();
    }

    @Test
    void savingAgainWithFewerDetailsKeepsTheStoredOnes() {
        String slug = TestNames.unique("svc");
        Category category = categories.save(TestNames.unique("cat"), "Things", 3);
        Service first = services.save(new ServiceDetails(slug, "Example", "Sells things.", "https://example.com/",
                List.of(slug + ".example"), category.id()));

        Service second = services.save(new ServiceDetails(slug, "Example", null, null, List.of(), null));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.tagline()).isEqualTo("Sells things.");
        assertThat(second.homepage()).isEqualTo("https://example.com/");
        assertThat(second.domains()).containsExactly(slug + ".example");
        assertThat(second.categoryId()).isEqualTo(category.id());
        assertThat(second.updatedAt()).isEqualTo(first.updatedAt());
    }

    @Test
    void savingChangedDetailsUpdatesThem() {
        String slug = TestNames.unique("svc");
        services.save(new ServiceDetails(slug, "Example", "Old.", null, List.of(), null));

        Service updated = services.save(new ServiceDetails(slug, "Example Inc", "New.", null, List.of(), null));

        assertThat(updated.name()).isEqualTo("Example Inc");
        assertThat(updated.tagline()).isEqualTo("New.");
    }

    @Test
    void keepsOneDocumentPerServiceAndType() {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));
        Document terms = documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms of Use",
                "https://example.com/terms", "US", "en", "{\"fetch\": \"https://example.com/terms\"}"));

        Document again = documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms of Use",
                null, null, null, null));
        Document privacy = documents.save(new DocumentDetails(service.id(), DocumentType.PRIVACY, "Privacy Policy",
                null, null, null, null));

        assertThat(again.id()).isEqualTo(terms.id());
        assertThat(again.sourceUrl()).isEqualTo("https://example.com/terms");
        assertThat(again.jurisdiction()).isEqualTo("US");
        assertThat(again.isTrackable()).isTrue();
        assertThat(again.declaration().primary().fetch().toString()).isEqualTo("https://example.com/terms");
        assertThat(privacy.isTrackable()).isFalse();
        assertThat(documents.findAllByServiceId(service.id())).extracting(Document::type)
                .containsExactly(DocumentType.TERMS, DocumentType.PRIVACY);
        assertThat(documents.findAllTrackable()).extracting(Document::id).contains(terms.id())
                .doesNotContain(privacy.id());
    }

    @Test
    void lastCheckedNeverMovesBackwards() {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));
        Document document = documents.save(new DocumentDetails(service.id(), DocumentType.TERMS, "Terms",
                null, null, null, null));
        Instant later = Instant.parse("2026-03-02T10:00:00Z");

        documents.markChecked(document.id(), later);
        documents.markChecked(document.id(), Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(documents.findById(document.id()).orElseThrow().lastCheckedAt()).isEqualTo(later);
    }

    @Test
    void listsCategoriesInPositionOrder() {
        Category second = categories.save(TestNames.unique("b"), "Second", 1_000_001);
        Category first = categories.save(TestNames.unique("a"), "First", 1_000_000);

        List<Category> all = categories.findAll();

        assertThat(all.indexOf(first)).isLessThan(all.indexOf(second));
        assertThat(categories.save(first.slug(), "First, renamed", first.position()).id()).isEqualTo(first.id());
    }
}
