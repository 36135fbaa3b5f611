package org.fineprint.analyze.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupFoldsTest {
    private static final List<String> GROUPS = List.of("d", "a", "a", "b", "c", "e", "f", "g", "b");

    @Test
    void putsEveryGroupInExactlyOneFoldOfNearlyEqualSize() {
        Map<String, Integer> folds = GroupFolds.assign(GROUPS, 3, 42);

        assertThat(folds).containsOnlyKeys("a", "b", "c", "d", "e", "f", "g");
        List<Integer> sizes = new ArrayList<>(List.of(0, 0, 0));
        folds.values().forEach(f -> sizes.set(f, sizes.get(f) + 1));
        assertThat(Collections.max(sizes) - Collections.min(sizes)).isLessThanOrEqualTo(1);
    }

    @Test
    void givesTheSameFoldsForTheSameSeedWhateverTheOrder() {
        List<String> reversed = new ArrayList<>(GROUPS);
        Collections.reverse(reversed);

        assertThat(GroupFolds.assign(reversed, 3, 42)).isEqualTo(GroupFolds.assign(GROUPS, 3, 42));
    }

    @Test
    void refusesMoreFoldsThanGroups() {
        assertThatThrownBy(() -> GroupFolds.assign(List.of("a", "b"), 3, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
