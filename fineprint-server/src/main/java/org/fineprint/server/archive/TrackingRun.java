package org.fineprint.server.archive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.ImportListener;
import org.fineprint.server.registry.ImportedDocument;
import org.fineprint.server.registry.ImportedDocument.Result;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tracks many documents now, one after the other: all trackable documents, or one service's. */
public class TrackingRun {
    private static final Logger log = LoggerFactory.getLogger(TrackingRun.class);

    private final Tracker tracker;
    private final DocumentRepository documents;
    private final ServiceRepository services;

    public TrackingRun(Tracker tracker, DocumentRepository documents, ServiceRepository services) {
        this.tracker = tracker;
        this.documents = documents;
        this.services = services;
    }

    /**
     * Tracks documents now.
     *
     * @param serviceSlug only this service's documents, or {@code null} for every trackable document
     * @param listener told about each document as it is done
     * @return counts and failures
     * @throws IllegalArgumentException when there is no service with that slug
     */
    public TrackSummary track(@Nullable String serviceSlug, ImportListener listener) {
        long started = System.nanoTime();
        List<Document> chosen;
        if (serviceSlug == null) {
            chosen = documents.findAllTrackable();
        } else {
            Service service = services.findBySlug(serviceSlug).orElseThrow(() -> new IllegalArgumentException(
                    "no service \"" + serviceSlug + "\"; see the slugs on the home page"));
            chosen = documents.findAllByServiceId(service.id()).stream().filter(Document::isTrackable).toList();
        }
        listener.started(chosen.size());
        int newVersions = 0;
        int unchanged = 0;
        List<String> failures = new ArrayList<>();
        for (Document document : chosen) {
            String slug = services.findById(document.serviceId()).map(Service::slug).orElse("?");
            TrackResult result = tracker.track(document.id());
            switch (result.outcome()) {
                case NEW_VERSION -> newVersions++;
                case UNCHANGED -> unchanged++;
                case FAILED -> failures.add(slug + " " + document.type().id() + ": " + result.message());
            }
            listener.documentDone(new ImportedDocument(slug, document.type().id(), switch (result.outcome()) {
                case NEW_VERSION -> Result.NEW_VERSION;
                case UNCHANGED -> Result.UNCHANGED;
                case FAILED -> Result.FAILED;
            }, result.message()));
        }
        TrackSummary summary = new TrackSummary(chosen.size(), newVersions, unchanged, failures.size(), failures,
                Duration.ofNanos(System.nanoTime() - started));
        log.info("{}", summary.line());
        return summary;
    }
}
