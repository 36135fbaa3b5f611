package org.fineprint.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void keepsLowerCaseLettersAndDigitsOnly() {
        assertThat(Slugs.of("1Password")).isEqualTo("1password");
        assertThat(Slugs.of("Proton Mail")).isEqualTo("protonmail");
        assertThat(Slugs.of("hide.me VPN")).isEqualTo("hidemevpn");
        assertThat(Slugs.of("Amazon.com")).isEqualTo("amazoncom");
    }

    @Test
    void dropsAccentsInsteadOfLetters() {
        assertThat(Slugs.of("Société Générale")).isEqualTo("societegenerale");
    }

    @Test
    void refusesNamesWithoutLettersOrDigits() {
        assertThatThrownBy(() -> Slugs.of("—")).isInstanceOf(IllegalArgumentException.class);
    }
}
