package org.fineprint.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fineprint.registry.Selector;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * Applies a declaration's {@code remove} and {@code select} rules to a parsed page, as Open Terms
 * Archive defines them: CSS selectors, and range selectors that keep (or drop) everything between
 * two boundary points like a DOM {@code Range}.
 */
final class ContentSelector {
    private final org.jsoup.nodes.Document page;
    private final String source;

    /**
     * @param page the parsed page; {@link #remove} changes it in place
     * @param source the page's URL, for error messages
     */
    ContentSelector(org.jsoup.nodes.Document page, String source) {
        this.page = page;
        this.source = source;
    }

    /** Deletes everything the selectors match; selectors that match nothing are ignored. */
    void remove(List<Selector> selectors) {
        for (Selector selector : selectors) {
            switch (selector) {
                case Selector.Css css -> select(css.css()).remove();
                case Selector.Range range -> {
                    Positions positions = Positions.of(page);
                    Bounds bounds = bounds(range, positions);
                    if (bounds != null) {
                        List<Node> contained = new ArrayList<>();
                        collectContained(page, bounds, positions, contained);
                        contained.forEach(Node::remove);
                    }
                }
            }
        }
    }

    /**
     * Collects what the selectors match: matches in document order, each once (an element inside
     * another match is part of that match). CSS matches are the page's own elements; ranges are
     * copies, with partly included ancestors kept as empty wrappers around the included content.
     *
     * @return the selected nodes, never empty
     * @throws ExtractException SELECTOR_MATCHED_NOTHING when no selector matches anything,
     *     INVALID_SELECTOR for a selector that is not valid CSS
     */
    List<Node> select(List<Selector> selectors) {
        Positions positions = Positions.of(page);
        List<Match> matches = new ArrayList<>();
        Set<Element> cssMatched = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Bounds> ranges = new ArrayList<>();
        for (Selector selector : selectors) {
            switch (selector) {
                case Selector.Css css -> cssMatched.addAll(select(css.css()));
                case Selector.Range range -> {
                    Bounds bounds = bounds(range, positions);
                    if (bounds != null) {
                        List<Node> copy = cloneContents(bounds, positions);
                        if (!copy.isEmpty()) {
                            ranges.add(bounds);
                            matches.add(new Match(bounds.start(), copy, bounds));
                        }
                    }
                }
            }
        }
        List<Element> topCss = new ArrayList<>();
        for (Element e : cssMatched) {
            if (!hasMatchedAncestor(e, cssMatched) && !insideRange(e, ranges, positions)) {
                matches.add(new Match(positions.enter(e), List.of(e), null));
                topCss.add(e);
            }
        }
        // A range that lies within a CSS match is already part of it.
        matches.removeIf(m -> m.range() != null && topCss.stream().anyMatch(e ->
                positions.enter(e) <= m.range().start() && m.range().end() <= positions.exit(e) + 1));
        if (matches.isEmpty()) {
            String shown = selectors.size() == 1 ? selectors.getFirst().toString() : selectors.toString();
            throw new ExtractException(ExtractException.Reason.SELECTOR_MATCHED_NOTHING, source, shown,
                    "selector \"" + shown + "\" matched nothing; check the declaration's select, "
                            + "or whether remove took it first", null);
        }
        matches.sort(Comparator.comparingInt(Match::position));
        List<Node> out = new ArrayList<>();
        matches.forEach(m -> out.addAll(m.nodes()));
        return out;
    }

    private Elements select(String css) {
        try {
            return page.select(css);
        } catch (org.jsoup.select.Selector.SelectorParseException | IllegalArgumentException e) {
            throw new ExtractException(ExtractException.Reason.INVALID_SELECTOR, source, css,
                    "selector \"" + css + "\" is not valid CSS (" + e.getMessage() + "); fix the declaration", e);
        }
    }

