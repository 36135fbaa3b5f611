package org.fineprint.archive;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hash that decides whether a new version is recorded: the SHA-256 of the text with the date
 * of every line that only states a date stamp ("Last updated: March 3, 2025", "Stand: 01.02.2025",
 * "Dernière mise à jour : 3 mars 2025") masked, so that a stamp that moves on its own is not a
 * change. The stored text keeps the line; only the key ignores its date.
 *
 * @param sha256 64 lower-case hexadecimal digits
 */
public record ChangeKey(String sha256) {
    /** What a masked date becomes in {@link #maskDateStamps(String)}. */
    public static final String DATE_MASK = "[date]";

    private static final String LABELS = String.join("|",
            // English
            "(?:date\\s+of\\s+)?last\\s+(?:updated|modified|revised|changed|amended|reviewed)(?:\\s+(?:on|at|as\\s+of))?",
            "(?:date\\s+)?(?:updated|modified|revised|amended|published|posted)(?:\\s+(?:on|at|as\\s+of))?",
            "(?:date\\s+of\\s+)?(?:last\\s+)?(?:update|revision|modification)",
            "effective(?:\\s+(?:date|as\\s+of|from|on|since))?",
            "(?:version|release)(?:\\s+(?:date|dated|of))?",
            "as\\s+of",
            "(?:this|these|the|our)\\s[\\p{L}'’\\s]{1,40}?\\s(?:was|were|has\\s+been|have\\s+been|is|are)\\s+"
                    + "(?:last\\s+)?(?:updated|modified|revised|amended|effective)(?:\\s+(?:on|as\\s+of))?",
            // French
            "(?:date\\s+de\\s+(?:la\\s+)?)?derni[eè]re\\s+(?:mise\\s+[àa]\\s+jour|modification|r[ée]vision)(?:\\s+(?:le|du))?",
            "(?:date\\s+de\\s+)?mise?\\s+[àa]\\s+jour(?:\\s+(?:le|du))?",
            "(?:date\\s+d['’])?entr[ée]e\\s+en\\s+vigueur(?:\\s+(?:le|du))?",
            "en\\s+vigueur(?:\\s+(?:le|au|du|depuis\\s+le|[àa]\\s+compter\\s+du))?",
            "applicable(?:\\s+(?:le|au|[àa]\\s+compter\\s+du|[àa]\\s+partir\\s+du))?",
            "modifi[ée]e?s?\\s+le",
            "version(?:\\s+(?:du|en\\s+vigueur\\s+au))?",
            "(?:la|le|les|cette|ces)\\s[\\p{L}'’\\s]{1,40}?\\s(?:a|ont)\\s+[ée]t[ée]\\s+"
                    + "(?:mise?s?\\s+[àa]\\s+jour|modifi[ée]e?s?)(?:\\s+le)?",
            // German
            "stand(?:\\s+(?:vom|am))?",
            "zuletzt\\s+(?:aktualisiert|ge[äa]ndert|[üu]berarbeitet)(?:\\s+am)?",
            "letzte\\s+(?:aktualisierung|[äa]nderung|[üu]berarbeitung)(?:\\s+(?:am|vom))?",
            "(?:datum\\s+der\\s+letzten\\s+)(?:aktualisierung|[äa]nderung)",
            "aktualisiert(?:\\s+am)?",
            "g[üu]ltig\\s+(?:ab|seit|vom)",
            "in\\s+kraft\\s+(?:seit|ab)",
            "version\\s+vom",
            // Spanish, Italian, Portuguese, Dutch
            "[úu]ltima\\s+(?:actualizaci[óo]n|modificaci[óo]n|atualiza[çc][ãa]o)",
            "fecha\\s+de\\s+(?:entrada\\s+en\\s+vigor|actualizaci[óo]n)",
            "ultim[oa]\\s+(?:aggiornamento|modifica)",
            "laatst\\s+(?:bijgewerkt|gewijzigd)(?:\\s+op)?");

    /** Markdown decoration before the label: heading marks, list markers, quotes, emphasis. */
    private static final String PREFIX = "(?<prefix>[ \\t#>*+\\-_•]*)";
    private static final String END = "(?<end>[\\s.*_)\\]]*)";

