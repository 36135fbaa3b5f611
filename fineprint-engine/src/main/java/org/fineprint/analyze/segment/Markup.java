package org.fineprint.analyze.segment;

import java.util.regex.Pattern;

/** Removes the Markdown the extractor keeps, for reading and for classifier features. */
public final class Markup {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Markup() {
    }

    /**
     * The text a reader sees: image and link labels kept, emphasis and escapes removed, runs of
     * white space made one space.
     *
     * @param s extracted Markdown text, such as a clause
     * @return the plain text, stripped
     */
    public static String strip(String s) {
        String out = IMAGE.matcher(s).replaceAll("$1");
        out = LINK.matcher(out).replaceAll("$1");
        out = EMPHASIS.matcher(out).replaceAll("");
        out = ESCAPE.matcher(out).replaceAll("$1");
        return SPACES.matcher(out).replaceAll(" ").strip();
    }
}
