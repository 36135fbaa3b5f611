package org.fineprint.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Drops what a reader never sees as text: scripts, styles, embedded objects, form controls and
 * hidden elements ({@code hidden}, {@code aria-hidden="true"}, inline {@code display:none} or
 * {@code visibility:hidden}), unless the hidden elements hold much of the text (sections folded
 * by an accordion). Also decodes Cloudflare-obfuscated e-mail addresses in place.
 */
final class NoiseFilter {
    private static final Set<String> NOISE_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "frame", "object", "embed",
            "canvas", "video", "audio", "source", "track", "picture", "img", "map", "area", "link",
            "meta", "head", "title", "base", "input", "select", "textarea", "option", "optgroup",
            "datalist", "meter", "progress", "output");
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?:^|[;\\s])(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)(?:\\s*!important)?\\s*(?:;|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Hidden elements holding more than this share of the text are collapsed content, not clutter. */
    static final double HIDDEN_SHARE_KEPT = 0.3;

    private NoiseFilter() {
    }

    /**
     * Cleans the descendants of {@code root} in place; {@code root} itself always stays (a
     * declaration may select an element that is hidden until a script shows it). Hidden elements
     * stay too when they hold more than {@link #HIDDEN_SHARE_KEPT} of the text: then the page
     * folds its content into collapsed sections rather than hiding clutter.
     */
    static void clean(Element root) {
        List<Node> noise = new ArrayList<>();
        List<Element> hidden = new ArrayList<>();
        List<Element> cloudflare = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == root || !(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (isNoiseTag(e)) {
                    noise.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isHidden(e)) {
                    hidden.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e.hasAttr("data-cfemail")) {
                    cloudflare.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        noise.forEach(Node::remove);
        if (!hidden.isEmpty() && hiddenText(hidden) <= HIDDEN_SHARE_KEPT * visibleChars(root)) {
            hidden.forEach(Node::remove);
        } else if (!hidden.isEmpty()) {
            hidden.forEach(NoiseFilter::clean); // keep the folded content, still without scripts
        }
        for (Element e : cloudflare) {
            String email = Links.decodeCloudflareEmail(e.attr("data-cfemail"));
            if (email == null) {
                e.remove();
            } else {
                e.replaceWith(new TextNode(email));
            }
        }
    }

    private static int hiddenText(List<Element> hidden) {
        int n = 0;
        for (Element e : hidden) {
            n += visibleChars(e);
        }
        return n;
    }

    private static int visibleChars(Element e) {
        int[] n = {0};
        e.forEachNode(node -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    if (!Character.isWhitespace(s.charAt(i))) {
                        n[0]++;
                    }
                }
            }
        });
        return n[0];
    }

    /** True for elements whose content is never text a reader sees, hidden or not. */
    static boolean isNoiseTag(Element e) {
        String name = e.normalName();
        if (NOISE_TAGS.contains(name)) {
            return true;
        }
        return name.equals("button") && !isDisclosureButton(e);
    }

    /** True for elements hidden by attribute or inline style. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") && !e.attr("hidden").equalsIgnoreCase("until-found")) {
            return true;
        }
        if (e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /**
     * A button that opens a section (an accordion title) carries the section's heading: keep it.
     */
    private static boolean isDisclosureButton(Element button) {
        if (button.hasAttr("aria-expanded") || button.hasAttr("aria-controls")) {
            return true;
        }
        for (Element p = button.parent(); p != null; p = p.parent()) {
            if (HEADINGS.contains(p.normalName()) || p.normalName().equals("summary")) {
                return true;
            }
            if (p.normalName().equals("body")) {
                break;
            }
        }
        return false;
    }
}
