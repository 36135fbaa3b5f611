package org.fineprint.tools.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchClassifyCommandTest {

    @Test
    void splitsTextAtLineBreaksAndSentenceEnds() {
        String text = "# 1. Terms\n\nWe may change these terms. You agree (see 2.1) to them; 3 rules apply.\n- item one\n";

        assertThat(BenchClassifyCommand.split(text)).containsExactly(
                "# 1. Terms", "We may change these terms.", "You agree (see 2.1) to them;", "3 rules apply.", "- item one");
    }
}
