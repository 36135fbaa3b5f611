package org.fineprint.server.review.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.Optional;
import org.fineprint.catalog.Case;
import org.fineprint.catalog.CaseCatalog;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.PublishedReport;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.ClientKeys;
import org.fineprint.server.review.NewProblemReport;
import org.fineprint.server.review.PointIdentity;
import org.fineprint.server.review.ProblemKind;
import org.fineprint.server.review.ProblemReports;
import org.fineprint.server.review.RateLimiter;
import org.fineprint.server.review.ReportedPoint;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Report a problem": a form per service and per point, validated, CSRF-protected (by the
 * security configuration), limited per client, stored in the review queue; then a thank-you
 * page. Works without JavaScript.
 */
@Controller
class ProblemReportController {
    private static final Logger log = LoggerFactory.getLogger(ProblemReportController.class);

    static final String VIEW_FORM = "review/report";
    static final String VIEW_THANKS = "review/thanks";
    static final String VIEW_TOO_MANY = "review/too-many";
    static final String FORM = "form";

    private final ServiceRepository services;
    private final PublishedReports published;
    private final ProblemReports reports;
    private final RateLimiter limiter;
    private final ClientKeys clientKeys;
    private final CaseCatalog catalog = CaseCatalog.builtIn();

    ProblemReportController(ServiceRepository services, PublishedReports published, ProblemReports reports,
                            @Qualifier("reports") RateLimiter limiter, ClientKeys clientKeys) {
        this.services = services;
        this.published = published;
        this.reports = reports;
        this.limiter = limiter;
        this.clientKeys = clientKeys;
    }

    @GetMapping("/service/{slug}/report")
    String initForm(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer point, Model model) {
        Service service = service(slug);
        PointView shown = point == null ? null : publishedPoint(service, point)
                .orElseThrow(() -> new NotFoundException("point", slug + " point " + point));
        model.addAttribute(FORM, ProblemReportForm.empty(shown));
        return form(service, shown, model);
    }

    @PostMapping("/service/{slug}/report")
    String processForm(@PathVariable String slug, @Valid @ModelAttribute(FORM) ProblemReportForm form,
                       BindingResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        Service service = service(slug);
        String client = clientKeys.forAddress(request.getRemoteAddr());
        if (form.isFromRobot()) {
            // Answer as if stored, so the robot learns nothing; it still spends the client's tokens.
            limiter.tryAcquire(client);
            log.info("problem report dropped service={} reason=honeypot client={}", service.slug(), client);
            return "redirect:/service/" + service.slug() + "/report/thanks";
        }
        ReportedPoint point = null;
        if (form.namesPoint()) {
            point = reportedPoint(service, form).orElseThrow(() -> new NotFoundException("point",
                    slug + " " + form.document() + "/" + form.caseId()));
        }
        PointView shown = point == null ? null : publishedPoint(service, point.identity()).orElse(null);
        Optional<ProblemKind> kind = form.kind() == null ? Optional.empty() : ProblemKind.fromId(form.kind())
                .filter(k -> ProblemKind.choices(form.namesPoint()).contains(k));
        if (form.kind() != null && !form.kind().isBlank() && kind.isEmpty()) {
            result.rejectValue("kind", "review.form.kind.required");
        }
        if (form.messageTooShort()) {
            result.rejectValue("message", "review.form.message.short", new Object[] {ProblemReportForm.MIN_MESSAGE},
                    "too short");
        }
        if (result.hasErrors() || kind.isEmpty()) {
            return form(service, shown, model);
        }
        RateLimiter.Decision decision = limiter.tryAcquire(client);
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            model.addAttribute("service", service);
            model.addAttribute("minutes", (seconds + 59) / 60);
            log.info("problem report refused service={} reason=rate-limit client={}", service.slug(), client);
            return VIEW_TOO_MANY;
        }
        reports.submit(new NewProblemReport(service.id(), point, kind.get(), Objects.requireNonNull(form.message()).strip(),
                blankToNull(form.email()), client));
        return "redirect:/service/" + service.slug() + "/report/thanks";
    }

    @GetMapping("/service/{slug}/report/thanks")
    String thanks(@PathVariable String slug, Model model) {
        model.addAttribute("service", service(slug));
        return VIEW_THANKS;
    }

    private String form(Service service, @Nullable PointView point, Model model) {
        model.addAttribute("service", service);
        model.addAttribute("point", point);
        model.addAttribute("kinds", ProblemKind.choices(point != null));
        model.addAttribute("maxMessage", ProblemReportForm.MAX_MESSAGE);
        model.addAttribute("canonical", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/service/{slug}/report").buildAndExpand(service.slug()).toUriString());
        return VIEW_FORM;
    }

    private Service service(String slug) {
        return services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug));
    }

    /** The point at a position of the service's published report. */
    private Optional<PointView> publishedPoint(Service service, int position) {
        return published.findByServiceId(service.id()).map(PublishedReport::report)
                .filter(report -> position >= 0 && position < report.points().size())
                .map(report -> PointView.of(report, position));
    }

    /** The published point with an identity, if the published report still has it. */
    private Optional<PointView> publishedPoint(Service service, PointIdentity identity) {
        Optional<Report> report = published.findByServiceId(service.id()).map(PublishedReport::report);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < report.get().points().size(); i++) {
            PointView view = PointView.of(report.get(), i);
            if (view.identity().equals(identity)) {
                return Optional.of(view);
            }
        }
        return Optional.empty();
    }

    /**
     * The point a posted form names: as published now, or, when a new analysis or a correction
     * removed it since the form was shown, by its catalogue case (the reader still saw it).
     */
    private Optional<ReportedPoint> reportedPoint(Service service, ProblemReportForm form) {
        Optional<DocumentType> type = form.document() == null ? Optional.empty() : DocumentType.fromId(form.document());
        Optional<Case> known = form.caseId() == null ? Optional.empty() : catalog.byId(form.caseId());
        if (type.isEmpty() || known.isEmpty()) {
            return Optional.empty();
        }
        PointIdentity identity = new PointIdentity(type.get(), known.get().id());
        return Optional.of(publishedPoint(service, identity).map(PointView::reported)
                .orElse(new ReportedPoint(identity, known.get().title(), null)));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
