package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/** Deterministic assignment of groups (documents) to cross-validation folds. */
public final class GroupFolds {
    private GroupFolds() {
    }

    /**
     * Assigns each distinct group to one fold: the groups are sorted, shuffled with
     * {@code new Random(seed)} and dealt to the folds in turn, so fold sizes differ by at most one
     * group and the same groups and seed always give the same folds.
     *
     * @param groups the group of every example (repeats allowed)
     * @param folds the number of folds
     * @param seed the shuffle seed
     * @return the fold (0 to {@code folds - 1}) of each distinct group
     * @throws IllegalArgumentException when there are fewer groups than folds
     */
    public static Map<String, Integer> assign(Collection<String> groups, int folds, long seed) {
        List<String> distinct = new ArrayList<>(new TreeSet<>(groups));
        if (distinct.size() < folds) {
            throw new IllegalArgumentException(distinct.size() + " groups cannot fill " + folds + " folds");
        }
        Collections.shuffle(distinct, new Random(seed));
        Map<String, Integer> fold = new TreeMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            fold.put(distinct.get(i), i % folds);
        }
        return fold;
    }
}
