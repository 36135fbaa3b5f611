package org.fineprint.analyze.point;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads specifics out of a point's evidence so its title can say them: the arbitration body and
 * seat, the governing law and courts, the liability cap, notice and retention periods, the
 * minimum age, the countries data goes to and the partners named. Pure functions over text;
 * each returns empty when the evidence does not say.
 */
public final class Details {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Arbitration bodies, matched on their names or abbreviations, to the short form shown. */
    private static final Map<Pattern, String> ARBITRATION_BODIES = Map.ofEntries(
            Map.entry(Pattern.compile("\\bHKIAC\\b|Hong Kong International Arbitration Cent", FLAGS), "HKIAC"),
            Map.entry(Pattern.compile("\\bSIAC\\b|Singapore International Arbitration Cent", FLAGS), "SIAC"),
            Map.entry(Pattern.compile("\\bJAMS\\b|Judicial Arbitration and Mediation Services"), "JAMS"),
            Map.entry(Pattern.compile("\\bAAA\\b|American Arbitration Association", FLAGS), "AAA"),
            Map.entry(Pattern.compile("\\bICC\\b|International Chamber of Commerce", FLAGS), "ICC"),
            Map.entry(Pattern.compile("\\bLCIA\\b|London Court of International Arbitration", FLAGS), "LCIA"),
            Map.entry(Pattern.compile("\\bCIETAC\\b|China International Economic and Trade Arbitration", FLAGS), "CIETAC"),
            Map.entry(Pattern.compile("\\bICDR\\b|International Centre for Dispute Resolution", FLAGS), "ICDR"),
            Map.entry(Pattern.compile("\\bNAM\\b|National Arbitration and Mediation", FLAGS), "NAM"));

