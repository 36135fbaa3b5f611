package org.fineprint.server.review.web;

import jakarta.validation.Valid;
import org.fineprint.server.review.ProblemReportRepository;
import org.fineprint.server.review.ProblemReports;
import org.fineprint.server.review.ReportStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review queue: open problem reports, oldest first, each resolved or rejected with a note. */
@Controller
class ReviewQueueController {
    static final String VIEW_QUEUE = "admin/reports";
    static final String REDIRECT_QUEUE = "redirect:/admin/reports";

    private final ProblemReportRepository reports;
    private final ProblemReports problemReports;

    ReviewQueueController(ProblemReportRepository reports, ProblemReports problemReports) {
        this.reports = reports;
        this.problemReports = problemReports;
    }

    @GetMapping("/admin/reports")
    String queue(Model model) {
        model.addAttribute("reports", reports.findAllOpen().stream().map(QueuedReport::of).toList());
        return VIEW_QUEUE;
    }

    @PostMapping("/admin/reports/{id}")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decision") DecisionForm form, BindingResult result,
                  Authentication curator, RedirectAttributes redirect) {
        if (result.hasErrors() || form.decision() == null) {
            redirect.addFlashAttribute("problem", "admin.queue.invalid");
            return REDIRECT_QUEUE;
        }
        ReportStatus status = ReportStatus.fromId(form.decision()).orElseThrow();
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        boolean decided = problemReports.decide(id, status, note, curator.getName()).isPresent();
        redirect.addFlashAttribute(decided ? "done" : "problem", decided ? "admin.queue." + status.id() : "admin.queue.gone");
        redirect.addFlashAttribute("subject", Long.toString(id));
        return REDIRECT_QUEUE;
    }
}
