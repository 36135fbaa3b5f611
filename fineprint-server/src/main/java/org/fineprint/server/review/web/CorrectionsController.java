package org.fineprint.server.review.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.Correction;
import org.fineprint.server.review.CorrectionAction;
import org.fineprint.server.review.CorrectionRepository;
import org.fineprint.server.review.Corrections;
import org.fineprint.server.review.PointIdentity;
import org.fineprint.server.review.ProblemReportRepository;
import org.fineprint.server.system.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrections on one service's points: the latest analysis's points as the analyser wrote them,
 * each with the corrections in force, and forms to dismiss or restore, pin or unpin, edit or
 * revert, always with a reason.
 */
@Controller
class CorrectionsController {
    static final String VIEW_SERVICE = "admin/service";

    private final ServiceRepository services;
    private final AnalysisRepository analyses;
    private final CorrectionRepository corrections;
    private final Corrections curation;
    private final ProblemReportRepository reports;

    CorrectionsController(ServiceRepository services, AnalysisRepository analyses, CorrectionRepository corrections,
                          Corrections curation, ProblemReportRepository reports) {
        this.services = services;
        this.analyses = analyses;
        this.corrections = corrections;
        this.curation = curation;
        this.reports = reports;
    }

    @GetMapping("/admin/services/{slug}")
    String show(@PathVariable String slug, Model model) {
        Service service = service(slug);
        Optional<Report> report = analyses.findLatestSucceededIdByServiceId(service.id()).flatMap(analyses::findReport);
        List<Correction> active = corrections.findAllActiveByServiceId(service.id());
        List<CorrectedPoint> points = new ArrayList<>();
        Set<PointIdentity> found = new HashSet<>();
        report.ifPresent(r -> {
            for (int i = 0; i < r.points().size(); i++) {
                PointView point = PointView.of(r, i);
                found.add(point.identity());
                points.add(new CorrectedPoint(point, find(active, point.identity(), CorrectionAction.DISMISS),
                        find(active, point.identity(), CorrectionAction.PIN),
                        find(active, point.identity(), CorrectionAction.EDIT)));
            }
        });
        model.addAttribute("service", service);
        model.addAttribute("analysed", report.isPresent());
        model.addAttribute("points", points);
        // Corrections on points the latest analysis did not find: they wait for the point to come back.
        model.addAttribute("waiting", active.stream().filter(c -> !found.contains(c.point())).toList());
        model.addAttribute("openReports", reports.countOpenByServiceId(service.id()));
        return VIEW_SERVICE;
    }

    @PostMapping("/admin/services/{slug}/points")
    String correct(@PathVariable String slug, @Valid @ModelAttribute("correction") CorrectionForm form,
                   BindingResult result, Authentication curator, RedirectAttributes redirect) {
        Service service = service(slug);
        String back = "redirect:/admin/services/" + service.slug();
        Optional<DocumentType> type = form.document() == null ? Optional.empty() : DocumentType.fromId(form.document());
        if (result.hasErrors() || type.isEmpty() || form.caseId() == null) {
            redirect.addFlashAttribute("problem", "admin.corrections.invalid");
            return back;
        }
        PointIdentity point = new PointIdentity(type.get(), form.caseId());
        String reason = Objects.requireNonNull(form.reason()).strip();
        String by = curator.getName();
        String action = Objects.requireNonNull(form.action());
        boolean changed = switch (action) {
            case "dismiss" -> curation.dismiss(service, point, reason, by);
            case "restore" -> curation.restore(service, point, reason, by);
            case "pin" -> curation.pin(service, point, reason, by);
            case "unpin" -> curation.unpin(service, point, reason, by);
            case "revert" -> curation.edit(service, point, new Corrections.Edit(null, null, null), reason, by);
            case "edit" -> {
                Optional<PointView> machine = machinePoint(service, point);
                if (machine.isEmpty()) {
                    redirect.addFlashAttribute("problem", "admin.corrections.gone");
                    yield false;
                }
                Corrections.Edit edit = edit(form, machine.get());
                if (edit.isEmpty()) {
                    action = "revert"; // the analyser's own values: the edit is undone
                }
                yield curation.edit(service, point, edit, reason, by);
            }
            default -> throw new IllegalStateException("unknown action " + action);
        };
        if (changed) {
            redirect.addFlashAttribute("done", "admin.corrections.done." + action);
        } else if (!redirect.getFlashAttributes().containsKey("problem")) {
            redirect.addFlashAttribute("problem", "admin.corrections.unchanged");
        }
        redirect.addFlashAttribute("subject", point.caseId());
        return back + "#" + CorrectedPoint.anchor(point);
    }

    /** The edit a form asks for: only the values that differ from the analyser's are kept. */
    static Corrections.Edit edit(CorrectionForm form, PointView machine) {
        String title = differs(form.title(), machine.title());
        String explanation = differs(form.explanation(), machine.explanation());
        Integer severity = form.severity() == null || form.severity() == machine.severity() ? null : form.severity();
        return new Corrections.Edit(title, explanation, severity);
    }

    private static @Nullable String differs(@Nullable String value, String machine) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.equals(machine.strip()) ? null : stripped;
    }

    private Optional<PointView> machinePoint(Service service, PointIdentity identity) {
        Optional<Report> report = analyses.findLatestSucceededIdByServiceId(service.id()).flatMap(analyses::findReport);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < report.get().points().size(); i++) {
            PointView point = PointView.of(report.get(), i);
            if (point.identity().equals(identity)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }

    private static @Nullable Correction find(List<Correction> active, PointIdentity point, CorrectionAction action) {
        return active.stream().filter(c -> c.point().equals(point) && c.action() == action).findFirst().orElse(null);
    }

    private Service service(String slug) {
        return services.findBySlug(slug).orElseThrow(() -> new NotFoundException("service", slug));
    }
}
