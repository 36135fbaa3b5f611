package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.fetch.LocalWebServer;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.archive.Origin;
import org.fineprint.server.archive.StoredVersion;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.ImportedDocument.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Importing Open Terms Archive files on a real PostgreSQL; run on the embedded and the external one.
 * Declared documents are fetched from a local web server.
 */
abstract class ImporterContract {

    @Autowired
    Importer importer;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    VersionRepository versions;

    static LocalWebServer web;

    @TempDir
    Path dir;
    String name;

    @BeforeAll
    static void startWebServer() {
        web = LocalWebServer.start();
    }

    @AfterAll
    static void stopWebServer() {
        web.close();
    }

    @BeforeEach
    void uniqueServiceName() {
        name = "Example " + TestNames.unique("Shop");
    }

    @Test
    void importsAVersionsTree() throws IOException {
        write(dir.resolve(name).resolve("Terms of Service.md"), "# Terms\n\nBe nice.\n");
        write(dir.resolve(name).resolve("Privacy Policy.md"), "# Privacy\n\nWe keep little.\n");
        write(dir.resolve("README.md"), "Not a document.");

        ImportSummary summary = importer.importPath(dir, ImportListener.NONE);

        assertThat(summary.services()).isEqualTo(1);
        assertThat(summary.documents()).isEqualTo(2);
        assertThat(summary.newVersions()).isEqualTo(2);
        assertThat(summary.failed()).isZero();
        Service service = services.findBySlug(Slugs.of(name)).orElseThrow();
        assertThat(service.name()).isEqualTo(name);
        List<Document> docs = documents.findAllByServiceId(service.id());
        assertThat(docs).extracting(Document::type).containsExactly(DocumentType.TERMS, DocumentType.PRIVACY);
        assertThat(docs).extracting(Document::title).containsExactly("Terms of Service", "Privacy Policy");
        StoredVersion terms = versions.findLatestByDocumentId(docs.getFirst().id()).orElseThrow();
        assertThat(terms.text()).isEqualTo("# Terms\n\nBe nice.");
        assertThat(terms.origin()).isEqualTo(Origin.IMPORT);
    }

    @Test
    void normalisesImportedTextsSoInvisibleDifferencesAreNotChanges() throws IOException {
        Path terms = write(dir.resolve(name).resolve("Terms of Service.md"), "# Terms\r\n\r\nBe\u00a0nice.  \r\n");
        importer.importPath(dir, ImportListener.NONE);

        Files.writeString(terms, "# Terms\n\n\n\nBe nice.\n");
        ImportSummary second = importer.importPath(dir, ImportListener.NONE);

        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(versions.findLatestByDocumentId(onlyDocument(DocumentType.TERMS).id()).orElseThrow().text())
                .isEqualTo("# Terms\n\nBe nice.");
    }

