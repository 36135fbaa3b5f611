package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void storesNamesInLowerCaseWithoutSurroundingSpace() {
        assertThat(Usernames.normalize("  Alice.Smith ")).isEqualTo("alice.smith");
        assertThat(Usernames.normalize("curator_2")).isEqualTo("curator_2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "-alice", "alice smith", "alice@example.org", "ünïcode",
            "a0123456789012345678901234567890123456789"})
    void refusesNamesThatBreakTheRules(String name) {
        assertThatThrownBy(() -> Usernames.normalize(name))
                .isInstanceOfSatisfying(CuratorAccountException.class,
                        e -> assertThat(e.reason()).isEqualTo(CuratorAccountException.Reason.INVALID_NAME))
                .hasMessageContaining("not a valid user name");
    }
}
