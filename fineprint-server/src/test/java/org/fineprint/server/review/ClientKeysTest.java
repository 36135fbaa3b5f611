package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientKeysTest {

    @Test
    void sameAddressAndSecretGiveTheSameKey() {
        ClientKeys keys = ClientKeys.withSecret("a secret of some length");

        assertThat(keys.forAddress("203.0.113.7")).isEqualTo(ClientKeys.withSecret("a secret of some length")
                .forAddress("203.0.113.7")).matches("[0-9a-f]{32}");
        assertThat(keys.forAddress("203.0.113.8")).isNotEqualTo(keys.forAddress("203.0.113.7"));
    }

    @Test
    void keyDependsOnTheSecretAndHidesTheAddress() {
        String a = ClientKeys.withSecret("a secret of some length").forAddress("203.0.113.7");
        String b = ClientKeys.withSecret("another secret, as long").forAddress("203.0.113.7");

        assertThat(a).isNotEqualTo(b).doesNotContain("203");
        assertThat(ClientKeys.random().forAddress("203.0.113.7")).isNotEqualTo(a);
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> ClientKeys.withSecret("short"))
                .hasMessageContaining("fineprint.review.client-key-secret");
    }
}