    /** A place name: capitalised words, optionally "the State of …", "England and Wales". */
    private static final String PLACE =
            "((?:(?i:the)\\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom|Grand Duchy)\\s+(?i:of)\\s+)?"
            + "[A-Z][\\p{L}.'’-]+(?:[ ,]+(?:(?:and|of)\\s+)?[A-Z][\\p{L}.'’-]+){0,4})";
    private static final Pattern GOVERNING_LAW = Pattern.compile(
            "(?i:govern(?:ed)?|constru(?:ed|e)|interpret(?:ed)?)[^.;]{0,80}?\\b(?i:laws?\\s+of)\\s+" + PLACE);
    private static final Pattern GOVERNING_LAW_ADJ = Pattern.compile(
            "\\b(English|Irish|German|French|Dutch|Swedish|Swiss|Luxembourg|Singapore|Californian|New York|Delaware|Japanese|Chinese)\\s+law\\b");
    private static final Pattern COURTS = Pattern.compile(
            "(?i:courts?\\s+(?:(?:located|sitting|situated|seated)\\s+)?(?:of|in))\\s+" + PLACE);
    private static final Pattern ARBITRATION_SEAT = Pattern.compile(
            "(?i:(?:seat|place|venue|location)\\s+of\\s+(?:the\\s+)?arbitration\\s+(?:shall|will|is)\\s+(?:be\\s+)?(?:in\\s+)?)" + PLACE);
    private static final Pattern HELD_IN = Pattern.compile(
            "\\b(?i:held|conducted|take place|takes place|seated|be|heard|located)\\s+(?i:in)\\s+" + PLACE);
    private static final Set<String> LANGUAGES = Set.of("English", "French", "German", "Spanish", "Chinese",
            "Italian", "Dutch", "Portuguese", "Japanese", "Korean", "Russian", "Swedish", "Polish", "Arabic");
    private static final Pattern MONEY = Pattern.compile(
            "(?:US\\s?\\$|USD\\s?|\\$|€|EUR\\s?|£|GBP\\s?|HK\\$|S\\$|RMB\\s?)\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:USD|EUR|GBP|dollars))?");
    private static final Pattern FEES_PAID_PERIOD = Pattern.compile(
            "(?:amounts?|fees?|sums?)[^.;]{0,30}?(?:paid|payable)[^.;]{0,60}?\\b(?:in|during|for|over)\\s+the\\s+"
            + "(?:last\\s+|preceding\\s+|prior\\s+|previous\\s+)?"
            + "((?:\\d+|one|three|six|twelve)\\s*(?:\\(\\d+\\)\\s*)?months?)", FLAGS);
    private static final String NUMBER_WORD =
            "\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            + "eighteen|twenty|twenty-one|thirty|forty-five|sixty|ninety";
    private static final Pattern NOTICE = Pattern.compile(
            "(?:at\\s+least\\s+)?(" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(days?|weeks?|months?)['’]?\\s+(?:prior\\s+|advance\\s+|written\\s+)*notice"
            + "|notice[^.;]{0,40}?\\b(?:at\\s+least\\s+)?(" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(days?|weeks?|months?)\\s+(?:before|in advance|prior)",
            FLAGS);
    private static final Pattern PERIOD = Pattern.compile(
            "(?:for|up\\s+to|within|after|of|maximum\\s+of|period\\s+of)\\s+(?:a\\s+(?:maximum|period)\\s+of\\s+)?(?:up\\s+to\\s+)?("
            + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(days?|weeks?|months?|years?)", FLAGS);
    private static final Pattern AGE = Pattern.compile(
            "(?:at\\s+least|over|under|older\\s+than|younger\\s+than|minimum\\s+age\\s+(?:of|is)|age\\s+of|aged)\\s+"
            + "(?:the\\s+age\\s+of\\s+)?(\\d{2}|thirteen|fourteen|fifteen|sixteen|eighteen|twenty-one)\\b"
            + "|\\b(\\d{2})\\s+(?:years?\\s+(?:of\\s+age|old)|or\\s+older|and\\s+(?:over|older))", FLAGS);
    private static final List<String> COUNTRIES = List.of(
            "United States", "USA", "Canada", "Mexico", "Brazil", "United Kingdom", "Ireland", "Germany", "France",
            "Netherlands", "Belgium", "Luxembourg", "Switzerland", "Sweden", "Norway", "Denmark", "Finland", "Spain",
            "Italy", "Portugal", "Poland", "Czech Republic", "Austria", "Russia", "Russian Federation", "Turkey",
            "Israel", "United Arab Emirates", "Saudi Arabia", "India", "China", "mainland China", "Hong Kong",
            "Taiwan", "Singapore", "Japan", "South Korea", "Korea", "Australia", "New Zealand", "Indonesia",
            "Malaysia", "Philippines", "Vietnam", "Thailand", "South Africa", "Nigeria", "Egypt", "Argentina", "Chile");
    private static final List<String> PARTNERS = List.of(
            "Google", "Facebook", "Meta", "Instagram", "WhatsApp", "Microsoft", "Amazon", "Apple", "Alibaba", "Alipay",
            "Ant Group", "Tencent", "ByteDance", "TikTok", "Twitter", "LinkedIn", "Snap", "Pinterest", "Criteo",
            "AppsFlyer", "Adjust", "Branch", "Braze", "Mixpanel", "Amplitude", "Segment", "Hotjar", "Stripe", "PayPal",
            "Adyen", "Klarna", "Salesforce", "Oracle", "Adobe", "Nielsen", "comScore", "Taboola", "Outbrain",
            "The Trade Desk", "Quantcast", "OpenAI", "Anthropic", "Cloudflare", "Akamai", "Zendesk", "Intercom");
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("twenty-one", 21), Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("sixty", 60),
            Map.entry("ninety", 90));
    private static final Set<String> NOT_PLACES = Set.of("the", "these", "this", "such", "any", "applicable", "your",
            "its", "our", "their", "all", "each");

    /** Places a capture is reduced to when it contains one ("Hong Kong Special Administrative Region" → "Hong Kong"). */
    private static final List<String> CANONICAL_PLACES = List.of(
            "England and Wales", "Northern Ireland", "Scotland", "Hong Kong", "Singapore", "Ireland", "Luxembourg",
            "Netherlands", "Switzerland", "Germany", "France", "Sweden", "Delaware", "California", "New York",
            "Washington", "Texas", "Massachusetts", "Utah", "Illinois", "Florida", "Virginia", "Ontario", "Quebec",
            "British Columbia", "China", "Japan", "India", "Israel", "Australia", "Cyprus", "Malta", "Estonia",
            "Lithuania", "Czech Republic", "Korea", "Russian Federation", "Brazil", "Canada", "United Kingdom",
            "United States");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "and", "any", "as", "at", "by", "for", "from",
            "in", "into", "of", "on", "or", "the", "to", "under", "with", "without", "its", "their", "such", "shall",
            "will", "be", "is", "are", "all", "this", "that", "these", "your", "our", "you", "we", "us");
    private static final Set<String> ACRONYMS = Set.of("HKIAC", "SIAC", "JAMS", "AAA", "ICC", "LCIA", "CIETAC", "ICDR",
            "NAM", "PRC", "USA", "US", "UK", "EU", "EEA", "SAR", "USD", "EUR", "GBP", "RMB", "HK", "LLC", "LTD", "INC");

