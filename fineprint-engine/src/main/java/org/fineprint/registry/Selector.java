package org.fineprint.registry;

import org.jspecify.annotations.Nullable;

/**
 * One Open Terms Archive content selector: a CSS selector, or a range between two CSS selectors.
 */
public sealed interface Selector {

    /** A CSS selector such as {@code main .terms}. */
    record Css(String css) implements Selector {
        public Css {
            if (css.isBlank()) {
                throw new IllegalArgumentException("CSS selector is blank");
            }
        }

        @Override
        public String toString() {
            return css;
        }
    }

    /**
     * A range selector: content from the start (just before or after the element matching
     * {@code startBefore}/{@code startAfter}) to the end (just before or after {@code endBefore}/
     * {@code endAfter}). Exactly one start and one end are set, as Open Terms Archive requires;
     * a missing end means "to the end of the document".
     */
    record Range(@Nullable String startBefore, @Nullable String startAfter,
                 @Nullable String endBefore, @Nullable String endAfter) implements Selector {
        public Range {
            if ((startBefore == null) == (startAfter == null)) {
                throw new IllegalArgumentException("range selector needs exactly one of startBefore or startAfter");
            }
            if (endBefore != null && endAfter != null) {
                throw new IllegalArgumentException("range selector takes at most one of endBefore or endAfter");
            }
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("{");
            s.append(startBefore != null ? "startBefore: " + startBefore : "startAfter: " + startAfter);
            if (endBefore != null) {
                s.append(", endBefore: ").append(endBefore);
            } else if (endAfter != null) {
                s.append(", endAfter: ").append(endAfter);
            }
            return s.append('}').toString();
        }
    }
}