    @Test
    void importingTwiceAddsNothing() throws IOException {
        write(dir.resolve(name).resolve("Terms of Service.md"), "# Terms\n\nBe nice.\n");
        write(dir.resolve(name).resolve("Privacy Policy.md"), "# Privacy\n\nWe keep little.\n");
        importer.importPath(dir, ImportListener.NONE);
        long documentId = onlyDocument(DocumentType.TERMS).id();

        ImportSummary again = importer.importPath(dir, ImportListener.NONE);

        assertThat(again.newVersions()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(documents.findAllByServiceId(services.findBySlug(Slugs.of(name)).orElseThrow().id())).hasSize(2);
        assertThat(versions.countByDocumentId(documentId)).isEqualTo(1);
    }

    @Test
    void aChangedFileBecomesOneNewVersion() throws IOException {
        Path terms = write(dir.resolve(name).resolve("Terms of Service.md"), "# Terms\n\nBe nice.\n");
        write(dir.resolve(name).resolve("Privacy Policy.md"), "# Privacy\n\nWe keep little.\n");
        importer.importPath(dir, ImportListener.NONE);

        Files.writeString(terms, "# Terms\n\nBe very nice.\n");
        ImportSummary second = importer.importPath(dir, ImportListener.NONE);

        assertThat(second.newVersions()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(versions.findAllByDocumentId(onlyDocument(DocumentType.TERMS).id()))
                .extracting(StoredVersion::text).containsExactly("# Terms\n\nBe nice.", "# Terms\n\nBe very nice.");
    }

    @Test
    void importsFlatCollectionsWithTheJurisdictionOfTheCollection() throws IOException {
        String flat = name.replace(' ', '-');
        write(dir.resolve("vlopses-us-versions").resolve(flat + "__Terms-of-Service.md"), "US terms.\n");

        ImportSummary summary = importer.importPath(dir, ImportListener.NONE);

        assertThat(summary.newVersions()).isEqualTo(1);
        Document terms = onlyDocument(DocumentType.TERMS);
        assertThat(terms.jurisdiction()).isEqualTo("US");
        assertThat(terms.title()).isEqualTo("Terms of Service");
        assertThat(services.findBySlug(Slugs.of(name)).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void takesNamesLanguagesAndDatesFromTheIndexBesideTheTexts() throws IOException {
        String flat = name.replace(' ', '-');
        write(dir.resolve("texts/contrib-versions").resolve(flat + "__Privacy-Policy.md"), "Privacy.\n");
        write(dir.resolve("index.json"), """
                [{"file": "texts/contrib-versions/%s__Privacy-Policy.md", "collection": "OpenTermsArchive/contrib-versions",
                  "service": "%s.com", "terms_type": "Privacy Policy", "lang": "fr",
                  "last_change_date": "2025-09-20T15:20:32+00:00"}]
                """.formatted(flat, name));

        importer.importPath(dir.resolve("texts"), ImportListener.NONE);

        Service service = services.findBySlug(Slugs.of(name + ".com")).orElseThrow();
        assertThat(service.name()).isEqualTo(name + ".com");
        Document privacy = documents.findByServiceIdAndType(service.id(), DocumentType.PRIVACY).orElseThrow();
        assertThat(privacy.language()).isEqualTo("fr");
        assertThat(versions.findLatestByDocumentId(privacy.id()).orElseThrow().fetchedAt())
                .isEqualTo(Instant.parse("2025-09-20T15:20:32Z"));
    }

    @Test
    void skipsEmptyFilesAndSecondTextsForOneDocument() throws IOException {
        write(dir.resolve(name).resolve("Terms of Service.md"), "");
        write(dir.resolve(name).resolve("Affiliate Agreement.md"), "Affiliates.\n");
        write(dir.resolve(name).resolve("Seller Terms.md"), "Sellers.\n");

        ImportSummary summary = importer.importPath(dir, ImportListener.NONE);

        assertThat(summary.skipped()).isEqualTo(2);
        assertThat(summary.newVersions()).isEqualTo(1);
        assertThat(summary.failed()).isZero();
        Document other = onlyDocument(DocumentType.OTHER);
        assertThat(versions.findLatestByDocumentId(other.id()).orElseThrow().text()).isEqualTo("Affiliates.");
    }

    @Test
    void importsServiceDeclarationsAndFetchesTheirDocumentsOnce() throws IOException {
        String id = name.replace(" ", "");
        web.page("/" + id + "/terms", "text/html; charset=utf-8",
                "<html><body><main><h1>Terms</h1><p>Be kind.</p></main></body></html>");
        web.page("/" + id + "/privacy", "text/html; charset=utf-8",
                "<html><body><div class=\"banner\">Cookies!</div><main><h1>Privacy</h1><p>We keep little.</p></main>"
                        + "</body></html>");
        write(dir.resolve(id + ".json"), """
                {"name": "%s", "terms": {
                  "Terms of Service": {"fetch": "%s", "select": ["main"], "executeClientScripts": false},
                  "Privacy Policy": {"fetch": "%s", "remove": [".banner"], "executeClientScripts": false}}}
                """.formatted(name, web.url("/" + id + "/terms"), web.url("/" + id + "/privacy")));

        ImportSummary first = importer.importPath(dir, ImportListener.NONE);
        ImportSummary second = importer.importPath(dir, ImportListener.NONE);

        assertThat(first.declared()).isEqualTo(2);
        assertThat(first.newVersions()).isEqualTo(2);
        assertThat(second.declared()).isEqualTo(2);
        assertThat(second.newVersions()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        Service service = services.findBySlug(Slugs.of(id)).orElseThrow();
        assertThat(service.name()).isEqualTo(name);
        List<Document> docs = documents.findAllByServiceId(service.id());
        assertThat(docs).hasSize(2).allMatch(Document::isTrackable);
        assertThat(docs.getFirst().sourceUrl()).isEqualTo(web.url("/" + id + "/terms").toString());
        assertThat(docs.getFirst().declaration().primary().select()).hasSize(1);
        assertThat(versions.findLatestByDocumentId(docs.get(1).id()).orElseThrow().text())
                .contains("We keep little.").doesNotContain("Cookies!");
    }

    @Test
    void reportsADeclaredDocumentThatCannotBeFetchedAndKeepsItsDeclaration() throws IOException {
        String id = name.replace(" ", "");
        write(dir.resolve(id + ".json"), """
                {"name": "%s", "terms": {"Terms of Service": {"fetch": "%s", "executeClientScripts": false}}}
                """.formatted(name, web.url("/" + id + "/gone")));

        ImportSummary summary = importer.importPath(dir, ImportListener.NONE);

        assertThat(summary.declared()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures().getFirst()).contains(Slugs.of(id)).contains("404");
        Document terms = documents.findByServiceIdAndType(services.findBySlug(Slugs.of(id)).orElseThrow().id(),
                DocumentType.TERMS).orElseThrow();
        assertThat(terms.isTrackable()).isTrue();
        assertThat(versions.countByDocumentId(terms.id())).isZero();
    }

    @Test
    void reportsAnInvalidDeclarationAsAFailureAndGoesOn() throws IOException {
        write(dir.resolve("Broken.json"), "{\"name\": \"Broken\", \"terms\": {\"Terms of Service\": {}}}");
        write(dir.resolve(name).resolve("Terms of Service.md"), "Terms.\n");

        ImportSummary summary = importer.importPath(dir, ImportListener.NONE);

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.failures().getFirst()).contains("Broken.json").contains("fetch");
        assertThat(summary.newVersions()).isEqualTo(1);
    }

    @Test
    void tellsTheListenerAboutEveryDocument() throws IOException {
        write(dir.resolve(name).resolve("Terms of Service.md"), "Terms.\n");
        write(dir.resolve(name).resolve("Privacy Policy.md"), "");
        List<Object> events = new ArrayList<>();

        importer.importPath(dir, new ImportListener() {
            @Override
            public void started(int count) {
                events.add(count);
            }

            @Override
            public void documentDone(ImportedDocument document) {
                events.add(document.result());
            }
        });

        assertThat(events).containsExactly(2, Result.SKIPPED, Result.NEW_VERSION);
    }

    private Document onlyDocument(DocumentType type) {
        Service service = services.findBySlug(Slugs.of(name)).orElseThrow();
        return documents.findByServiceIdAndType(service.id(), type).orElseThrow();
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
