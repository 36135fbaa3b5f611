package org.fineprint.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Finds a page's main content when its declaration has no {@code select}: drops navigation,
 * page headers and footers, sidebars, cookie and consent banners, dialogs, skip links,
 * breadcrumbs and share widgets, then keeps {@code main}, {@code [role=main]} or {@code article}
 * when it holds most of the text, else the smallest block holding most of the text that is not
 * inside links (the densest content, in the manner of readability).
 */
final class MainContentFinder {
    /** {@code main} or {@code article} is taken when it holds at least this share of the text. */
    static final double MAIN_SHARE = 0.5;
    /** Otherwise the smallest block holding at least this share of the non-link text is taken. */
    static final double CONTENT_SHARE = 0.8;
    /** Prose beside the densest block beyond this share of the text (or {@link #MIN_TITLE_CHARS}) is kept with it. */
    static final double TITLE_SHARE = 0.01;
    static final int MIN_TITLE_CHARS = 20;
    /** A block with less than this share of its text outside links is a menu or a link list. */
    static final double LINK_LIST_PROSE = 0.5;
    /**
     * Boilerplate is never dropped when it holds this share of the text, unless it is mostly links
     * (a big site menu): then it is the content.
     */
    static final double BOILERPLATE_MAX_SHARE = 0.5;