    private Details() {
    }

    /**
     * The evidence as ordinary mixed-case text: ALL-CAPS legal blocks are recased word by word
     * (small words lower case, acronyms kept) so place and body names can be read from them.
     */
    public static String readable(String evidence) {
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < evidence.length(); i++) {
            char c = evidence.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        if (letters < 20 || upper < letters * 0.6) {
            return evidence;
        }
        Matcher m = Pattern.compile("\\p{L}[\\p{L}'’]*").matcher(evidence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(Locale.ROOT);
            int k = m.start() - 1;
            while (k >= 0 && Character.isWhitespace(evidence.charAt(k))) {
                k--;
            }
            boolean sentenceStart = k < 0 || ".!?:;".indexOf(evidence.charAt(k)) >= 0;
            String recased = ACRONYMS.contains(word.toUpperCase(Locale.ROOT)) ? word.toUpperCase(Locale.ROOT)
                    : SMALL_WORDS.contains(lower) && !sentenceStart ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            m.appendReplacement(out, Matcher.quoteReplacement(recased));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Short names of the arbitration bodies the evidence names, in the order found. */
    public static List<String> arbitrationBodies(String evidence) {
        record Found(int at, String name) { }
        List<Found> found = new ArrayList<>();
        ARBITRATION_BODIES.forEach((p, name) -> {
            Matcher m = p.matcher(evidence);
            if (m.find()) {
                found.add(new Found(m.start(), name));
            }
        });
        found.sort(java.util.Comparator.comparingInt(Found::at));
        return found.stream().map(Found::name).toList();
    }

    /** Where arbitration takes place, e.g. "Hong Kong". */
    public static Optional<String> arbitrationSeat(String evidence) {
        String text = readable(evidence);
        Matcher m = ARBITRATION_SEAT.matcher(text);
        while (m.find()) {
            Optional<String> p = place(m.group(1));
            if (p.isPresent()) {
                return p;
            }
        }
        for (String sentence : text.split("(?<=[.;])\\s+")) {
            if (!sentence.toLowerCase(Locale.ROOT).contains("arbitra")) {
                continue;
            }
            Matcher held = HELD_IN.matcher(sentence);
            while (held.find()) {
                Optional<String> p = place(held.group(1));
                if (p.isPresent()) {
                    return p;
                }
            }
        }
        return Optional.empty();
    }

    /** How {@link #governingLaws} names the law of a place: "the law of " + the place. */
    static final String LAW_OF = "the law of ";

    /**
     * The laws the terms are governed by, in order of mention and as a title reads them: "the law of
     * Singapore", "the law of the State of California", "English law". A document that bundles
     * several agreements may name more than one.
     */
    public static List<String> governingLaws(String evidence) {
        String text = readable(evidence);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = GOVERNING_LAW.matcher(text);
        while (m.find()) {
            place(m.group(1)).ifPresent(p -> out.add(LAW_OF + p));
        }
        Matcher adj = GOVERNING_LAW_ADJ.matcher(text);
        while (adj.find()) {
            out.add(adj.group(1) + " law");
        }
        return List.copyOf(out);
    }

    /** The place whose courts hear disputes, e.g. "Hong Kong". */
    public static Optional<String> courts(String evidence) {
        Matcher m = COURTS.matcher(readable(evidence));
        while (m.find()) {
            Optional<String> p = place(m.group(1));
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** A liability cap: an amount ("US$100") and/or "fees paid in the 12 months" wording. */
    public static Optional<String> liabilityCap(String evidence) {
        Matcher money = MONEY.matcher(evidence);
        String amount = money.find() ? money.group().strip() : null;
        Matcher fees = FEES_PAID_PERIOD.matcher(evidence);
        String period = fees.find() ? "what you paid in the last " + normalisePeriod(fees.group(1)) : null;
        if (amount != null && period != null) {
            return Optional.of(period + " or " + amount);
        }
        return Optional.ofNullable(amount != null ? amount : period);
    }

    /** A notice period, e.g. "30 days". */
    public static Optional<String> noticePeriod(String evidence) {
        Matcher m = NOTICE.matcher(evidence);
        if (!m.find()) {
            return Optional.empty();
        }
        String n = m.group(1) != null ? m.group(1) : m.group(3);
        String unit = m.group(2) != null ? m.group(2) : m.group(4);
        return Optional.of(quantity(n, unit));
    }

    /** A stated period, e.g. "6 months" (retention, deletion delays). */
    public static Optional<String> period(String evidence) {
        Matcher m = PERIOD.matcher(evidence);
        return m.find() ? Optional.of(quantity(m.group(1), m.group(2))) : Optional.empty();
    }

    /** A minimum age, e.g. 13. */
    public static Optional<Integer> minimumAge(String evidence) {
        Matcher m = AGE.matcher(evidence);
        while (m.find()) {
            String raw = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            Integer age = raw.chars().allMatch(Character::isDigit) ? Integer.valueOf(raw) : NUMBER_WORDS.get(raw);
            if (age != null && age >= 12 && age <= 21) {
                return Optional.of(age);
            }
        }
        return Optional.empty();
    }

    /** A list of places data leaves from ("outside the EEA, the UK, or Switzerland"), not goes to. */
    private static final Pattern OUTSIDE_OF = Pattern.compile("\\boutside(?: of)?(?: the)?\\s[^.;:]*?(?=\\s(?:to|in|into|we|it|you)\\b|[.;:]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Countries named in the evidence as places data is kept or goes to, in order, without repeats. */
    public static List<String> countries(String evidence) {
        return named(OUTSIDE_OF.matcher(evidence).replaceAll(m -> " ".repeat(m.group().length())), COUNTRIES);
    }

    /** Well-known companies named as partners or recipients, in order, without repeats. */
    public static List<String> partners(String evidence) {
        return named(evidence, PARTNERS);
    }

    private static List<String> named(String evidence, List<String> names) {
        record Found(int at, String name) { }
        List<Found> found = new ArrayList<>();
        for (String name : names) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(evidence);
            if (m.find()) {
                found.add(new Found(m.start(), name));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::at));
        Set<String> out = new LinkedHashSet<>();
        for (Found f : found) {
            boolean covered = out.stream().anyMatch(o -> o.contains(f.name()) || f.name().contains(o));
            if (!covered) {
                out.add(f.name());
            }
        }
        return List.copyOf(out);
    }

    /** "thirty", "days" → "30 days"; "1", "years" → "1 year". */
    static String quantity(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        Integer value = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : NUMBER_WORDS.get(n);
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        int v = value == null ? 0 : value;
        return v + " " + u + (v == 1 ? "" : "s");
    }

    private static String normalisePeriod(String raw) {
        Matcher m = Pattern.compile("(" + NUMBER_WORD + ")\\s*(?:\\(\\d+\\)\\s*)?(months?)", FLAGS).matcher(raw);
        return m.find() ? quantity(m.group(1), m.group(2)) : raw;
    }

    /** Cleans a captured place: trims trailing words that are not part of it. */
    private static Optional<String> place(String raw) {
        for (String known : CANONICAL_PLACES) {
            if (Pattern.compile("\\b" + Pattern.quote(known) + "\\b", FLAGS).matcher(raw).find()) {
                return Optional.of(known);
            }
        }
        String p = raw.strip().replaceAll("[,.]+$", "");
        if (LANGUAGES.contains(p.split("\\s+")[0])) {
            return Optional.empty();
        }
        p = p.replaceAll("\\s+(?:and|without|excluding|including|except|applicable|as|in|to|shall|will|which|that)(?:\\s.*)?$", "");
        p = p.replaceAll("[,.]+$", "").strip();
        String first = p.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (p.isEmpty() || (NOT_PLACES.contains(first) && !p.toLowerCase(Locale.ROOT).startsWith("the state")
                && !p.toLowerCase(Locale.ROOT).startsWith("the republic") && !p.toLowerCase(Locale.ROOT).startsWith("the people")
                && !p.toLowerCase(Locale.ROOT).startsWith("the netherlands") && !p.toLowerCase(Locale.ROOT).startsWith("the united"))) {
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
