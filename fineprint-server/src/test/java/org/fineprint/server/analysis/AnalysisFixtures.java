package org.fineprint.server.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.fineprint.extract.Normalizer;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.Origin;
import org.fineprint.server.archive.StoredVersion;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentDetails;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;

/** Services with archived documents for analysis tests, from {@code fixtures/analysis/}. */
public final class AnalysisFixtures {
    public static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    public static final Instant TUESDAY = Instant.parse("2026-03-03T08:00:00Z");

    private final ServiceRepository services;
    private final DocumentRepository documents;
    private final Archiver archiver;

    public AnalysisFixtures(ServiceRepository services, DocumentRepository documents, Archiver archiver) {
        this.services = services;
        this.documents = documents;
        this.archiver = archiver;
    }

    /** The text of a fixture file, normalised as archived texts are. */
    public static String text(String name) {
        try (InputStream in = AnalysisFixtures.class.getResourceAsStream("/fixtures/analysis/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return Normalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new service with a unique slug and no documents. */
    public Service service(String prefix) {
        String slug = TestNames.unique(prefix);
        return services.save(new ServiceDetails(slug, "Example " + slug, "An example service.", null,
                List.of(slug + ".example"), null));
    }

    /** Adds (or finds) a document of the service and records a text as its version. */
    public StoredVersion version(Service service, DocumentType type, String text, Instant at) {
        Document document = documents.save(new DocumentDetails(service.id(), type, type.title(),
                "https://" + service.slug() + ".example/" + type.id(), "US", "en", null));
        return archiver.record(document.id(), text, at, Origin.IMPORT, List.of()).version();
    }

    /** A new service with the fixture terms and privacy policy archived (privacy added first). */
    public Service serviceWithTermsAndPrivacy(String prefix) {
        Service service = service(prefix);
        version(service, DocumentType.PRIVACY, text("privacy.md"), MONDAY);
        version(service, DocumentType.TERMS, text("terms.md"), MONDAY);
        return service;
    }
}
