package org.fineprint.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseMapsTest {

    @Test
    void acceptsEveryClaudetteCodeAndOpp115Category() {
        CaseMaps maps = new CaseMaps(List.of(117, 339), CaseMaps.CLAUDETTE_CODES, CaseMaps.OPP115_CATEGORIES);

        assertThat(maps.claudette()).hasSize(9);
        assertThat(maps.opp115()).hasSize(10);
    }

    @Test
    void rejectsUnknownClaudetteCode() {
        assertThatThrownBy(() -> new CaseMaps(List.of(), List.of("arb"), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown CLAUDETTE code \"arb\"");
    }

    @Test
    void rejectsUnknownOpp115Category() {
        assertThatThrownBy(() -> new CaseMaps(List.of(), List.of(), List.of("Data retention")))
                .hasMessageStartingWith("unknown OPP-115 category \"Data retention\"");
    }

    @Test
    void rejectsRepeatedOrNonPositiveTosdrIds() {
        assertThatThrownBy(() -> new CaseMaps(List.of(117, 117), List.of(), List.of()))
                .hasMessage("ToS;DR case id 117 is listed twice");
        assertThatThrownBy(() -> new CaseMaps(List.of(0), List.of(), List.of()))
                .hasMessageContaining("not a positive number");
    }
}
