package org.fineprint.fetch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.fineprint.fetch.FetchException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFetcherTest {
    @TempDir
    Path dir;

    private final FileFetcher files = new FileFetcher();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, UTF_8);
    }

    private FetchException failure(Path file) {
        return catchThrowableOfType(FetchException.class, () -> files.load(file));
    }

    @ParameterizedTest
    @CsvSource({"terms.html, text/html", "terms.HTM, text/html", "terms.xhtml, application/xhtml+xml",
        "terms.md, text/markdown", "terms.markdown, text/markdown", "terms.txt, text/plain"})
    void takesTheMediaTypeFromTheExtension(String name, String mediaType) throws IOException {
        Snapshot snapshot = files.load(write(name, "Terms of Service\n"));

        assertThat(snapshot.mediaType()).isEqualTo(mediaType);
        assertThat(snapshot.fetcher()).isEqualTo("file");
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.url().getScheme()).isEqualTo("file");
        assertThat(snapshot.url()).isEqualTo(snapshot.finalUrl());
    }

    @Test
    void readsAPdf() throws IOException {
        Path pdf = Files.write(dir.resolve("terms.pdf"), Fixtures.bytes("minimal.pdf"));

        Snapshot snapshot = files.load(pdf);

        assertThat(snapshot.isPdf()).isTrue();
        assertThat(snapshot.content()).isEqualTo(Fixtures.bytes("minimal.pdf"));
    }

    @Test
    void believesTheBytesOfAnHtmlPageSavedAsPdf() throws IOException {
        assertThat(files.load(write("terms.pdf", "<!doctype html><html><body>Sign in</body></html>")).mediaType())
                .isEqualTo("text/html");
    }

    @Test
    void refusesAPdfNamedFileThatIsNotOne() throws IOException {
        FetchException e = failure(write("terms.pdf", "plain words"));

        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(e.getMessage()).contains("not a PDF");
    }

    @Test
    void sniffsAFileWithoutAKnownExtension() throws IOException {
        assertThat(files.load(write("snapshot", "<html><body>x</body></html>")).mediaType()).isEqualTo("text/html");
        assertThat(files.load(write("notes.rst", "Terms\n=====\n")).mediaType()).isEqualTo("text/plain");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path png = Files.write(dir.resolve("terms.txt"), Fixtures.bytes("pixel.png"));

        assertThat(failure(png).reason()).isEqualTo(Reason.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void refusesAMissingFile() {
        FetchException e = failure(dir.resolve("missing.html"));

        assertThat(e.reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("Fetch failed: no such file (check the path) at "
                + dir.resolve("missing.html").toUri());
    }

    @Test
    void refusesADirectory() {
        FetchException e = failure(dir);

        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(e.getMessage()).contains("directory");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThat(failure(write("empty.html", "")).reason()).isEqualTo(Reason.EMPTY);
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws IOException {
        FileFetcher small = new FileFetcher(10, Clock.systemUTC());
        Path file = write("big.txt", "more than ten bytes");

        FetchException e = catchThrowableOfType(FetchException.class, () -> small.load(file));

        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).contains("19 bytes").contains("10 bytes");
    }

    @Test
    void recordsTheCharsetOfAByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("bom.txt"), "\uFEFFTerms".getBytes(UTF_8));

        assertThat(files.load(file).charset()).isEqualTo("UTF-8");
    }
}
