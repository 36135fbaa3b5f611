package org.fineprint.server.review.web;

import java.util.List;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.AuditEntry;
import org.fineprint.server.review.AuditLogRepository;
import org.fineprint.server.review.CorrectionRepository;
import org.fineprint.server.review.ProblemReportRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The curator area's sign-in page, its overview (queue size, services, latest changes) and the audit log. */
@Controller
class AdminController {
    static final String VIEW_LOGIN = "admin/login";
    static final String VIEW_INDEX = "admin/index";
    static final String VIEW_AUDIT = "admin/audit";
    /** Audit entries on the overview. */
    static final int LATEST = 20;
    /** Audit entries per page of the log. */
    static final int PAGE = 100;

    private final ProblemReportRepository reports;
    private final CorrectionRepository corrections;
    private final AuditLogRepository auditLog;
    private final ServiceRepository services;

    AdminController(ProblemReportRepository reports, CorrectionRepository corrections, AuditLogRepository auditLog,
                    ServiceRepository services) {
        this.reports = reports;
        this.corrections = corrections;
        this.auditLog = auditLog;
        this.services = services;
    }

    @GetMapping("/admin/login")
    String login(@Nullable Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/admin";
        }
        return VIEW_LOGIN;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("openReports", reports.countOpen());
        model.addAttribute("activeCorrections", corrections.countActive());
        model.addAttribute("services", services.findAll());
        model.addAttribute("audit", auditLog.findLatest(null, LATEST).stream().map(AuditRow::of).toList());
        return VIEW_INDEX;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) @Nullable Long before, Model model) {
        List<AuditEntry> entries = auditLog.findLatest(before, PAGE + 1);
        List<AuditEntry> page = entries.subList(0, Math.min(PAGE, entries.size()));
        model.addAttribute("audit", page.stream().map(AuditRow::of).toList());
        // The next page starts below the last entry shown, when there is one.
        model.addAttribute("older", entries.size() > PAGE ? page.getLast().id() : null);
        return VIEW_AUDIT;
    }
}
