package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.AuditLogRepository;
import org.fineprint.server.review.AuditTrail;
import org.fineprint.server.review.CuratorAccounts;
import org.fineprint.server.review.CuratorRepository;
import org.fineprint.server.review.NewProblemReport;
import org.fineprint.server.review.PointIdentity;
import org.fineprint.server.review.ProblemKind;
import org.fineprint.server.review.ProblemReport;
import org.fineprint.server.review.ProblemReportRepository;
import org.fineprint.server.review.ProblemReports;
import org.fineprint.server.review.ReportStatus;
import org.fineprint.server.review.ReportedPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signing in and out of the curator area, and the review queue. */
@ReviewWebTest
class CuratorAreaIT {
    private static final String PASSWORD = "lantern orbit velvet cactus";

    @Autowired
    MockMvc mvc;
    @Autowired
    CuratorAccounts accounts;
    @Autowired
    CuratorRepository curators;
    @Autowired
    ServiceRepository services;
    @Autowired
    ProblemReports problemReports;
    @Autowired
    ProblemReportRepository reports;
    @Autowired
    AuditLogRepository auditLog;

    private String username;
    private final String client = Clients.next();

    @BeforeEach
    void createCurator() {
        username = TestNames.unique("cur");
        accounts.create(username, PASSWORD, AuditTrail.CLI);
    }

    /** The sign-in form as a browser posts it, with the CSRF token, from this test's client. */
    private MockHttpServletRequestBuilder signIn(String user, String password) {
        return post("/admin/login").param("username", user).param("password", password).with(csrf())
                .with(Clients.from(client));
    }

    @Test
    void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/reports")).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));

        mvc.perform(get("/admin/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("<h1>Curator sign-in</h1>"),
                        org.hamcrest.Matchers.containsString("name=\"_csrf\""),
                        org.hamcrest.Matchers.containsString("autocomplete=\"current-password\""))));
    }

    @Test
    void signingInChangesTheSessionIdAndReturnsToTheAskedPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/admin/reports").session(session)).andExpect(redirectedUrl("/admin/login"));
        String before = session.getId();

        MvcResult signedIn = mvc.perform(signIn(username, PASSWORD).session(session).with(request -> {
            // As a browser does: it names the session it has in its cookie.
            request.setRequestedSessionId(before);
            request.setRequestedSessionIdValid(true);
            return request;
        })).andReturn();

        assertThat(signedIn.getResponse().getStatus()).isEqualTo(302);
        assertThat(signedIn.getResponse().getRedirectedUrl()).endsWith("/admin/reports?continue");
        assertThat(signedIn.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(curators.findByUsername(username).orElseThrow().lastLoginAt()).isNotNull();
        MockHttpSession after = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get("/admin").session(after)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Signed in as " + username)));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(signIn(username, "not the password").with(Clients.from(client)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login?error"));
        mvc.perform(signIn(TestNames.unique("nobody"), PASSWORD)
                        .with(Clients.from(client)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login?error"));

        mvc.perform(get("/admin/login").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "That user name and password do not match.")));
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/admin/login").param("username", username).param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void tooManyFailedSignInsFromOneClientAreRefusedBeforeThePasswordIsChecked() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(signIn(username, "wrong " + i).with(Clients.from(client)))
                    .andExpect(redirectedUrl("/admin/login?error"));
        }

        mvc.perform(signIn(username, PASSWORD).with(Clients.from(client)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(signIn(username, PASSWORD).with(Clients.from(Clients.next())))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
    }

    @Test
    void signingOutNeedsAPostAndEndsTheSession() throws Exception {
        MvcResult signedIn = mvc.perform(signIn(username, PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();

        mvc.perform(post("/admin/logout").session(session)).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/admin/logout").session(session).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login?logout"));

        mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void queueShowsOpenReportsWithThePointAsItWasAndTakesADecision() throws Exception {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));
        ProblemReport report = problemReports.submit(new NewProblemReport(service.id(),
                new ReportedPoint(new PointIdentity(DocumentType.TERMS, "arbitration-mandatory"),
                        "Mandatory arbitration in <Hong Kong>", "Any dispute shall be settled"),
                ProblemKind.QUOTE_MISMATCH, "The quote is about refunds.", "reader@example.org", null));

        mvc.perform(get("/admin/reports").with(user("alice").roles("CURATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("The quote is about refunds."),
                        org.hamcrest.Matchers.containsString("Mandatory arbitration in &lt;Hong Kong&gt;"),
                        org.hamcrest.Matchers.containsString("Any dispute shall be settled"),
                        org.hamcrest.Matchers.containsString("The quote does not say this"),
                        org.hamcrest.Matchers.containsString("mailto:reader@example.org"))));

        mvc.perform(post("/admin/reports/{id}", report.id()).param("decision", "resolved")
                        .param("note", "Dismissed the point.").with(user("alice").roles("CURATOR")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/reports"));

        ProblemReport decided = reports.findById(report.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(ReportStatus.RESOLVED);
        assertThat(decided.resolvedBy()).isEqualTo("alice");
        assertThat(decided.curatorNote()).isEqualTo("Dismissed the point.");
        assertThat(auditLog.findAllBySubject("report", Long.toString(report.id())))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("Dismissed the point."));
        mvc.perform(get("/admin").with(user("alice").roles("CURATOR")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Resolved a report")));
    }

    @Test
    void aDecisionNeedsTheCsrfTokenAndACurator() throws Exception {
        Service service = services.save(ServiceDetails.named(TestNames.unique("Svc")));
        ProblemReport report = problemReports.submit(new NewProblemReport(service.id(), null, ProblemKind.OTHER,
                "Wrong.", null, null));

        mvc.perform(post("/admin/reports/{id}", report.id()).param("decision", "rejected")
                .with(user("alice").roles("CURATOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/reports/{id}", report.id()).param("decision", "rejected")
                .with(user("mallory").roles("READER")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reports").with(user("mallory").roles("READER"))).andExpect(status().isForbidden());

        assertThat(reports.findById(report.id()).orElseThrow().status()).isEqualTo(ReportStatus.OPEN);
    }
}
