package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules the built-in catalogue must keep, checked against a derived copy of the ToS;DR case
 * list ({@code fixtures/catalog/tosdr-cases.tsv}) so that no test needs {@code ../shared/data}.
 */
class BuiltInCatalogConventionTest {

    private record TosdrCase(int id, String classification, String title) {
    }

    private static final CaseCatalog CATALOG = CaseCatalog.builtIn();
    private static Map<Integer, TosdrCase> tosdr;

    @BeforeAll
    static void readTosdrCaseList() throws IOException {
        tosdr = new HashMap<>();
        try (InputStream in = BuiltInCatalogConventionTest.class.getResourceAsStream("/fixtures/catalog/tosdr-cases.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                TosdrCase c = new TosdrCase(Integer.parseInt(f[0]), f[1], f[2]);
                assertThat(tosdr.put(c.id(), c)).as("duplicate id %s in the fixture", c.id()).isNull();
            }
        }
        assertThat(tosdr).hasSizeGreaterThan(200);
    }

    private static Sentiment sentimentOf(String classification) {
        return switch (classification) {
            case "good" -> Sentiment.POSITIVE;
            case "bad", "blocker" -> Sentiment.NEGATIVE;
            case "neutral" -> Sentiment.NEUTRAL;
            default -> throw new IllegalStateException("unknown ToS;DR classification " + classification);
        };
    }

