package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.registry.SampleCatalog.SampleCategory;
import org.fineprint.server.registry.SampleCatalog.SampleDocument;
import org.fineprint.server.registry.SampleCatalog.SampleService;
import org.junit.jupiter.api.Test;

/** Checks the hand-written {@code samples/services.json} against the bundled files and the sample rules. */
class SampleCatalogTest {
    private final SampleCatalog catalog = SampleCatalog.load();

    @Test
    void hasAtLeastThirtyServicesInAtLeastEightCategories() {
        assertThat(catalog.services()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> used = catalog.services().stream().map(SampleService::category).collect(Collectors.toSet());
        assertThat(used).hasSizeGreaterThanOrEqualTo(8);
        assertThat(catalog.categories().stream().map(SampleCategory::slug).toList()).containsAll(used);
    }

    @Test
    void slugsAreLowerCaseLettersAndDigitsAndUnique() {
        List<String> slugs = catalog.services().stream().map(SampleService::slug).toList();
        assertThat(slugs).doesNotHaveDuplicates().allMatch(slug -> slug.matches("[a-z0-9]+"));
    }

    @Test
    void domainsBelongToOneServiceEach() {
        List<String> domains = catalog.services().stream().flatMap(s -> s.domains().stream()).toList();
        assertThat(domains).doesNotHaveDuplicates().allMatch(d -> d.matches("[a-z0-9.-]+\\.[a-z]{2,}"));
        assertThat(catalog.services()).allMatch(s -> !s.domains().isEmpty(), "every service has a domain");
    }

    @Test
    void everyServiceHasATaglineAHomepageAndOneDocumentPerType() {
        for (SampleService service : catalog.services()) {
            assertThat(service.tagline()).as(service.slug()).isNotBlank().doesNotContain("\n");
            assertThat(URI.create(service.homepage()).getScheme()).as(service.slug()).isEqualTo("https");
            Set<DocumentType> types = new HashSet<>();
            assertThat(service.documents()).as(service.slug()).isNotEmpty()
                    .allMatch(d -> types.add(d.type()), "one document per type");
        }
    }

    @Test
    void everyDocumentNamesAnHttpsSourceAndABundledNonEmptyText() {
        for (SampleService service : catalog.services()) {
            for (SampleDocument document : service.documents()) {
                String where = service.slug() + " " + document.type().id();
                assertThat(URI.create(document.url()).getScheme()).as(where).isEqualTo("https");
                assertThat(document.language()).as(where).isEqualTo("en");
                assertThat(document.collection()).as(where).isNotBlank();
                assertThat(SampleCatalog.text(document)).as(where).hasSizeGreaterThan(1_000);
            }
        }
    }

    @Test
    void mostServicesHaveTermsAndPrivacyPolicy() {
        long both = catalog.services().stream()
                .filter(s -> s.documents().stream().map(SampleDocument::type).collect(Collectors.toSet())
                        .containsAll(Set.of(DocumentType.TERMS, DocumentType.PRIVACY)))
                .count();
        assertThat(both).isGreaterThanOrEqualTo(30);
    }

    @Test
    void aliExpressHasItsUsTermsAndPrivacyPolicy() {
        SampleService aliexpress = catalog.services().stream().filter(s -> s.slug().equals("aliexpress"))
                .findFirst().orElseThrow();
        assertThat(aliexpress.documents()).extracting(SampleDocument::type)
                .contains(DocumentType.TERMS, DocumentType.PRIVACY);
        assertThat(aliexpress.documents()).allSatisfy(d -> {
            assertThat(d.jurisdiction()).isEqualTo("US");
            assertThat(d.collection()).isEqualTo("OpenTermsArchive/vlopses-us-versions");
        });
        SampleDocument terms = aliexpress.documents().stream().filter(d -> d.type() == DocumentType.TERMS)
                .findFirst().orElseThrow();
        assertThat(SampleCatalog.text(terms)).startsWith("AliExpress.com Free Membership Agreement");
    }

    @Test
    void vlopsesCollectionsGiveTheirJurisdiction() {
        catalog.services().stream().flatMap(s -> s.documents().stream())
                .filter(d -> d.collection().contains("vlopses-"))
                .forEach(d -> assertThat(d.jurisdiction()).as(d.file())
                        .isEqualTo(d.collection().replaceAll(".*vlopses-([a-z]{2}).*", "$1").toUpperCase()));
    }
}
