package org.fineprint.tools.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TosdrCaseIndexTest {

    private final TosdrCaseIndex index = TosdrCaseIndex.of(
            List.of(new TosdrCaseIndex.Entry(177, "good", "Logs are deleted after a finite period of time"),
                    new TosdrCaseIndex.Entry(177, "bad", "You cannot opt-out of marketing communications"),
                    new TosdrCaseIndex.Entry(339, "bad", "You are forced into binding arbitration in case of disputes")),
            Map.of("This service forces users into binding arbitration in the case of disputes", 339));

    @Test
    void usesTheCaseIdAPointCarries() {
        assertThat(index.resolve(42, "whatever the title", false)).hasValue(42);
    }

    @Test
    void resolvesExactTitlesIgnoringCaseAndPunctuation() {
        assertThat(index.resolve(null, "  you are FORCED into binding arbitration, in case of disputes.", false))
                .hasValue(339);
    }

    @Test
    void resolvesOlderTitlesOnlyWhenAliasesAreWanted() {
        String older = "This service forces users into binding arbitration in the case of disputes";

        assertThat(index.resolve(null, older, true)).hasValue(339);
        assertThat(index.resolve(null, older, false)).isEmpty();
        assertThat(index.resolve(null, "A title nobody knows", true)).isEmpty();
    }

    @Test
    void keepsTheFirstRowOfARepeatedIdButResolvesBothTitles() {
        assertThat(index.entry(177)).map(TosdrCaseIndex.Entry::classification).hasValue("good");
        assertThat(index.resolve(null, "You cannot opt-out of marketing communications", false)).hasValue(177);
    }

    @Test
    void shipsHandCheckedAliases() {
        Map<String, Integer> aliases = TosdrCaseIndex.bundledAliases();

        assertThat(aliases).hasSizeGreaterThan(100)
                .containsEntry("The service is provided 'as is' and to be used at the users' sole risk", 286);
        assertThat(aliases.keySet()).allMatch(t -> !t.isBlank() && t.equals(t.strip()));
    }
}
