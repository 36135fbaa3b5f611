package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.registry.DocumentType;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.AnalysisRepository;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.analysis.Reanalysis;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.AuditEntry;
import org.fineprint.server.review.AuditLogRepository;
import org.fineprint.server.review.Corrections;
import org.fineprint.server.review.PointIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The corrections page: each change shows on the published report at once, is audited, and outlives re-analysis. */
@ReviewWebTest
class CorrectionsPageIT {
    @Autowired
    MockMvc mvc;
    @Autowired
    ServiceRepository services;
    @Autowired
    DocumentRepository documents;
    @Autowired
    Archiver archiver;
    @Autowired
    Reanalyzer reanalyzer;
    @Autowired
    PublishedReports published;
    @Autowired
    AuditLogRepository auditLog;
    @Autowired
    AnalysisRepository analyses;

    private AnalysisFixtures fixtures;
    private Service service;
    private Report machine;

    @BeforeEach
    void analysedService() {
        fixtures = new AnalysisFixtures(services, documents, archiver);
        service = fixtures.serviceWithTermsAndPrivacy("cor");
        reanalyzer.reanalyze(service.id());
        machine = published.findByServiceId(service.id()).orElseThrow().report();
        assertThat(machine.points()).hasSizeGreaterThan(3);
    }

    private Report publishedReport() {
        return published.findByServiceId(service.id()).orElseThrow().report();
    }

    private PointIdentity identity(Point point) {
        return new PointIdentity(machine.document(point.document()).type(), point.caseId());
    }

    private MockHttpServletRequestBuilder change(Point point, String action, String reason) {
        PointIdentity identity = identity(point);
        return post("/admin/services/{slug}/points", service.slug()).with(user("alice").roles("CURATOR")).with(csrf())
                .param("document", identity.documentType().id()).param("caseId", identity.caseId())
                .param("action", action).param("reason", reason);
    }

    @Test
    void pageListsTheAnalysersPointsWithTheirForms() throws Exception {
        Point first = machine.points().getFirst();

        mvc.perform(get("/admin/services/{slug}", service.slug()).with(user("alice").roles("CURATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Correct " + service.name()),
                        containsString(first.title()), containsString("data-case=\"" + first.caseId() + "\""),
                        containsString("value=\"dismiss\""), containsString("value=\"pin\""),
                        containsString("Edit the title, explanation or severity"))));
        mvc.perform(get("/admin/services/{slug}", service.slug())).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/services/no-such-service").with(user("alice").roles("CURATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aDismissedPointLeavesThePublishedReportAndStaysOutAfterReanalysis() throws Exception {
        Point dismissed = machine.points().get(1);

        mvc.perform(change(dismissed, "dismiss", "The quote is about something else."))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/services/" + service.slug() + "#point-"
                        + identity(dismissed).documentType().id() + "-" + dismissed.caseId()))
                .andExpect(flash().attribute("done", "admin.corrections.done.dismiss"));

        assertThat(cases(publishedReport())).doesNotContain(dismissed.caseId()).hasSize(machine.points().size() - 1);
        assertThat(publishedReport().rating().contributions()).allMatch(c -> c.point() < machine.points().size() - 1);

        // A new version of the terms: the service is really analysed again, and finds the point again.
        String changed = AnalysisFixtures.text("terms.md") + "\n\n## 6. Contact\n\nWrite to us at any time.\n";
        fixtures.version(service, DocumentType.TERMS, changed, AnalysisFixtures.TUESDAY);
        Reanalysis again = reanalyzer.reanalyze(service.id());
        assertThat(again.outcome()).isEqualTo(Reanalysis.Outcome.ANALYSED);
        Report reanalysed = analyses.findReport(again.analysis().id()).orElseThrow();
        assertThat(cases(reanalysed)).contains(dismissed.caseId());

        assertThat(published.findByServiceId(service.id()).orElseThrow().analysis().id())
                .isEqualTo(again.analysis().id());
        assertThat(cases(publishedReport())).doesNotContain(dismissed.caseId());

        List<AuditEntry> audit = auditLog.findAllBySubject("point", Corrections.subjectId(service, identity(dismissed)));
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.action()).isEqualTo("correction.dismiss");
            assertThat(e.reason()).isEqualTo("The quote is about something else.");
        });
    }

    @Test
    void editsAndPinsShowOnThePublishedReportAndCanBeUndone() throws Exception {
        Point last = machine.points().getLast();

        mvc.perform(change(last, "edit", "Clearer words.").param("title", "A clearer title")
                .param("explanation", last.explanation()).param("severity", Integer.toString(last.severity())))
                .andExpect(flash().attribute("done", "admin.corrections.done.edit"));
        mvc.perform(change(last, "pin", "Readers ask about this first."))
                .andExpect(flash().attribute("done", "admin.corrections.done.pin"));

        Point shown = publishedReport().points().getFirst();
        assertThat(shown.caseId()).isEqualTo(last.caseId());
        assertThat(shown.title()).isEqualTo("A clearer title");
        assertThat(shown.explanation()).isEqualTo(last.explanation());
        assertThat(shown.severity()).isEqualTo(last.severity());

        mvc.perform(change(last, "pin", "Again.")).andExpect(flash().attribute("problem", "admin.corrections.unchanged"));
        mvc.perform(change(last, "unpin", "Not so important.")).andExpect(flash().attribute("done", "admin.corrections.done.unpin"));
        // Saving the analyser's own values undoes the edit.
        mvc.perform(change(last, "edit", "The analyser's title was fine.").param("title", last.title())
                        .param("explanation", last.explanation()).param("severity", Integer.toString(last.severity())))
                .andExpect(flash().attribute("done", "admin.corrections.done.revert"));
        mvc.perform(change(last, "revert", "Nothing left to revert."))
                .andExpect(flash().attribute("problem", "admin.corrections.unchanged"));

        assertThat(publishedReport()).isEqualTo(machine);
        assertThat(auditLog.findAllBySubject("point", Corrections.subjectId(service, identity(last))))
                .extracting(AuditEntry::action)
                .containsExactly("correction.revert-edit", "correction.unpin", "correction.pin", "correction.edit");
    }

    @Test
    void everyChangeNeedsAReasonAndTheCsrfToken() throws Exception {
        Point point = machine.points().getFirst();

        mvc.perform(change(point, "dismiss", " ")).andExpect(flash().attribute("problem", "admin.corrections.invalid"));
        mvc.perform(change(point, "explode", "Because.")).andExpect(flash().attribute("problem", "admin.corrections.invalid"));
        mvc.perform(post("/admin/services/{slug}/points", service.slug()).with(user("alice").roles("CURATOR"))
                .param("document", identity(point).documentType().id()).param("caseId", point.caseId())
                .param("action", "dismiss").param("reason", "No token.")).andExpect(status().isForbidden());

        assertThat(publishedReport()).isEqualTo(machine);
    }

    private static List<String> cases(Report report) {
        return report.points().stream().map(Point::caseId).toList();
    }
}
