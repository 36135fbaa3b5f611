package org.fineprint.tools.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fineprint.catalog.CaseCatalog;
import org.junit.jupiter.api.Test;

class CatalogCoverageTest {

    private static final Path DATA = Path.of("src/test/resources/fixtures/catalog-eval/tosdr");

    private final CatalogCoverage coverage = new CatalogCoverage(CaseCatalog.builtIn(),
            TosdrCaseIndex.read(DATA.resolve("cases.jsonl")));
    private final List<TosdrPoint> p2021 = TosdrPoint.read(DATA.resolve("points_2021_v1api.jsonl"));
    private final List<TosdrPoint> p2023 = TosdrPoint.read(DATA.resolve("points_2023_scrape.jsonl"));
    private final List<TosdrPoint> located = TosdrPoint.read(DATA.resolve("quote_locations.jsonl"));

    private List<TosdrPoint> allPoints() {
        List<TosdrPoint> all = new ArrayList<>(p2021);
        all.addAll(p2023);
        return all;
    }

    @Test
    void countsOnlyRatedPointsAndResolvesOlderTitlesThroughAliases() {
        CatalogCoverage.Row row = coverage.measure("2021", p2021);

        assertThat(row.points()).isEqualTo(3);
        assertThat(row.withId()).isEqualTo(2);
        assertThat(row.mapped()).isEqualTo(2);
        assertThat(row.mappedStrict()).isZero();
        assertThat(row.coverage()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(row.strictCoverage()).isZero();
    }

    @Test
    void leavesCasesNoCatalogueCaseMapsUncovered() {
        CatalogCoverage.Row row = coverage.measure("2023", p2023);

        assertThat(row.points()).isEqualTo(2);
        assertThat(row.mapped()).isEqualTo(1);
        assertThat(row.coverage()).isEqualTo(0.5);
    }

    @Test
    void measuresEvidenceWordsAgainstTheQuotesOfTheMappedCases() {
        List<CatalogCoverage.EvidenceSupport> rows = coverage.evidenceSupport(allPoints());

        CatalogCoverage.EvidenceSupport arbitration = rows.stream()
                .filter(r -> r.c().id().equals("arbitration-mandatory")).findFirst().orElseThrow();
        assertThat(arbitration.quotes()).isEqualTo(2);
        assertThat(arbitration.supported()).isEqualTo(2);
        assertThat(rows).allSatisfy(r -> assertThat(r.c().evidence().words()).isNotEmpty());
    }

    @Test
    void takesEveryPointOfTheServicesThatHaveLocatedQuotes() {
        List<TosdrPoint> services = CatalogCoverage.ofLocatedServices(allPoints(), located);

        assertThat(services).extracting(TosdrPoint::service).containsExactly("alpha", "alpha", "Gamma", "Gamma");
        assertThat(coverage.measure("services", services).coverage()).isEqualTo(0.75);
    }

    @Test
    void listsUnmappedCasesMostFrequentFirst() {
        List<CatalogCoverage.Unmapped> unmapped = coverage.mostFrequentUnmapped(allPoints(), located, 30);

        assertThat(unmapped).extracting(CatalogCoverage.Unmapped::id).containsExactly(490, null);
        assertThat(unmapped.getFirst().located()).isEqualTo(1);
        assertThat(unmapped.get(1).title()).isEqualTo("A case title that no list knows");
        assertThat(coverage.mostFrequentUnmapped(allPoints(), located, 1)).hasSize(1);
    }

    @Test
    void reportsPointsRatedDifferentlyFromTheirCase() {
        assertThat(coverage.sentimentDisagreements(allPoints())).containsExactly(java.util.Map.entry("warranty-disclaimed", 1));
    }
}
