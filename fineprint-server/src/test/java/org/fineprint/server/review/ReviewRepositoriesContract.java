package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.fineprint.registry.DocumentType;
import org.fineprint.server.TestNames;
import org.fineprint.server.registry.Service;
import org.fineprint.server.registry.ServiceDetails;
import org.fineprint.server.registry.ServiceRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Problem reports, corrections, curators and the audit log on a real PostgreSQL; run on the embedded and the external one. */
abstract class ReviewRepositoriesContract {
    private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
    private static final PointIdentity ARBITRATION = new PointIdentity(DocumentType.TERMS, "arbitration-mandatory");

    @Autowired
    ServiceRepository services;
    @Autowired
    ProblemReportRepository reports;
    @Autowired
    CorrectionRepository corrections;
    @Autowired
    CuratorRepository curators;
    @Autowired
    AuditLogRepository auditLog;
    @Autowired
    CuratorAccounts accounts;
    @Autowired
    Corrections curation;
    @Autowired
    ProblemReports problemReports;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    private Service newService() {
        return services.save(ServiceDetails.named(TestNames.unique("Svc")));
    }

    @Test
    void storesAReportOnAPointWithThePointAsTheReaderSawIt() {
        Service service = newService();
        ReportedPoint point = new ReportedPoint(ARBITRATION, "Mandatory arbitration in Hong Kong", "Any dispute shall be");

        ProblemReport stored = reports.insert(new NewProblemReport(service.id(), point, ProblemKind.QUOTE_MISMATCH,
                "The quote is about refunds.", "reader@example.org", "c0ffee"), T0);

        assertThat(reports.findById(stored.id())).contains(stored);
        assertThat(stored.point()).isEqualTo(point);
        assertThat(stored.serviceSlug()).isEqualTo(service.slug());
        assertThat(stored.status()).isEqualTo(ReportStatus.OPEN);
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.resolvedBy()).isNull();
        assertThat(jdbc.sql("SELECT client_hash FROM problem_reports WHERE id = :id").param("id", stored.id())
                .query(String.class).single()).isEqualTo("c0ffee");
    }

    @Test
    void queueListsOpenReportsOldestFirstAndADecisionIsMadeOnce() {
        Service service = newService();
        ProblemReport newer = reports.insert(report(service, "Second."), T0.plus(1, ChronoUnit.HOURS));
        ProblemReport older = reports.insert(report(service, "First."), T0);

        List<Long> queue = reports.findAllOpen().stream().map(ProblemReport::id).toList();
        assertThat(queue).containsSubsequence(older.id(), newer.id());

        assertThat(reports.decide(older.id(), ReportStatus.RESOLVED, "Fixed the title.", "alice", T0.plusSeconds(60)))
                .isTrue();
        assertThat(reports.decide(older.id(), ReportStatus.REJECTED, "Too late.", "bob", T0.plusSeconds(90))).isFalse();

        ProblemReport decided = reports.findById(older.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(ReportStatus.RESOLVED);
        assertThat(decided.curatorNote()).isEqualTo("Fixed the title.");
        assertThat(decided.resolvedBy()).isEqualTo("alice");
        assertThat(decided.resolvedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(reports.findAllOpen()).extracting(ProblemReport::id).contains(newer.id()).doesNotContain(older.id());
        assertThat(reports.findAllByServiceId(service.id())).extracting(ProblemReport::id)
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void savingACorrectionAgainChangesItInPlaceAndMovesTheRevision() {
        Service service = newService();
        long before = corrections.revision();
        Correction first = corrections.save(new Correction.Change(service.id(), ARBITRATION, CorrectionAction.EDIT,
                "Arbitration in Hong Kong", null, 4, "Title too vague.", "alice", true), T0);
        long afterFirst = corrections.revision();

        Correction second = corrections.save(new Correction.Change(service.id(), ARBITRATION, CorrectionAction.EDIT,
                "Arbitration in Hong Kong", "Only by HKIAC rules.", null, "Explain it.", "bob", true), T0.plusSeconds(5));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.explanation()).isEqualTo("Only by HKIAC rules.");
        assertThat(second.severity()).isNull();
        assertThat(second.author()).isEqualTo("bob");
        assertThat(second.createdAt()).isEqualTo(T0);
        assertThat(second.updatedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(afterFirst).isGreaterThan(before);
        assertThat(corrections.revision()).isGreaterThan(afterFirst);
    }

    @Test
    void onlyActiveCorrectionsApply() {
        Service service = newService();
        PointIdentity other = new PointIdentity(DocumentType.PRIVACY, "data-sold");
        corrections.save(dismiss(service, ARBITRATION, true), T0);
        corrections.save(dismiss(service, other, true), T0);
        corrections.save(dismiss(service, other, false), T0.plusSeconds(1));
        corrections.save(new Correction.Change(service.id(), ARBITRATION, CorrectionAction.PIN, null, null, null,
                "Most important.", "alice", true), T0);

        assertThat(corrections.findAllActiveByServiceId(service.id()))
                .extracting(c -> c.point() + " " + c.action().id())
                .containsExactly("terms/arbitration-mandatory dismiss", "terms/arbitration-mandatory pin");
        assertThat(corrections.findAllByServiceId(service.id())).hasSize(3);
        assertThat(corrections.findByIdentity(service.id(), other, CorrectionAction.DISMISS))
                .hasValueSatisfying(c -> assertThat(c.active()).isFalse());
        assertThat(corrections.findAllActiveByServiceId(newService().id())).isEmpty();
    }

    @Test
    void theDatabaseRefusesAnEditWithoutValuesAndADismissalWithThem() {
        Service service = newService();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO corrections (service_id, document_type, case_id, action, reason, author)
                VALUES (:id, 'terms', 'x', 'edit', 'r', 'a')""").param("id", service.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO corrections (service_id, document_type, case_id, action, title, reason, author)
                VALUES (:id, 'terms', 'x', 'dismiss', 't', 'r', 'a')""").param("id", service.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void curatorNamesAreUniqueAndOnlyBcryptHashesAreStored() {
        String name = TestNames.unique("cur");
        String hash = passwordEncoder.encode("lantern orbit velvet cactus");
        Curator curator = curators.insert(name, hash, T0);

        assertThat(curators.findByUsername(name)).contains(curator);
        assertThat(curator.lastLoginAt()).isNull();
        assertThatThrownBy(() -> curators.insert(name, hash, T0)).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> curators.insert(TestNames.unique("cur"), "lantern orbit velvet cactus", T0))
                .isInstanceOf(DataIntegrityViolationException.class);

        curators.markLoggedIn(name, T0.plusSeconds(30));
        assertThat(curators.findByUsername(name).orElseThrow().lastLoginAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void creatingAnAccountStoresAHashThatMatchesAndAuditsIt() {
        String name = TestNames.unique("Cur");
        String password = "lantern orbit velvet cactus";

        Curator curator = accounts.create(name, password, AuditTrail.CLI);

        assertThat(curator.username()).isEqualTo(name.toLowerCase());
        assertThat(curator.passwordHash()).startsWith("$2").doesNotContain(password);
        assertThat(passwordEncoder.matches(password, curator.passwordHash())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM users WHERE password_hash LIKE '%' || :p || '%'")
                .param("p", "orbit").query(Long.class).single()).isZero();
        assertThat(auditLog.findAllBySubject("user", curator.username())).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("cli");
            assertThat(e.action()).isEqualTo("user.create");
        });
        assertThatThrownBy(() -> accounts.create(name, password, AuditTrail.CLI))
                .isInstanceOfSatisfying(CuratorAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(CuratorAccountException.Reason.NAME_TAKEN));
    }

    @Test
    void aWeakPasswordCreatesNothing() {
        String name = TestNames.unique("cur");

        assertThatThrownBy(() -> accounts.create(name, "password", AuditTrail.CLI))
                .isInstanceOf(CuratorAccountException.class);

        assertThat(curators.findByUsername(name)).isEmpty();
        assertThat(auditLog.findAllBySubject("user", name)).isEmpty();
    }

    @Test
    void changingAPasswordNeedsTheAccount() {
        String name = TestNames.unique("cur");
        accounts.create(name, "lantern orbit velvet cactus", AuditTrail.CLI);

        accounts.setPassword(name, "marble kettle snow finch", AuditTrail.CLI);

        assertThat(passwordEncoder.matches("marble kettle snow finch",
                curators.findByUsername(name).orElseThrow().passwordHash())).isTrue();
        assertThatThrownBy(() -> accounts.setPassword(TestNames.unique("nobody"), "marble kettle snow finch", "cli"))
                .isInstanceOfSatisfying(CuratorAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(CuratorAccountException.Reason.NO_SUCH_USER));
    }

    @Test
    void everyCorrectionChangeIsAuditedWithWhoWhatAndWhy() {
        Service service = newService();

        assertThat(curation.dismiss(service, ARBITRATION, "The quote is about refunds.", "alice")).isTrue();
        assertThat(curation.dismiss(service, ARBITRATION, "Again.", "alice")).isFalse();
        assertThat(curation.restore(service, ARBITRATION, "It was right after all.", "bob")).isTrue();
        assertThat(curation.unpin(service, ARBITRATION, "Nothing to undo.", "bob")).isFalse();
        assertThat(curation.edit(service, ARBITRATION, new Corrections.Edit("Arbitration in Hong Kong", null, 5),
                "Clearer title.", "alice")).isTrue();
        assertThat(curation.edit(service, ARBITRATION, new Corrections.Edit(null, null, null), "Back to the machine's.",
                "alice")).isTrue();

        List<AuditEntry> entries = auditLog.findAllBySubject("point", Corrections.subjectId(service, ARBITRATION));
        assertThat(entries).extracting(AuditEntry::action).containsExactly("correction.revert-edit", "correction.edit",
                "correction.restore", "correction.dismiss");
        AuditEntry dismissal = entries.getLast();
        assertThat(dismissal.actor()).isEqualTo("alice");
        assertThat(dismissal.reason()).isEqualTo("The quote is about refunds.");
        assertThat(dismissal.details()).contains("\"before\": null", "\"after\": {\"active\": true}");
        assertThat(entries.get(1).details()).contains("\"title\": \"Arbitration in Hong Kong\"", "\"severity\": 5");
        assertThat(corrections.findAllActiveByServiceId(service.id())).isEmpty();
        assertThat(corrections.findAllByServiceId(service.id())).hasSize(2);
    }

    @Test
    void decidingAReportIsAuditedAndCannotBeDoneTwice() {
        Service service = newService();
        ProblemReport report = problemReports.submit(report(service, "Wrong."));

        assertThat(problemReports.decide(report.id(), ReportStatus.REJECTED, "The quote does say it.", "alice"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(ReportStatus.REJECTED));
        assertThat(problemReports.decide(report.id(), ReportStatus.RESOLVED, null, "bob")).isEmpty();

        assertThat(auditLog.findAllBySubject("report", Long.toString(report.id()))).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("report.reject");
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.reason()).isEqualTo("The quote does say it.");
            assertThat(e.details()).contains(service.slug());
        });
    }

    @Test
    void auditLogPagesBackwardsFromTheNewest() {
        List<AuditEntry> latest = auditLog.findLatest(null, 1);
        long first = auditLog.insert(T0, "alice", "test.one", "test", TestNames.unique("s"), null, "{}");
        long second = auditLog.insert(T0, "alice", "test.two", "test", TestNames.unique("s"), "why", "{\"a\": 1}");

        assertThat(auditLog.findLatest(null, 2)).extracting(AuditEntry::id).containsExactly(second, first);
        assertThat(auditLog.findLatest(second, 1)).extracting(AuditEntry::id).containsExactly(first);
        assertThat(latest).allMatch(e -> e.id() < first);
    }

    private static NewProblemReport report(Service service, String message) {
        return new NewProblemReport(service.id(), null, ProblemKind.OTHER, message, null, null);
    }

    private static Correction.Change dismiss(Service service, PointIdentity point, boolean active) {
        return new Correction.Change(service.id(), point, CorrectionAction.DISMISS, null, null, null, "Wrong case.",
                "alice", active);
    }
}
