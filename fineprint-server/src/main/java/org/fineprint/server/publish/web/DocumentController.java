package org.fineprint.server.publish.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fineprint.analyze.point.Point;
import org.fineprint.analyze.point.Quote;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.archive.VersionRepository;
import org.fineprint.server.archive.VersionSummary;
import org.fineprint.server.jobs.PendingAnalyses;
import org.fineprint.server.publish.web.DocumentHtml.Highlight;
import org.fineprint.server.registry.Document;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document viewer: an archived version's text, rendered safely, with every passage the published
 * points quote highlighted and anchored ({@code #point-N}), and the list of versions.
 */
@Controller
class DocumentController {
    static final String VIEW_SHOW = "documents/show";

    private final ServiceRepository services;
    private final DocumentRepository documents;
    private final VersionRepository versions;
    private final PublishedReports reports;
    private final PendingAnalyses pending;
    private final RenderedDocuments rendered;

    DocumentController(ServiceRepository services, DocumentRepository documents, VersionRepository versions,
                       PublishedReports reports, PendingAnalyses pending, RenderedDocuments rendered) {
        this.services = services;
        this.documents = documents;
        this.versions = versions;
        this.reports = reports;
        this.pending = pending;
        this.rendered = rendered;
    }

    @GetMapping("/service/{slug}/document/{type}")
    String show(@PathVariable String slug, @PathVariable String type,
                @RequestParam(name = "version", required = false) @Nullable Long versionId, Model model) {
        Service service = services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug));
        DocumentType documentType = DocumentType.fromId(type).orElseThrow(() -> new NotFoundException("document", type));
        Document document = documents.findByServiceIdAndType(service.id(), documentType)
                .orElseThrow(() -> new NotFoundException("document", type));
        List<VersionSummary> all = versions.findSummariesByDocumentId(document.id());
        Optional<PublishedReport> published = reports.findByServiceId(service.id());
        Optional<Report.Document> analysedDocument = published.flatMap(p -> p.document(documentType));
        @Nullable Long analysedVersion = analysedDocument.flatMap(d -> published.get().versionId(d.id())).orElse(null);

        @Nullable Long shownId = versionId != null ? versionId
                : analysedVersion != null ? analysedVersion : all.isEmpty() ? null : all.getFirst().id();
        if (versionId != null && all.stream().noneMatch(v -> v.id() == versionId)) {
            throw new NotFoundException("document", type + " version " + versionId);
        }
        @Nullable VersionSummary shown = shownId == null ? null
                : all.stream().filter(v -> v.id() == shownId).findFirst().orElse(null);

        List<Highlight> highlights = new ArrayList<>();
        List<QuotedPoint> quoted = new ArrayList<>();
        boolean highlighted = shown != null && analysedVersion != null && shown.id() == analysedVersion;
        if (highlighted) {
            Report report = published.get().report();
            String documentId = analysedDocument.get().id();
            for (int i = 0; i < report.points().size(); i++) {
                Point point = report.points().get(i);
                if (!point.document().equals(documentId)) {
                    continue;
                }
                quoted.add(new QuotedPoint(i, Plain.text(point.title()), point.sentiment().id(), point.severity()));
                for (int k = 0; k < point.quotes().size(); k++) {
                    Quote quote = point.quotes().get(k);
                    highlights.add(new Highlight(quote.start(), quote.end(), "q-" + i + "-" + (k + 1),
                            k == 0 ? "point-" + i : "point-" + i + "-" + (k + 1), point.sentiment().id()));
                }
            }
        }
        List<VersionRow> rows = all.stream().map(v -> new VersionRow(v.id(), DisplayDate.of(v.fetchedAt()),
                shown != null && v.id() == shown.id(), analysedVersion != null && v.id() == analysedVersion,
                v.id() == all.getFirst().id())).toList();

        model.addAttribute("service", service);
        model.addAttribute("document", DocumentRow.of(document));
        model.addAttribute("versions", rows);
        model.addAttribute("shown", shown == null ? null : rows.stream().filter(VersionRow::shown).findFirst().orElse(null));
        model.addAttribute("latest", rows.isEmpty() ? null : rows.getFirst());
        model.addAttribute("highlighted", highlighted);
        model.addAttribute("hasAnalysis", analysedVersion != null);
        model.addAttribute("analysing", pending.isPending(service.id()));
        model.addAttribute("quoted", quoted);
        model.addAttribute("html", shown == null ? null
                : rendered.html(shown.id(), highlights, base(document)).orElse(null));
        model.addAttribute("canonical", versionId == null
                ? Urls.canonical("/service/{slug}/document/{type}", service.slug(), documentType.id())
                : Urls.canonical("/service/{slug}/document/{type}", service.slug(), documentType.id())
                        + "?version=" + versionId);
        return VIEW_SHOW;
    }

    private static @Nullable URI base(Document document) {
        try {
            return document.sourceUrl() == null ? null : URI.create(document.sourceUrl());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
