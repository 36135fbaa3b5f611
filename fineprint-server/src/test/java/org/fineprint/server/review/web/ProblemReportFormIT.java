package org.fineprint.server.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.fineprint.analyze.point.Point;
import org.fineprint.report.Report;
import org.fineprint.server.analysis.AnalysisFixtures;
import org.fineprint.server.analysis.PublishedReports;
import org.fineprint.server.analysis.Reanalyzer;
import org.fineprint.server.archive.Archiver;
import org.fineprint.server.registry.DocumentRepository;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceRepository;
import org.fineprint.server.review.ProblemKind;
import org.fineprint.server.review.ProblemReport;
import org.fineprint.server.review.ProblemReportRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The "report a problem" form: shown per service and per point, validated, CSRF-protected, limited, stored. */
@ReviewWebTest
class ProblemReportFormIT {
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
    ProblemReportRepository reports;
    @Autowired
    JdbcClient jdbc;

    private final String client = Clients.next();
    private Service service;
    private Report report;

    @BeforeEach
    void analysedService() {
        service = new AnalysisFixtures(services, documents, archiver).serviceWithTermsAndPrivacy("rep");
        reanalyzer.reanalyze(service.id());
        report = published.findByServiceId(service.id()).orElseThrow().report();
        assertThat(report.points()).hasSizeGreaterThan(2);
    }

    private String path() {
        return "/service/" + service.slug() + "/report";
    }

    /** A valid report on the service's second point, as the form posts it. */
    private MockHttpServletRequestBuilder validPost() {
        Point point = report.points().get(1);
        return post(path()).with(csrf()).with(Clients.from(client))
                .param("point", "1")
                .param("document", report.document(point.document()).type().id())
                .param("caseId", point.caseId())
                .param("kind", "quote-mismatch")
                .param("message", "The quote is about something else.")
                .param("email", "reader@example.org")
                .param("website", "");
    }

    @Test
    void formAboutAPointShowsThePointAndNamesIt() throws Exception {
        Point point = report.points().get(1);

        mvc.perform(get(path()).param("point", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Report a problem with " + service.name()),
                        containsString(point.title()),
                        containsString("name=\"_csrf\""),
                        containsString("value=\"" + point.caseId() + "\""),
                        containsString("The quote does not say this"),
                        not(containsString("Something important is missing")))));
    }

    @Test
    void formAboutTheServiceOffersTheChoicesThatFitAService() throws Exception {
        mvc.perform(get(path()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("About the summary of " + service.name() + " as a whole."),
                        containsString("Something important is missing"),
                        not(containsString("The quote does not say this")))));
    }

    @Test
    void unknownPointsAndServicesGetTheNotFoundPage() throws Exception {
        mvc.perform(get(path()).param("point", "999")).andExpect(status().isNotFound());
        mvc.perform(get(path()).param("point", "-1")).andExpect(status().isNotFound());
        mvc.perform(get("/service/no-such-service/report")).andExpect(status().isNotFound());
    }

    @Test
    void aValidReportIsStoredWithThePointAsShownThenThanked() throws Exception {
        Point point = report.points().get(1);

        mvc.perform(validPost()).andExpect(status().isFound())
                .andExpect(redirectedUrl("/service/" + service.slug() + "/report/thanks"));

        ProblemReport stored = reports.findAllByServiceId(service.id()).getFirst();
        assertThat(stored.kind()).isEqualTo(ProblemKind.QUOTE_MISMATCH);
        assertThat(stored.message()).isEqualTo("The quote is about something else.");
        assertThat(stored.email()).isEqualTo("reader@example.org");
        assertThat(stored.point()).isNotNull();
        assertThat(stored.point().identity().caseId()).isEqualTo(point.caseId());
        assertThat(stored.point().title()).isEqualTo(point.title());
        assertThat(stored.point().quote()).isEqualTo(point.quotes().getFirst().text());
        String hash = jdbc.sql("SELECT client_hash FROM problem_reports WHERE id = :id").param("id", stored.id())
                .query(String.class).single();
        assertThat(hash).matches("[0-9a-f]{32}").doesNotContain(client);
        mvc.perform(get("/service/" + service.slug() + "/report/thanks"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Thank you")));
    }

    @Test
    void aReportWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post(path()).with(Clients.from(client)).param("kind", "other")
                .param("message", "Forged from another site.")).andExpect(status().isForbidden());

        assertThat(reports.findAllByServiceId(service.id())).isEmpty();
    }

    @Test
    void anInvalidReportIsShownAgainWithWhatToFix() throws Exception {
        mvc.perform(post(path()).with(csrf()).with(Clients.from(client))
                        .param("message", "   ").param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Please correct the marked fields."),
                        containsString("Choose what is wrong."),
                        containsString("Tell us in a few words what is wrong."),
                        containsString("That does not look like an email address."),
                        containsString("value=\"not-an-address\""))));
        mvc.perform(post(path()).with(csrf()).with(Clients.from(client))
                        .param("kind", "other").param("message", "x".repeat(4001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Keep it to 4000 characters at most.")));
        mvc.perform(post(path()).with(csrf()).with(Clients.from(client))
                        .param("kind", "other").param("message", " bad ").param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tell us a little more: at least 5 characters."),
                        not(containsString("That does not look like an email address.")))));

        assertThat(reports.findAllByServiceId(service.id())).isEmpty();
    }

    @Test
    void aChoiceThatDoesNotFitIsRefused() throws Exception {
        mvc.perform(validPost().param("kind", "missing")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what is wrong.")));
        mvc.perform(validPost().param("kind", "made-up")).andExpect(status().isOk());
        mvc.perform(validPost().param("caseId", "no-such-case")).andExpect(status().isNotFound());

        assertThat(reports.findAllByServiceId(service.id())).isEmpty();
    }

    @Test
    void theSixthReportInTheWindowGetsTooManyRequests() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(validPost()).andExpect(status().isFound());
        }

        mvc.perform(validPost().param("message", "My sixth report."))
                .andExpect(status().isTooManyRequests())
                // A token comes back every 2 minutes (5 per 10), less the moments the requests took.
                .andExpect(header().string("Retry-After", matchesPattern("1[01][0-9]|120|[1-9][0-9]?")))
                .andExpect(content().string(allOf(containsString("Too many reports"),
                        containsString("try again in 2 minutes"), containsString("My sixth report."))));

        assertThat(reports.findAllByServiceId(service.id())).hasSize(5);
        mvc.perform(validPost().with(Clients.from(Clients.next()))).andExpect(status().isFound());
    }

    @Test
    void aRobotFillingTheHiddenFieldIsThankedButNothingIsStored() throws Exception {
        mvc.perform(validPost().param("website", "http://spam.example/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/service/" + service.slug() + "/report/thanks"));

        assertThat(reports.findAllByServiceId(service.id())).isEmpty();
    }

    @Test
    void aServiceWithoutAnalysisCanStillBeReported() throws Exception {
        Service bare = new AnalysisFixtures(services, documents, archiver).service("bare");

        mvc.perform(get("/service/" + bare.slug() + "/report")).andExpect(status().isOk());
        mvc.perform(post("/service/" + bare.slug() + "/report").with(csrf()).with(Clients.from(client))
                .param("kind", "missing").param("message", "Its privacy policy is missing."))
                .andExpect(status().isFound());

        List<ProblemReport> stored = reports.findAllByServiceId(bare.id());
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.point()).isNull();
            assertThat(r.kind()).isEqualTo(ProblemKind.MISSING);
        });
    }
}