    /** The boundary points of a range, or {@code null} when it is empty or an end is missing. */
    private @Nullable Bounds bounds(Selector.Range range, Positions positions) {
        String startCss = range.startBefore() != null ? range.startBefore() : range.startAfter();
        Element start = startCss == null ? null : first(startCss);
        if (start == null) {
            return null;
        }
        int from = range.startBefore() != null ? positions.enter(start) : positions.exit(start) + 1;
        int to;
        String endCss = range.endBefore() != null ? range.endBefore() : range.endAfter();
        if (endCss == null) {
            to = positions.end();
        } else {
            Element end = first(endCss);
            if (end == null) {
                return null;
            }
            to = range.endBefore() != null ? positions.enter(end) : positions.exit(end) + 1;
        }
        return from < to ? new Bounds(from, to) : null;
    }

    private @Nullable Element first(String css) {
        Elements found = select(css);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Copies the nodes between the bounds, as {@code Range.cloneContents()} does. */
    private static List<Node> cloneContents(Bounds b, Positions positions) {
        List<Node> out = new ArrayList<>();
        for (Node child : new ArrayList<>(positions.root().childNodes())) {
            Node copy = cloneWithin(child, b, positions);
            if (copy != null) {
                out.add(copy);
            }
        }
        return out;
    }

    private static @Nullable Node cloneWithin(Node node, Bounds b, Positions positions) {
        int enter = positions.enter(node);
        int exit = positions.exit(node);
        if (b.start() <= enter && exit < b.end()) {
            return node.clone();
        }
        if (enter >= b.end() || exit < b.start()) {
            return null;
        }
        Node wrapper = node.shallowClone();
        if (wrapper instanceof Element element) {
            for (Node child : node.childNodes()) {
                Node copy = cloneWithin(child, b, positions);
                if (copy != null) {
                    element.appendChild(copy);
                }
            }
        }
        return wrapper;
    }

    /** The top-most nodes entirely inside the bounds, as {@code Range.deleteContents()} removes them. */
    private static void collectContained(Node node, Bounds b, Positions positions, List<Node> out) {
        for (Node child : node.childNodes()) {
            int enter = positions.enter(child);
            int exit = positions.exit(child);
            if (b.start() <= enter && exit < b.end()) {
                out.add(child);
            } else if (enter < b.end() && exit >= b.start()) {
                collectContained(child, b, positions, out);
            }
        }
    }

    private static boolean hasMatchedAncestor(Element e, Set<Element> matched) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (matched.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideRange(Element e, List<Bounds> ranges, Positions positions) {
        for (Bounds b : ranges) {
            if (b.start() <= positions.enter(e) && positions.exit(e) < b.end()) {
                return true;
            }
        }
        return false;
    }

    /** What one selector matched, where it starts, and its bounds when it is a range. */
    private record Match(int position, List<Node> nodes, @Nullable Bounds range) {
    }

    /** Boundary points as positions in {@link Positions}' event order: {@code [start, end)}. */
    private record Bounds(int start, int end) {
    }

    /**
     * Every node's place in document order: a counter ticks when the walk enters a node and again
     * when it leaves it, so "before X" is {@code enter(X)} and "after X" is {@code exit(X) + 1}.
     */
    private static final class Positions {
        private final Node root;
        private final Map<Node, int[]> ticks = new IdentityHashMap<>();
        private int counter;

        private Positions(Node root) {
            this.root = root;
        }

        static Positions of(org.jsoup.nodes.Document page) {
            Positions p = new Positions(page);
            page.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    p.ticks.put(node, new int[] {p.counter++, -1});
                }

                @Override
                public void tail(Node node, int depth) {
                    p.ticks.get(node)[1] = p.counter++;
                }
            });
            return p;
        }

        Node root() {
            return root;
        }

        int enter(Node n) {
            return ticks.get(n)[0];
        }

        int exit(Node n) {
            return ticks.get(n)[1];
        }

        int end() {
            return counter;
        }
    }
}