    private static final Pattern LABELLED = Pattern.compile(
            "^" + PREFIX + "(?<label>" + LABELS + ")(?<sep>[*_]*\\s*[:：\\-–—]?[*_]*\\s*)(?<date>.{1,60}?)" + END + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "^" + PREFIX + "(?:" + LABELS + ")[*_]*\\s*[:：]?" + END + "$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BARE_DATE = Pattern.compile(
            "^" + PREFIX + "(?<date>.{4,40}?)" + END + "$");

    private static final Pattern NUMBER = Pattern.compile(
            "\\d{1,4}(?:st|nd|rd|th|er|re|e|ème|eme|°|º|\\.)?|\\d{1,4}(?:[./-]\\d{1,4}){1,2}\\.?|\\d{1,2}:\\d{2}(?::\\d{2})?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\.?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d\\.?");

    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec",
            "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
            "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fevr", "avr",
            "juil", "déc",
            "januar", "jänner", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember",
            "okt", "dez",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "setiembre", "octubre", "noviembre", "diciembre",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
            "januari", "februari", "maart", "mei", "augustus");
    private static final Set<String> FILLERS = Set.of(
            "of", "the", "on", "at", "de", "du", "le", "la", "den", "der", "am", "vom", "el", "del", "di",
            "utc", "gmt", "cet", "cest", "pst", "pdt", "est", "edt", "pm", "h",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag");

    public ChangeKey {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a change key is 64 lower-case hexadecimal digits: " + sha256);
        }
    }

    /**
     * Computes the change key of a version's text.
     *
     * @param text the normalised text as stored
     * @return the SHA-256 of {@link #maskDateStamps(String) the text with date stamps masked}
     */
    public static ChangeKey of(String text) {
        return new ChangeKey(Hashes.sha256Hex(maskDateStamps(text)));
    }

    /**
     * Replaces the date of every line that only states a date stamp with {@value #DATE_MASK}.
     * A line qualifies when it is a known label ("Last updated", "Effective date", "Stand",
     * "Dernière mise à jour", "This policy was last revised on", …) followed by a date and nothing
     * else, when it is only a date (with a month name, or a full numeric date), or when it is only
     * a date and the line before it is only such a label.
     *
     * @param text any text; lines are separated by {@code \n}
     * @return the text with those dates masked; every other character unchanged
     */
    public static String maskDateStamps(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        String previous = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            out.append(line.length() <= 160 ? mask(line, previous) : line);
            if (!line.isBlank()) {
                previous = line;
            }
        }
        return out.toString();
    }

    private static String mask(String line, String previous) {
        Matcher m = LABELLED.matcher(line);
        if (m.matches() && isDate(m.group("date"), false)) {
            return replaceDate(line, m);
        }
        m = BARE_DATE.matcher(line);
        if (m.matches() && isDate(m.group("date"), !LABEL_ONLY.matcher(previous).matches())) {
            return replaceDate(line, m);
        }
        return line;
    }

    private static String replaceDate(String line, Matcher m) {
        return line.substring(0, m.start("date")) + DATE_MASK + line.substring(m.end("date"));
    }

    /**
     * True when every word of {@code s} belongs to a date: numbers (with ordinal suffixes),
     * numeric dates, times, month and weekday names and a few fillers ("of", "le", "vom").
     *
     * It must also look like a date, not a version number: a month name with a number, a full
     * numeric date, or (unless {@code strict}) a year.
     *
     * @param strict when true, a year alone is not enough (the line has no label)
     */
    private static boolean isDate(String s, boolean strict) {
        String[] tokens = s.toLowerCase(Locale.ROOT).split("[\\s,]+");
        boolean number = false;
        boolean month = false;
        boolean fullNumeric = false;
        boolean year = false;
        int words = 0;
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            words++;
            if (NUMBER.matcher(token).matches()) {
                number = true;
                fullNumeric |= NUMERIC_DATE.matcher(token).matches();
                year |= YEAR.matcher(token).matches();
            } else {
                String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
                if (MONTHS.contains(word)) {
                    month = true;
                } else if (!FILLERS.contains(word) && !word.equals("-") && !word.equals("–")) {
                    return false;
                }
            }
        }
        if (words == 0 || words > 8 || !number) {
            return false;
        }
        return fullNumeric || month || (!strict && year);
    }
}
