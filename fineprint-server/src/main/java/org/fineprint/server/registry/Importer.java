package org.fineprint.server.registry;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fineprint.extract.Normalizer;
import org.fineprint.registry.Declaration;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.archive.Archived;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.archive.Origin;
import org.fineprint.server.archive.TrackResult;
import org.fineprint.server.archive.Tracker;
import org.fineprint.server.registry.ImportedDocument.Result;
import org.fineprint.server.registry.OtaSources.DeclarationFile;
import org.fineprint.server.registry.OtaSources.Found;
import org.fineprint.server.registry.OtaSources.Problem;
import org.fineprint.server.registry.OtaSources.TextFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports services and documents from Open Terms Archive files (see {@link OtaSources} for the
 * layouts): texts become versions through the archive rule; declarations become trackable
 * documents, which are then fetched once by the {@link Tracker}.
 *
 * <p>Each document is saved in its own transaction, so an interrupted import keeps everything it
 * committed and a second run completes it; importing the same files again adds nothing.
 */
@Component
public class Importer {
    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    private final ServiceRepository services;
    private final DocumentRepository documents;
    private final Archiver archiver;
    private final Tracker tracker;
    private final TransactionTemplate transaction;

    public Importer(ServiceRepository services, DocumentRepository documents, Archiver archiver, Tracker tracker,
                    PlatformTransactionManager transactionManager) {
        this.services = services;
        this.documents = documents;
        this.archiver = archiver;
        this.tracker = tracker;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Imports everything found under a path.
     *
     * @param path a directory (or one file) in one of the Open Terms Archive layouts
     * @param listener told about progress
     * @return counts of what was added, unchanged, skipped and failed
     * @throws IllegalArgumentException when the path does not exist
     */
    public ImportSummary importPath(Path path, ImportListener listener) {
        long started = System.nanoTime();
        Found found = OtaSources.scan(path);
        Tally tally = new Tally(listener);
        listener.started(found.size() + found.problems().size());
        for (Problem problem : found.problems()) {
            tally.add(new ImportedDocument(problem.file().getFileName().toString(), "?", Result.FAILED,
                    problem.message()));
        }
        // Texts first: a declared document is then fetched on top of its imported history.
        Map<String, Path> imported = new HashMap<>();
        for (TextFile text : found.texts()) {
            tally.add(importText(text, imported));
        }
        Set<String> declared = new LinkedHashSet<>();
        for (DeclarationFile file : found.declarations()) {
            for (Map.Entry<String, String> terms : file.termsJson().entrySet()) {
                tally.add(importDeclaration(file, terms.getKey(), terms.getValue(), declared));
            }
        }
        ImportSummary summary = tally.summary(Duration.ofNanos(System.nanoTime() - started));
        log.info("import path={} {}", path, summary.line());
        return summary;
    }

    private ImportedDocument importDeclaration(DeclarationFile file, String termsType, String json,
                                               Set<String> declared) {
        String id = file.declaration().id();
        String slug;
        try {
            slug = Slugs.of(id);
        } catch (IllegalArgumentException e) {
            return new ImportedDocument(id, termsType, Result.FAILED, "Import failed: " + e.getMessage());
        }
        DocumentType type = DocumentType.fromOtaTermsType(termsType);
        if (!declared.add(slug + "/" + type.id())) {
            return new ImportedDocument(slug, type.id(), Result.SKIPPED, "\"" + termsType + "\" maps to "
                    + type.id() + ", which " + id + " already declares; Fineprint keeps one document per type");
        }
        Declaration declaration = file.declaration().terms().get(termsType);
        Document document;
        try {
            document = transaction.execute(status -> {
                Service service = services.save(new ServiceDetails(slug, file.declaration().name(), null, null,
                        List.of(), null));
                return documents.save(new DocumentDetails(service.id(), type, termsType,
                        declaration.primary().fetch().toString(), null, null, json));
            });
        } catch (RuntimeException e) {
            log.warn("import failed file={} terms={}: {}", file.file(), termsType, e.getMessage());
            return new ImportedDocument(slug, type.id(), Result.FAILED, "Import failed: " + termsType + " of "
                    + id + " in " + file.file() + " (" + e.getMessage() + ")");
        }
        if (document == null) {
            throw new IllegalStateException("transaction returned nothing");
        }
        TrackResult tracked = tracker.track(document.id());
        return new ImportedDocument(slug, type.id(), switch (tracked.outcome()) {
            case NEW_VERSION -> Result.NEW_VERSION;
            case UNCHANGED -> Result.UNCHANGED;
            case FAILED -> Result.FAILED;
        }, tracked.failed() ? slug + " " + type.id() + ": " + tracked.message() : null, true);
    }

    private ImportedDocument importText(TextFile text, Map<String, Path> imported) {
        String slug;
        try {
            slug = Slugs.of(text.service());
        } catch (IllegalArgumentException e) {
            return new ImportedDocument(text.service(), text.termsType(), Result.FAILED, "Import failed: "
                    + e.getMessage() + " (" + text.file() + ")");
        }
        DocumentType type = DocumentType.fromOtaTermsType(text.termsType());
        String key = slug + "/" + type.id();
        Path first = imported.putIfAbsent(key, text.file());
        if (first != null) {
            return new ImportedDocument(slug, type.id(), Result.SKIPPED, text.file() + " is a second " + type.id()
                    + " text for " + slug + " in this import; kept " + first);
        }
        String content;
        try {
            content = Normalizer.normalize(read(text.file()));
        } catch (IOException e) {
            return new ImportedDocument(slug, type.id(), Result.FAILED, "Import failed: cannot read "
                    + text.file() + " as UTF-8 text (" + e.getMessage() + ")");
        }
        if (content.isBlank()) {
            return new ImportedDocument(slug, type.id(), Result.SKIPPED, text.file() + " is empty");
        }
        try {
            Archived archived = transaction.execute(status -> {
                Service service = services.save(ServiceDetails.named(text.service()));
                Document document = documents.save(new DocumentDetails(service.id(), type, text.termsType(), null,
                        text.jurisdiction(), text.language(), null));
                return archiver.record(document.id(), content, text.recordedAt(), Origin.IMPORT, List.of());
            });
            return new ImportedDocument(slug, type.id(),
                    archived != null && archived.isNew() ? Result.NEW_VERSION : Result.UNCHANGED, null);
        } catch (RuntimeException e) {
            log.warn("import failed file={}: {}", text.file(), e.getMessage());
            return new ImportedDocument(slug, type.id(), Result.FAILED, "Import failed: " + text.file() + " ("
                    + e.getMessage() + ")");
        }
    }

    /** Reads a text file, refusing bytes that are not UTF-8 instead of guessing; drops a byte-order mark. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Counts results and tells the listener about each. */
    private static final class Tally {
        private final ImportListener listener;
        private final Set<String> services = new LinkedHashSet<>();
        private final Set<String> documents = new LinkedHashSet<>();
        private final List<String> failures = new ArrayList<>();
        private int newVersions;
        private int unchanged;
        private int declared;
        private int skipped;

        Tally(ImportListener listener) {
            this.listener = listener;
        }

        void add(ImportedDocument document) {
            if (document.declared()) {
                declared++;
            }
            switch (document.result()) {
                case NEW_VERSION -> newVersions++;
                case UNCHANGED -> unchanged++;
                case SKIPPED -> skipped++;
                case FAILED -> failures.add(message(document));
            }
            if (document.declared() || document.result() != Result.FAILED && document.result() != Result.SKIPPED) {
                services.add(document.service());
                documents.add(document.service() + "/" + document.type());
            }
            if (document.result() == Result.SKIPPED) {
                log.info("import skipped service={} type={}: {}", document.service(), document.type(),
                        document.message());
            }
            listener.documentDone(document);
        }

        private static String message(ImportedDocument document) {
            @Nullable String message = document.message();
            return message != null ? message : "Import failed: " + document.service() + " " + document.type();
        }

        ImportSummary summary(Duration elapsed) {
            return new ImportSummary(services.size(), documents.size(), newVersions, unchanged, declared, skipped,
                    failures.size(), failures, elapsed);
        }
    }
}