    private static final Set<String> SECTIONING = Set.of("article", "main", "section", "aside", "nav");
    private static final Set<String> BOILERPLATE_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search");
    /** Consent managers and cookie banners, by id or class. */
    private static final Pattern CONSENT = Pattern.compile(
            "cookie|consent|gdpr|onetrust|didomi|cookiebot|usercentrics|truste|osano|qc-cmp|cmpbox|cmpwrapper"
                    + "|(?:^|[-_])cmp(?:[-_]?(?:container|banner|box|wrapper|dialog|modal|layer|ui))?(?:$|[-_])",
            Pattern.CASE_INSENSITIVE);
    /** Cookie policies name their own content after cookies: "cookie-policy", "cookie-table". */
    private static final Pattern CONSENT_CONTENT = Pattern.compile(
            "polic|table|list|declar|content|statement|details", Pattern.CASE_INSENSITIVE);
    /** AEM's component prefix ("cmp-text", "cmp-container") is not a consent manager. */
    private static final Pattern AEM_COMPONENT = Pattern.compile("^cmp-(?!banner|box|wrapper|dialog|modal|layer|ui|container$)",
            Pattern.CASE_INSENSITIVE);
    /** Page footers and headers built from {@code div}s: "footer", "site-footer", "footer--container". */
    private static final Pattern PAGE_FOOTER = Pattern.compile("^(?:(?:site|page|global|main)[-_]?)?footer(?:$|[-_])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_HEADER = Pattern.compile("^(?:(?:site|page|global|main)[-_]?)?header(?:$|[-_])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BANNER = Pattern.compile("(?:^|[-_])banner(?:$|[-_])", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREADCRUMB = Pattern.compile("breadcrumb", Pattern.CASE_INSENSITIVE);
    private static final Pattern SHARE = Pattern.compile(
            "(?:^|[-_])(?:share|sharing|social-?share|social-?links|social)(?:$|[-_])|addthis|sharethis",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SKIP_LINK = Pattern.compile(
            "^(?:skip|jump|go) to\\b|^(?:aller|passer) (?:au|à)\\b|^(?:zum|direkt zum) (?:inhalt|hauptinhalt)\\b"
                    + "|^(?:saltar|ir) al\\b|^(?:vai|salta) al\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int SMALL_WIDGET_CHARS = 500;
    /** A consent notice says little; a named region longer than this is content about cookies. */
    private static final int NOTICE_MAX_CHARS = 2000;
    private static final Set<String> NOTICE_ROLES = Set.of("region", "dialog", "alertdialog", "alert", "status");
    private static final Pattern NOTICE_CLASS = Pattern.compile("notice|banner|toast|popup|modal|overlay|snackbar",
            Pattern.CASE_INSENSITIVE);
    /** The accessible name of a consent banner or notice. */
    private static final Pattern CONSENT_LABEL = Pattern.compile(
            "\\bcookies?\\b|consent|privacy (?:choices|preferences|settings)|gdpr|rgpd|datenschutzeinstellungen",
            Pattern.CASE_INSENSITIVE);

    private MainContentFinder() {
    }

    /**
     * Picks the main content of a page whose noise is already filtered.
     *
     * @param body the page body; boilerplate is removed from it in place
     * @return the nodes to convert, in document order
     */
    static List<Node> find(Element body) {
        TextStats stats = TextStats.of(body);
        removeBoilerplate(body, stats, stats.text(body));
        int total = stats.text(body);
        if (total == 0) {
            return List.of(body);
        }
        Element chosen = largest(body.select("main, [role=main]"), stats, total);
        if (chosen == null) {
            chosen = largest(body.select("article"), stats, total);
        }
        if (chosen == null) {
            chosen = densest(body, stats);
        }
        if (chosen == body) {
            return List.of(body);
        }
        List<Node> out = new ArrayList<>();
        Element title = body.selectFirst("h1");
        if (title != null && chosen.selectFirst("h1") == null && !isInside(title, chosen) && precedes(title, chosen)) {
            out.add(title);
        }
        out.add(chosen);
        return out;
    }

    private static Element largest(List<Element> candidates, TextStats stats, int total) {
        Element best = null;
        for (Element e : candidates) {
            if (best == null || stats.text(e) > stats.text(best)) {
                best = e;
            }
        }
        return best != null && stats.text(best) >= MAIN_SHARE * total ? best : null;
    }

    /**
     * The deepest element that still holds {@link #CONTENT_SHARE} of the text outside links, and
     * whose siblings hold no prose worth keeping (a title above the text stops the descent).
     */
    private static Element densest(Element body, TextStats stats) {
        int total = stats.prose(body);
        Element current = body;
        while (true) {
            Element next = null;
            for (Element child : current.children()) {
                if (stats.prose(child) >= CONTENT_SHARE * total) {
                    next = child;
                    break;
                }
            }
            if (next == null || proseBeside(next, current, stats) > Math.max(MIN_TITLE_CHARS, TITLE_SHARE * total)) {
                return current;
            }
            current = next;
        }
    }

    /** Prose in the other children of {@code parent}, leaving out link lists and menus. */
    private static int proseBeside(Element child, Element parent, TextStats stats) {
        int prose = 0;
        for (Element sibling : parent.children()) {
            int text = stats.text(sibling);
            if (sibling != child && text > 0 && stats.prose(sibling) >= LINK_LIST_PROSE * text) {
                prose += stats.prose(sibling);
            }
        }
        return prose;
    }

    private static void removeBoilerplate(Element body, TextStats stats, int total) {
        List<Element> drop = new ArrayList<>();
        collect(body, stats, total, drop);
        for (Element e : drop) {
            stats.subtract(e);
            e.remove();
        }
    }

    private static void collect(Element parent, TextStats stats, int total, List<Element> drop) {
        for (Element child : parent.children()) {
            if (isBoilerplate(child, stats) && (stats.text(child) < BOILERPLATE_MAX_SHARE * total
                    || stats.prose(child) < LINK_LIST_PROSE * stats.text(child))) {
                drop.add(child);
            } else {
                collect(child, stats, total, drop);
            }
        }
    }

    private static boolean isBoilerplate(Element e, TextStats stats) {
        String name = e.normalName();
        if (name.equals("nav") || name.equals("aside") || name.equals("dialog")) {
            return true;
        }
        if (e.attributesSize() == 0 && !name.equals("header") && !name.equals("footer")) {
            return false; // most elements: nothing to look at
        }
        boolean footer = name.equals("footer") || hasToken(e, PAGE_FOOTER);
        boolean header = name.equals("header") || hasToken(e, PAGE_HEADER);
        if (footer && !inSection(e) || header && !inSection(e) && e.selectFirst("h1") == null) {
            return true; // a page header holding the title stays; its navigation goes on its own
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (BOILERPLATE_ROLES.contains(role) || e.attr("aria-modal").equalsIgnoreCase("true")) {
            return true;
        }
        String label = e.attr("aria-label");
        if (BREADCRUMB.matcher(label).find() || e.attr("itemtype").contains("BreadcrumbList")) {
            return true;
        }
        if (stats.text(e) < NOTICE_MAX_CHARS && isNotice(e, role) && CONSENT_LABEL.matcher(label(e)).find()) {
            return true; // a notice named "Cookie Notice", "Cookie banner", "Privacy choices"
        }
        boolean small = stats.text(e) < SMALL_WIDGET_CHARS;
        if (name.equals("a") && e.attr("href").startsWith("#") && SKIP_LINK.matcher(e.text()).find()) {
            return true;
        }
        for (String token : tokens(e)) {
            if (CONSENT.matcher(token).find() && !AEM_COMPONENT.matcher(token).find()
                    && !CONSENT_CONTENT.matcher(token).find() && !inMainContent(e)) {
                return true;
            }
            if (BREADCRUMB.matcher(token).find()) {
                return true;
            }
            if (small && (SHARE.matcher(token).find() || BANNER.matcher(token).find() && e.selectFirst("h1") == null)) {
                return true;
            }
        }
        return false;
    }

    /** A region, alert or pop-up, by its role or its class names. */
    private static boolean isNotice(Element e, String role) {
        if (NOTICE_ROLES.contains(role)) {
            return true;
        }
        for (String token : tokens(e)) {
            if (NOTICE_CLASS.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /** The element's accessible name: {@code aria-label}, or the text of what {@code aria-labelledby} points to. */
    private static String label(Element e) {
        String label = e.attr("aria-label");
        String ids = e.attr("aria-labelledby");
        if (label.isEmpty() && !ids.isEmpty() && e.ownerDocument() != null) {
            StringBuilder s = new StringBuilder();
            for (String id : ids.strip().split("\\s+")) {
                Element named = e.ownerDocument().getElementById(id);
                if (named != null) {
                    s.append(named.text()).append(' ');
                }
            }
            label = s.toString();
        }
        return label;
    }

    private static boolean hasToken(Element e, Pattern p) {
        if (e.attributesSize() == 0) {
            return false;
        }
        for (String token : tokens(e)) {
            if (p.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(Element e) {
        List<String> tokens = new ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) {
            tokens.add(e.id());
        }
        return tokens;
    }

    /** True for a header or footer of an article or section rather than of the page. */
    private static boolean inSection(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (SECTIONING.contains(p.normalName())
                    || p.attr("role").equalsIgnoreCase("main") || p.attr("role").equalsIgnoreCase("article")) {
                return true;
            }
        }
        return false;
    }

    /** True inside {@code main}, {@code article} or a table: a cookie table of a cookie policy is content. */
    private static boolean inMainContent(Element e) {
        if (e.normalName().equals("table")) {
            return true;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String name = p.normalName();
            if (name.equals("main") || name.equals("article") || name.equals("table")
                    || p.attr("role").equalsIgnoreCase("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean precedes(Element a, Element b) {
        // Compare the sibling indexes of the two elements' ancestors below their common ancestor.
        List<Element> pa = path(a);
        List<Element> pb = path(b);
        int i = 0;
        while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
            i++;
        }
        if (i == pa.size() || i == pb.size()) {
            return i == pa.size();
        }
        return pa.get(i).siblingIndex() < pb.get(i).siblingIndex();
    }

    private static List<Element> path(Element e) {
        List<Element> path = new ArrayList<>();
        for (Element p = e; p != null; p = p.parent()) {
            path.addFirst(p);
        }
        return path;
    }

    /** Counts of visible characters per element: all text, and text outside links ("prose"). */
    private static final class TextStats {
        private final Map<Element, int[]> counts = new IdentityHashMap<>();

        /** Takes an element's counts away from its ancestors, before it is removed. */
        void subtract(Element e) {
            int[] mine = counts.get(e);
            for (Element p = e.parent(); p != null && mine != null; p = p.parent()) {
                int[] up = counts.get(p);
                if (up == null) {
                    break;
                }
                up[0] -= mine[0];
                up[1] -= mine[1];
            }
        }

        static TextStats of(Element root) {
            TextStats stats = new TextStats();
            root.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e) {
                        stats.counts.put(e, new int[2]);
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof TextNode t && t.parent() instanceof Element parent) {
                        int n = visible(t.getWholeText());
                        int[] c = stats.counts.get(parent);
                        c[0] += n;
                        if (!inLink(parent)) {
                            c[1] += n;
                        }
                    } else if (node instanceof Element e && e != root && e.parent() != null) {
                        int[] mine = stats.counts.get(e);
                        int[] up = stats.counts.get(e.parent());
                        up[0] += mine[0];
                        up[1] += mine[1];
                    }
                }
            });
            return stats;
        }

        int text(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[0];
        }

        int prose(Element e) {
            int[] c = counts.get(e);
            return c == null ? 0 : c[1];
        }

        private static boolean inLink(Element e) {
            for (Element p = e; p != null; p = p.parent()) {
                if (p.normalName().equals("a")) {
                    return true;
                }
                if (p.normalName().equals("p") || p.normalName().equals("li") || p.normalName().equals("body")) {
                    return false;
                }
            }
            return false;
        }

        private static int visible(String s) {
            int n = 0;
            for (int i = 0; i < s.length(); i++) {
                if (!Character.isWhitespace(s.charAt(i))) {
                    n++;
                }
            }
            return n;
        }
    }
}
