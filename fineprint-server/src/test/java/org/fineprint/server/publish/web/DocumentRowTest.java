package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentRowTest {

    @Test
    void namesCountriesAndLanguagesInEnglish() {
        assertThat(DocumentRow.countryName("US")).isEqualTo("United States");
        assertThat(DocumentRow.countryName("GB")).isEqualTo("United Kingdom");
        assertThat(DocumentRow.languageName("en")).isEqualTo("English");
        assertThat(DocumentRow.languageName("fr")).isEqualTo("French");
    }

    @Test
    void showsUnknownCodesAsGivenAndNothingForNone() {
        assertThat(DocumentRow.countryName("XQ")).isEqualTo("XQ");
        assertThat(DocumentRow.countryName(null)).isNull();
        assertThat(DocumentRow.languageName(" ")).isNull();
    }

    @Test
    void writesDatesInUtcForPeopleAndMachines() {
        DisplayDate date = DisplayDate.of(Instant.parse("2026-03-01T23:30:00Z"));

        assertThat(date).isNotNull();
        assertThat(date.text()).isEqualTo("1 March 2026");
        assertThat(date.iso()).isEqualTo("2026-03-01T23:30:00Z");
        assertThat(DisplayDate.of(null)).isNull();
    }
}
