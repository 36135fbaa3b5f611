package org.fineprint.server.publish.web;

import java.util.regex.Pattern;

/**
 * Markdown-like text as plain text, for quotes and titles shown outside the document viewer.
 *
 * <p>Deliberately not the engine's {@code Markup.strip}: that one makes the classifiers' input
 * (changing it changes what trained models see) and drops every single asterisk and backtick, which
 * a displayed quote should keep; this one also removes heading markers.
 */
final class Plain {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!\"#$%&'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~])");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Plain() {
    }

    /** {@code **Bold** [link](https://x)} → "Bold link"; white space runs become one space. */
    static String text(String markdown) {
        String s = LINK.matcher(markdown).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$1");
        s = HEADING.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The text cut at a word boundary near {@code max} characters, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).stripTrailing() + "\u2026";
    }
}
