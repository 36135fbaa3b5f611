package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.fineprint.registry.DocumentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseCatalogTest {

    private static CaseCatalog readFixture() throws IOException {
        try (InputStream in = CaseCatalogTest.class.getResourceAsStream("/fixtures/catalog/two-cases.json")) {
            return CaseCatalog.read(in, "two-cases.json");
        }
    }

    private static CaseCatalog readText(String json) {
        return CaseCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    /**
     * One valid case as JSON text; {@code overrides} holds {@code key, raw JSON value} pairs that
     * replace a field's value or, for a new key, add the field.
     */
    private static String caseJson(String id, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "\"" + id + "\"");
        fields.put("title", "\"A title\"");
        fields.put("topic", "\"disputes\"");
        fields.put("sentiment", "\"negative\"");
        fields.put("severity", "3");
        fields.put("description", "\"A description.\"");
        fields.put("documents", "[\"terms\"]");
        fields.put("maps", "{\"tosdr\": [], \"claudette\": [], \"opp115\": []}");
        fields.put("cues", "[\"a cue\"]");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        StringJoiner json = new StringJoiner(", ", "{", "}");
        fields.forEach((k, v) -> json.add("\"" + k + "\": " + v));
        return json.toString();
    }

    @Test
    void readsCasesInFileOrderFromTheContractShape() throws IOException {
        CaseCatalog catalog = readFixture();

        assertThat(catalog.all()).extracting(Case::id).containsExactly("arbitration-mandatory", "data-not-sold");
        Case first = catalog.all().getFirst();
        assertThat(first.title()).isEqualTo("Disputes go to mandatory arbitration");
        assertThat(first.topic()).isEqualTo(Topic.DISPUTES);
        assertThat(first.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(first.severity()).isEqualTo(4);
        assertThat(first.documents()).containsExactly(DocumentType.TERMS);
        assertThat(first.maps()).isEqualTo(new CaseMaps(List.of(339), List.of("a"), List.of()));
        assertThat(first.cues()).containsExactly("binding arbitration", "arbitrator");
    }

    @Test
    void looksCasesUpByIdAndByDatasetLabels() throws IOException {
        CaseCatalog catalog = readFixture();

        assertThat(catalog.byId("data-not-sold")).map(Case::title).hasValue("Your personal data is not sold");
        assertThat(catalog.byId("no-such-case")).isEmpty();
        assertThat(catalog.byTosdrCase(339)).map(Case::id).hasValue("arbitration-mandatory");
        assertThat(catalog.byTosdrCase(117)).isEmpty();
        assertThat(catalog.byClaudetteCode("A")).extracting(Case::id).containsExactly("arbitration-mandatory");
        assertThat(catalog.byClaudetteCode("ltd")).isEmpty();
        assertThat(catalog.byOpp115Category("Third Party Sharing/Collection")).extracting(Case::id)
                .containsExactly("data-not-sold");
        assertThat(catalog.byTopic(Topic.SHARING)).extracting(Case::id).containsExactly("data-not-sold");
        assertThat(catalog.byTopic(Topic.CHILDREN)).isEmpty();
    }

    @Test
    void writesWhatItReads() throws IOException {
        CaseCatalog catalog = readFixture();

        String json = CatalogJson.write(catalog.all());

        assertThat(readText(json).all()).isEqualTo(catalog.all());
        assertThat(json).containsSubsequence("\"id\"", "\"title\"", "\"topic\"", "\"sentiment\"", "\"severity\"",
                "\"description\"", "\"documents\"", "\"maps\"", "\"tosdr\"", "\"claudette\"", "\"opp115\"", "\"cues\"");
    }

    @Test
    void readsAndWritesWhatAClauseMustSayToBeEvidence() {
        CaseCatalog catalog = readText("[" + caseJson("data-sold",
                "evidence", "{\"words\": [\"sell\", \"sale\"], \"affirmative\": true}") + ", " + caseJson("plain") + ", "
                + caseJson("messages-read", "evidence",
                        "{\"words\": [\"messag\"], \"with\": [\"read\"], \"without\": [\"encrypt\"], \"affirmative\": false}")
                + "]");

        assertThat(catalog.byId("data-sold").orElseThrow().evidence())
                .isEqualTo(new Evidence(List.of("sell", "sale"), List.of(), List.of(), true));
        assertThat(catalog.byId("messages-read").orElseThrow().evidence())
                .isEqualTo(new Evidence(List.of("messag"), List.of("read"), List.of("encrypt"), false));
        assertThat(catalog.byId("plain").orElseThrow().evidence()).isEqualTo(Evidence.ANY);
        String json = CatalogJson.write(catalog.all());
        assertThat(readText(json).all()).isEqualTo(catalog.all());
        assertThat(json.split("\"evidence\"", -1)).hasSize(3);
    }

    @Test
    void loadsTheBuiltInCatalogueOnce() {
        assertThat(CaseCatalog.builtIn()).isSameAs(CaseCatalog.builtIn());
        assertThat(CaseCatalog.builtIn().size()).isGreaterThan(0);
    }

    @Nested
    class WhenTheCatalogueBreaksARule {

        @Test
        void rejectsTwoCasesWithOneId() {
            assertThatThrownBy(() -> readText("[" + caseJson("same") + "," + caseJson("same") + "]"))
                    .isInstanceOf(CatalogException.class)
                    .hasMessage("Catalog invalid: case id \"same\" is used twice in test.json;"
                            + " fix the entry (docs/catalog.md explains the rules)")
                    .extracting(e -> ((CatalogException) e).caseId()).isEqualTo("same");
        }

        @Test
        void rejectsAToSdrCaseMappedByTwoCases() {
            String maps = "{\"tosdr\": [117], \"claudette\": [], \"opp115\": []}";
            assertThatThrownBy(() -> readText("[" + caseJson("one", "maps", maps) + "," + caseJson("two", "maps", maps) + "]"))
                    .hasMessageContaining("ToS;DR case 117 is mapped by both \"one\" and \"two\"");
        }

        @Test
        void rejectsAnEmptyCatalogue() {
            assertThatThrownBy(() -> readText("[]")).hasMessageContaining("holds no case");
        }
    }

    @Nested
    class WhenACaseIsMalformed {

        @Test
        void namesTheCaseAndTheFileOnOneLine() {
            assertThatThrownBy(() -> readText("[" + caseJson("bad-topic", "topic", "\"weather\"") + "]"))
                    .isInstanceOf(CatalogException.class)
                    .hasMessage("Catalog invalid: case \"bad-topic\": unknown topic \"weather\" in test.json;"
                            + " fix the entry (docs/catalog.md explains the rules)")
                    .message().doesNotContain("\n");
        }

        @Test
        void reportsRuleBreaksOfTheRecordsWithTheCaseName() {
            assertThatThrownBy(() -> readText("[" + caseJson("too-severe", "severity", "9") + "]"))
                    .hasMessageContaining("case \"too-severe\": severity 9 is outside 1-5");
            assertThatThrownBy(() -> readText("[" + caseJson("bad-code",
                    "maps", "{\"tosdr\": [], \"claudette\": [\"arb\"], \"opp115\": []}") + "]"))
                    .hasMessageContaining("case \"bad-code\": unknown CLAUDETTE code \"arb\"");
            assertThatThrownBy(() -> readText("[" + caseJson("shouting",
                    "evidence", "{\"words\": [\"Sell\"], \"affirmative\": false}") + "]"))
                    .hasMessageContaining("case \"shouting\": evidence word \"Sell\" must be lower-case");
            assertThatThrownBy(() -> readText("[" + caseJson("half", "evidence", "{\"words\": [\"sell\"]}") + "]"))
                    .hasMessageContaining("case \"half\": \"evidence\" must be an object with a \"words\" array");
            assertThatThrownBy(() -> readText("[" + caseJson("extra",
                    "evidence", "{\"words\": [\"sell\"], \"affirmative\": true, \"or\": []}") + "]"))
                    .hasMessageContaining("case \"extra\": \"evidence\" must be an object");
        }

        @Test
        void rejectsUnknownFieldsAndValues() {
            assertThatThrownBy(() -> readText("[" + caseJson("typo", "descripton", "\"y\"") + "]"))
                    .hasMessageContaining("unknown field \"descripton\"");
            assertThatThrownBy(() -> readText("[" + caseJson("doc", "documents", "[\"contract\"]") + "]"))
                    .hasMessageContaining("unknown document type \"contract\"");
            assertThatThrownBy(() -> readText("[" + caseJson("feel", "sentiment", "\"bad\"") + "]"))
                    .hasMessageContaining("unknown sentiment \"bad\"");
            assertThatThrownBy(() -> readText("[" + caseJson("sev", "severity", "\"high\"") + "]"))
                    .hasMessageContaining("\"severity\" must be a whole number");
        }

        @Test
        void rejectsTextThatIsNotACatalogue() {
            assertThatThrownBy(() -> readText("{\"id\": \"x\"}")).hasMessageContaining("must be a JSON array");
            assertThatThrownBy(() -> readText("[{")).hasMessageStartingWith("Catalog invalid: not valid JSON");
            assertThatThrownBy(() -> readText("[{\"title\": \"no id\"}]"))
                    .hasMessageContaining("entry 0: \"id\" must be a string");
        }
    }
}
