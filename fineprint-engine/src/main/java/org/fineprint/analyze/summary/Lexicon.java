package org.fineprint.analyze.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A list of plain-language names, each recognised by a pattern over clause text: "precise
 * location" for "GPS coordinates", "advertisers" for "advertising partners". Finds which names a
 * text mentions, in the lexicon's order.
 */
final class Lexicon {
    private final Map<String, Pattern> entries;

    private Lexicon(Map<String, Pattern> entries) {
        this.entries = entries;
    }

    /** Builds a lexicon from name, regex, name, regex, … (regexes are case-insensitive). */
    static Lexicon of(String... nameThenRegex) {
        Map<String, Pattern> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenRegex.length; i += 2) {
            entries.put(nameThenRegex[i], Pattern.compile(nameThenRegex[i + 1],
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return new Lexicon(entries);
    }

    /** The names whose pattern occurs in {@code text}, in lexicon order. */
    List<String> find(String text) {
        List<String> out = new ArrayList<>();
        entries.forEach((name, p) -> {
            if (p.matcher(text).find()) {
                out.add(name);
            }
        });
        return out;
    }

    /** Personal data kinds a privacy policy lists. */
    static final Lexicon DATA = of(
            "name", "\\b(?:your|full|first|last|legal)\\s+names?\\b|\\bname,",
            "email address", "e-?mail address",
            "phone number", "(?:tele)?phone number|mobile number",
            "postal address", "(?:postal|shipping|delivery|billing|home|mailing) address",
            "date of birth", "date of birth|birth ?date|\\bage\\b",
            "payment details", "payment (?:information|details|card|method)|credit card|bank account|card number",
            "government ID", "(?:government|national)[- ]issued|passport|national id|identity (?:card|document)|social security",
            "purchase history", "purchase history|order history|transaction (?:history|information|data)|orders you",
            "messages", "(?:content of )?(?:your )?messages|communications (?:with|you send)|chat",
            "photos and videos", "photos?|videos?|images you",
            "voice recordings", "voice (?:recordings?|data|commands)|audio recordings?",
            "contacts", "(?:address book|contact list|your contacts)",
            "precise location", "precise (?:geo)?location|gps|geolocation|location data|latitude",
            "IP address", "\\bip address",
            "device identifiers", "device (?:id|identifiers?|information)|advertising id|idfa|imei|mac address",
            "browsing activity", "brows(?:ing|er) (?:history|activity|data)|pages? you (?:visit|view)|clickstream|search (?:history|queries)",
            "cookies", "cookies?\\b",
            "biometric data", "biometric|face ?print|facial (?:recognition|geometry)|fingerprint",
            "health data", "health (?:data|information)|medical",
            "social media profile", "social (?:media|network) (?:profile|account)|log in with (?:facebook|google|apple)");

    /** What personal data is used for. */
    static final Lexicon PURPOSES = of(
            "provide the service", "provid(?:e|ing) (?:and (?:maintain|improve) )?(?:the|our) (?:services?|platform)|perform (?:the|our) contract",
            "process orders and payments", "process (?:your )?(?:orders?|payments?|transactions?|purchases?)",
            "personalise what you see", "personali[sz]",
            "show advertising", "advertis|marketing",
            "measure and analyse use", "analytic|measure|statistic",
            "keep the service secure and prevent fraud", "fraud|security|protect (?:our|the) (?:users|platform|services)",
            "comply with the law", "comply with (?:applicable )?(?:laws?|legal)|legal obligations?",
            "improve and develop products", "improve|develop (?:new )?(?:products|services|features)",
            "communicate with you", "communicat|send you|contact you|customer (?:service|support)",
            "train AI models", "train(?:ing)? (?:our |the )?(?:ai|artificial intelligence|machine learning|models?)|machine learning");

    /** Who data is shared with. */
    static final Lexicon RECIPIENTS = of(
            "affiliated companies", "affiliat|group compan|subsidiar|corporate family",
            "service providers", "service providers?|vendors?|processors?|contractors?|suppliers?",
            "advertisers", "advertis(?:ers|ing partners|ing networks)|ad (?:networks?|partners)|marketing partners",
            "analytics providers", "analytics (?:providers?|partners?|services?)|google analytics",
            "payment processors", "payment (?:processors?|providers?|service providers?)",
            "sellers and merchants", "sellers?|merchants?",
            "delivery companies", "logistics|delivery (?:companies|partners|providers)|carriers?|couriers?",
            "business partners", "business partners?|(?:third[- ]party|our) partners",
            "public authorities", "law enforcement|authorit(?:y|ies)|government|regulators?|court orders?|legal process",
            "a buyer if the company is sold", "merger|acquisition|sale of (?:all|assets|the company)|reorgani[sz]ation|bankruptcy",
            "the public", "publicly (?:available|visible)|public profile|anyone (?:can|may) see");

    /** What users can do about their data. */
    static final Lexicon RIGHTS = of(
            "access", "\\baccess\\b|(?:obtain|request) a copy",
            "correct", "correct|rectif|update (?:your|inaccurate)",
            "delete", "delet|eras(?:e|ure)|remov(?:e|al) of (?:your )?(?:personal )?(?:data|information)",
            "export", "portab|export|machine-readable",
            "object to processing", "object|restrict(?:ion)? (?:of|the) processing",
            "withdraw consent", "withdraw (?:your )?consent",
            "opt out of marketing", "opt[- ]out|unsubscribe",
            "complain to a regulator", "lodge a complaint|supervisory authority|data protection authority|complain to");
}
