package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.fineprint.server.registry.OtaSources.Found;
import org.fineprint.server.registry.OtaSources.TextFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtaSourcesTest {
    @TempDir
    Path dir;

    @Test
    void readsServiceAndTermsTypeFromAVersionsTree() throws IOException {
        write("Example Shop/Terms of Service.md", "terms");
        write("Example Shop/Privacy Policy.md", "privacy");
        write("README.md", "not a document");

        Found found = OtaSources.scan(dir);

        assertThat(found.texts()).extracting(TextFile::service, TextFile::termsType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Example Shop", "Privacy Policy"),
                        org.assertj.core.groups.Tuple.tuple("Example Shop", "Terms of Service"));
        assertThat(found.problems()).isEmpty();
    }

    @Test
    void readsFlatNamesWithHyphensForSpaces() throws IOException {
        write("contrib-versions/Stack-Overflow__Terms-of-Service.md", "terms");

        TextFile text = OtaSources.scan(dir).texts().getFirst();

        assertThat(text.service()).isEqualTo("Stack Overflow");
        assertThat(text.termsType()).isEqualTo("Terms of Service");
        assertThat(text.collection()).isEqualTo("contrib-versions");
        assertThat(text.jurisdiction()).isNull();
    }

    @Test
    void takesTheJurisdictionFromAVlopsesCollection() throws IOException {
        write("vlopses-gb-versions/Example__Terms-of-Service.md", "terms");
        write("vlopses-ie-versions/Example/Privacy Policy.md", "privacy");

        Found found = OtaSources.scan(dir);

        assertThat(found.texts()).extracting(TextFile::jurisdiction).containsExactlyInAnyOrder("GB", "IE");
    }

    @Test
    void prefersTheIndexForExactNamesLanguageAndDate() throws IOException {
        write("texts/contrib-versions/Amazon.com__Terms-of-Service.md", "terms");
        write("index.json", """
                [{"file": "texts/contrib-versions/Amazon.com__Terms-of-Service.md",
                  "collection": "OpenTermsArchive/contrib-versions", "service": "Amazon.com",
                  "terms_type": "Terms of Service", "lang": "en", "last_change_date": "2026-08-14T10:00:00+02:00"}]""");

        TextFile text = OtaSources.scan(dir.resolve("texts")).texts().getFirst();

        assertThat(text.service()).isEqualTo("Amazon.com");
        assertThat(text.language()).isEqualTo("en");
        assertThat(text.recordedAt()).isEqualTo(Instant.parse("2026-08-14T08:00:00Z"));
    }

    @Test
    void findsDeclarationsAtTheTopOrInADeclarationsFolderOnly() throws IOException {
        write("declarations/Example.json", "{\"name\": \"Example\", \"terms\": {\"Terms of Service\": "
                + "{\"fetch\": \"https://example.com/terms\"}}}");
        write("declarations/Example.history.json", "{}");
        write("other/package.json", "{}");

        Found found = OtaSources.scan(dir);

        assertThat(found.declarations()).hasSize(1);
        assertThat(found.declarations().getFirst().termsJson()).containsOnlyKeys("Terms of Service");
        assertThat(found.declarations().getFirst().termsJson().get("Terms of Service"))
                .contains("https://example.com/terms");
        assertThat(found.problems()).isEmpty();
        assertThat(found.size()).isEqualTo(1);
    }

    @Test
    void reportsAnUnreadableDeclarationAsAProblem() throws IOException {
        write("Broken.json", "{not json");

        Found found = OtaSources.scan(dir);

        assertThat(found.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Broken.json"));
    }

    @Test
    void refusesAPathThatDoesNotExist() {
        assertThatThrownBy(() -> OtaSources.scan(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
