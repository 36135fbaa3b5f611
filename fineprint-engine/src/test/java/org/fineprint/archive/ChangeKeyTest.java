package org.fineprint.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Last updated: March 3, 2025|Last updated: [date]",
            "Last Updated: April 1st 2026|Last Updated: [date]",
            "## Last modified 12/03/2025|## Last modified [date]",
            "Effective date: Dec 10, 2024|Effective date: [date]",
            "Effective:April 8, 2026|Effective:[date]",
            "Updated on 2025-03-03.|Updated on [date].",
            "Revised January 2024|Revised [date]",
            "_Date of last revision: 3 March 2025_|_Date of last revision: [date]_",
            "This Privacy Policy was last updated on March 3, 2025.|This Privacy Policy was last updated on [date].",
            "Dernière mise à jour : 3 mars 2025|Dernière mise à jour : [date]",
            "Mis à jour le 1er février 2025|Mis à jour le [date]",
            "En vigueur au 07/08/2024|En vigueur au [date]",
            "Version Août 2025|Version [date]",
            "Stand: 01.02.2025|Stand: [date]",
            "Zuletzt aktualisiert am 3. März 2025|Zuletzt aktualisiert am [date]",
            "* Última actualización: 5 de mayo de 2024|* Última actualización: [date]",
            "March 3, 2025|[date]",
    })
    void masksTheDateOfALineThatOnlyStatesADateStamp(String line, String masked) {
        assertThat(ChangeKey.maskDateStamps(line)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We updated our Terms on March 3, 2025 to add section 5.",
            "Version 2.1",
            "Effective immediately for new users.",
            "Refunds are given within 14 days of 2 purchases.",
            "1. Scope",
            "2025",
            "Updated: we changed section 4 in 2025",
    })
    void leavesOtherLinesAlone(String line) {
        assertThat(ChangeKey.maskDateStamps(line)).isEqualTo(line);
    }

    @Test
    void masksADateOnTheLineAfterALabel() {
        assertThat(ChangeKey.maskDateStamps("Last updated\n\n3 March 2025\n\nText")).isEqualTo("Last updated\n\n[date]\n\nText");
    }

    @Test
    void ignoresAStampThatMovedAlone() {
        String before = "# Terms\n\nLast updated: March 3, 2025\n\nBe nice.";
        String after = "# Terms\n\nLast updated: April 14, 2025\n\nBe nice.";
        assertThat(ChangeKey.of(after)).isEqualTo(ChangeKey.of(before));
        assertThat(ChangeKey.of(after.replace("Be nice.", "Be kind."))).isNotEqualTo(ChangeKey.of(before));
    }

    @Test
    void equalsTheTextHashWhenThereIsNoStamp() {
        String text = "# Terms\n\nBe nice.";
        assertThat(ChangeKey.of(text).sha256()).isEqualTo(Hashes.sha256Hex(text));
    }

    @Test
    void acceptsOnlyAHexDigest() {
        assertThatThrownBy(() -> new ChangeKey("abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