    @Test
    void holdsAtLeastSixtyCases() {
        assertThat(CATALOG.size()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void idsAreUniqueAndKebabCase() {
        List<String> ids = CATALOG.all().stream().map(Case::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyMappedToSdrCaseExistsInTheToSdrCaseList() {
        List<String> unknown = new ArrayList<>();
        for (Case c : CATALOG.all()) {
            for (int id : c.maps().tosdr()) {
                if (!tosdr.containsKey(id)) {
                    unknown.add(c.id() + " -> " + id);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void sentimentAgreesWithTheToSdrClassificationOfEveryMappedCase() {
        List<String> disagreements = new ArrayList<>();
        for (Case c : CATALOG.all()) {
            for (int id : c.maps().tosdr()) {
                TosdrCase t = tosdr.get(id);
                if (t != null && sentimentOf(t.classification()) != c.sentiment()) {
                    disagreements.add(c.id() + " (" + c.sentiment().id() + ") -> " + id + " (" + t.classification() + ")");
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void mapsEachToSdrCaseToOneCaseAtMost() {
        List<Integer> mapped = CATALOG.all().stream().flatMap(c -> c.maps().tosdr().stream()).toList();

        assertThat(mapped).doesNotHaveDuplicates();
    }

    @Test
    void givesCasesThatMapAToSdrBlockerTheTopSeverity() {
        for (Case c : CATALOG.all()) {
            boolean blocker = c.maps().tosdr().stream().anyMatch(id -> tosdr.get(id).classification().equals("blocker"));
            if (blocker) {
                assertThat(c.severity()).as(c.id()).isEqualTo(Case.MAX_SEVERITY);
            }
        }
    }

    @Test
    void hasAtLeastFourPositiveCasesForEveryFiveNegativeOnes() {
        long positive = CATALOG.all().stream().filter(c -> c.sentiment() == Sentiment.POSITIVE).count();
        long negative = CATALOG.all().stream().filter(c -> c.sentiment() == Sentiment.NEGATIVE).count();

        assertThat((double) positive).isGreaterThanOrEqualTo(0.8 * negative);
    }

    @Test
    void givesEveryTopicSomeCases() {
        Set<Topic> used = EnumSet.noneOf(Topic.class);
        CATALOG.all().forEach(c -> used.add(c.topic()));

        assertThat(used).containsExactlyInAnyOrder(Topic.values());
    }

    @Test
    void hasACaseForEveryClaudetteCategory() {
        for (String code : CaseMaps.CLAUDETTE_CODES) {
            assertThat(CATALOG.byClaudetteCode(code)).as(code).isNotEmpty();
        }
    }

    @Test
    void hasACaseForEveryOpp115PracticeCategoryButOther() {
        for (String category : CaseMaps.OPP115_CATEGORIES) {
            if (!category.equals("Other")) {
                assertThat(CATALOG.byOpp115Category(category)).as(category).isNotEmpty();
            }
        }
    }

    @Test
    void givesEveryCaseThreeToTwelveLowerCaseCues() {
        for (Case c : CATALOG.all()) {
            assertThat(c.cues()).as(c.id()).hasSizeBetween(3, 12)
                    .allMatch(cue -> !cue.isBlank() && cue.equals(cue.toLowerCase(Locale.ROOT)));
        }
    }

    @Test
    void writesTitlesAndDescriptionsInItsOwnWords() {
        Set<String> tosdrTitles = new HashSet<>();
        tosdr.values().forEach(t -> tosdrTitles.add(normalized(t.title())));
        List<String> copied = new ArrayList<>();
        for (Case c : CATALOG.all()) {
            if (tosdrTitles.contains(normalized(c.title()))) {
                copied.add(c.id() + ": " + c.title());
            }
            assertThat(c.title()).as(c.id()).doesNotEndWith(".");
            assertThat(c.description()).as(c.id()).endsWith(".");
        }
        assertThat(copied).as("titles identical to a ToS;DR case title").isEmpty();
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * The clauses the "Built-in analyser" issue asks the catalogue to cover, each with the cases
     * that cover it and, where the requirement names a side, the sentiment those cases must have.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            warranty disclaimer, service "as is"           | warranty-disclaimed                                |
            liability limited or capped                     | liability-capped liability-excluded               |
            mandatory arbitration                           | arbitration-mandatory                              | negative
            no arbitration: disputes go to court            | arbitration-not-required                           | positive
            class-action waiver                             | class-action-waiver                                | negative
            jury-trial waiver                               | jury-trial-waiver                                  | negative
            governing law or courts far from the user       | courts-of-provider law-of-provider                 | negative
            courts and law of your own country              | consumer-law-preserved                             | positive
            terms changed unilaterally without notice       | terms-change-without-notice                        | negative
            terms changed unilaterally with notice          | terms-change-with-notice                           |
            notice before changes                           | terms-change-advance-notice                        | positive
            contract accepted by mere use                   | contract-by-use                                    | negative
            privacy policy bundled into the terms           | privacy-policy-bundled                             | negative
            broad licence over user content                 | content-licence-broad                              | negative
            you keep ownership of your content              | content-ownership-kept                             | positive
            user waives moral rights                        | moral-rights-waived                                | negative
            account closed at any time, no reason or notice | account-termination-without-notice                 | negative
            content removed at the provider's discretion    | content-deleted-without-reason posts-refused-any-reason | negative
            user indemnifies the provider                   | user-indemnifies-provider                          |
            platform disclaims sellers or products          | marketplace-disclaims-sellers                      | negative
            auto-renewal                                    | subscription-auto-renews                           |
            refund limits                                   | refunds-limited                                    |
            fees changed unilaterally                       | fees-change-without-notice                         | negative
            what data is collected                          | data-collected-extensive data-practices-explained  |
            data from third parties                         | data-from-third-parties                            | negative
            precise location                                | location-collected                                 | negative
            biometrics                                      | biometric-data-collected                           | negative
            contacts                                        | contacts-collected                                 | negative
            data shared with advertisers, analytics, partners | data-shared-with-advertisers analytics-cookies-third-party data-shared-with-partners | negative
            data sold                                       | data-sold                                          | negative
            data not sold                                   | data-not-sold                                      | positive
            tracking across other sites                     | cross-site-tracking                                | negative
            cookies and fingerprinting                      | tracking-pixels-fingerprinting advertising-cookies-third-party | negative
            targeted advertising                            | targeted-advertising                               | negative
            opt-out of targeted ads                         | targeted-ads-opt-out                               | positive
            AI or model training on user content            | ai-training-on-user-data                           | negative
            no AI training                                  | no-ai-training                                     | positive
            retention undefined                             | retention-undefined                                | negative
            stated retention period                         | retention-period-stated                            | positive
            deletion on request                             | access-correction-deletion                         | positive
            deletion or anonymisation after use             | retention-limited-to-purpose                       | positive
            access, correction and portability rights       | access-correction-deletion data-portability        | positive
            right to object or opt out                      | object-to-processing opt-out-of-sharing            | positive
            international transfers                         | international-transfers                            | negative
            disclosure to law enforcement without legal process | disclosure-to-authorities-broad                | negative
            disclosure only with a legal process            | disclosure-requires-legal-process                  | positive
            breach notification                             | breach-notification                                | positive
            security measures                               | security-measures-described                        | positive
            children and minimum age                        | minimum-age children-data-protected                |
            policy changes notified in advance              | terms-change-advance-notice                        | positive
            Do Not Track honoured                           | dnt-honoured                                       | positive
            clear contact or data protection officer        | contact-provided                                   | positive
            """)
    void coversEveryClauseTheIssueRequires(String requirement, String caseIds, String sentiment) {
        for (String id : Arrays.asList(caseIds.strip().split("\\s+"))) {
            Case c = CATALOG.byId(id).orElse(null);
            assertThat(c).as("case %s for \"%s\"", id, requirement).isNotNull();
            if (sentiment != null) {
                assertThat(c.sentiment().id()).as("sentiment of %s", id).isEqualTo(sentiment);
            }
        }
    }
}
