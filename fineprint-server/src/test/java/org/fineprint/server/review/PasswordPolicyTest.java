package org.fineprint.server.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "short", "elevenchars", "aaaaaaaaaaaaaaaa", "abababababababab",
            "123456789012", "abcdefghijklmnop", "9876543210987", "Password1234", "qwertyuiopas",
            "alice-is-the-best", "xxalicexx12345"})
    void refusesWeakPasswords(String password) {
        assertThat(PasswordPolicy.problem("alice", password)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lantern orbit velvet cactus", "tR7#kq9!Lm2@", "correct horse battery", "été à la plage 2026"})
    void acceptsStrongPasswords(String password) {
        assertThat(PasswordPolicy.problem("alice", password)).isEmpty();
    }

    @Test
    void refusesPasswordsBcryptWouldCut() {
        String tooLong = "lantern orbit velvet cactus ".repeat(3); // 84 bytes

        assertThat(PasswordPolicy.problem("alice", tooLong)).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
    }

    @Test
    void saysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> PasswordPolicy.check("alice", "short1"))
                .isInstanceOfSatisfying(CuratorAccountException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CuratorAccountException.Reason.WEAK_PASSWORD);
                    assertThat(e.reason().isUsageError()).isTrue();
                })
                .hasMessage("Curator account: password refused for alice: it has 6 characters; use at least 12 "
                        + "(a few unrelated words make a good one); choose another");
    }
}
