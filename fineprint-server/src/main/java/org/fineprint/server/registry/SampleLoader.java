package org.fineprint.server.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.extract.Normalizer;
import org.fineprint.server.archive.Archived;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.Origin;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.registry.ImportedDocument.Result;
import org.fineprint.server.registry.SampleCatalog.SampleCategory;
import org.fineprint.server.registry.SampleCatalog.SampleDocument;
import org.fineprint.server.registry.SampleCatalog.SampleService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled sample services into an empty database, so a fresh installation has
 * something to show. Each document is loaded in its own transaction; a load cut short is
 * completed at the next start, and documents that already have a version are left alone.
 */
@Component
public class SampleLoader {
    private static final Logger log = LoggerFactory.getLogger(SampleLoader.class);

    private final CategoryRepository categories;
    private final ServiceRepository services;
    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final Archiver archiver;
    private final TransactionTemplate transaction;

    public SampleLoader(CategoryRepository categories, ServiceRepository services, DocumentRepository documents,
                        VersionRepository versions, Archiver archiver, PlatformTransactionManager transactionManager) {
        this.categories = categories;
        this.services = services;
        this.documents = documents;
        this.versions = versions;
        this.archiver = archiver;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * True when the samples should be loaded: the database holds no service yet, or a previous
     * load of the samples was cut short.
     */
    public boolean isNeeded(SampleCatalog catalog) {
        if (services.count() == 0) {
            return true;
        }
        long loaded = versions.countDocumentsWithOrigin(Origin.SAMPLE);
        return loaded > 0 && loaded < catalog.documentCount();
    }

    /**
     * Loads every sample document that has no version yet.
     *
     * @param catalog the samples
     * @param listener told about each document
     * @return what was loaded
     */
    public ImportSummary load(SampleCatalog catalog, ImportListener listener) {
        long started = System.nanoTime();
        listener.started(catalog.documentCount());
        Map<String, Long> categoryIds = new HashMap<>();
        int position = 0;
        for (SampleCategory category : catalog.categories()) {
            categoryIds.put(category.slug(), categories.save(category.slug(), category.name(), position++).id());
        }
        int newVersions = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        for (SampleService sample : catalog.services()) {
            Long categoryId = categoryIds.get(sample.category());
            if (categoryId == null) {
                throw new IllegalStateException("Samples broken: service " + sample.slug()
                        + " names the unknown category " + sample.category());
            }
            Service service = services.save(new ServiceDetails(sample.slug(), sample.name(), sample.tagline(),
                    sample.homepage(), sample.domains(), categoryId));
            for (SampleDocument sampleDocument : sample.documents()) {
                ImportedDocument done;
                try {
                    done = loadDocument(service, sampleDocument);
                } catch (RuntimeException e) {
                    log.warn("sample failed service={} type={}: {}", sample.slug(), sampleDocument.type().id(),
                            e.getMessage());
                    done = new ImportedDocument(sample.slug(), sampleDocument.type().id(), Result.FAILED,
                            "Sample failed: " + sample.slug() + " " + sampleDocument.type().id() + " ("
                                    + e.getMessage() + ")");
                    failures.add(done.message());
                }
                if (done.result() == Result.NEW_VERSION) {
                    newVersions++;
                } else if (done.result() == Result.UNCHANGED) {
                    unchanged++;
                }
                listener.documentDone(done);
            }
        }
        ImportSummary summary = new ImportSummary(catalog.services().size(), catalog.documentCount(), newVersions,
                unchanged, 0, 0, failures.size(), failures, Duration.ofNanos(System.nanoTime() - started));
        log.info("samples loaded: {}", summary.line());
        return summary;
    }

    private ImportedDocument loadDocument(Service service, SampleDocument sample) {
        String text = Normalizer.normalize(SampleCatalog.text(sample));
        Boolean added = transaction.execute(status -> {
            Document document = documents.save(new DocumentDetails(service.id(), sample.type(), sample.title(),
                    sample.url(), sample.jurisdiction(), sample.language(), null));
            if (versions.countByDocumentId(document.id()) > 0) {
                return false; // loaded before, or tracked since: never overwrite what is archived
            }
            Archived archived = archiver.record(document.id(), text, sample.changed(), Origin.SAMPLE, List.of());
            return archived.isNew();
        });
        return new ImportedDocument(service.slug(), sample.type().id(),
                Boolean.TRUE.equals(added) ? Result.NEW_VERSION : Result.UNCHANGED, null);
    }
}
