package org.fineprint.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void hashesTheUtf8BytesOfText() {
        assertThat(Hashes.sha256Hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hashes.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashes.sha256Hex("Durée 👍")).isEqualTo(Hashes.sha256Hex("Durée 👍".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesSixtyFourLowerCaseHexDigits() {
        assertThat(Hashes.sha256Hex("Terms")).matches("[0-9a-f]{64}");
    }
}
