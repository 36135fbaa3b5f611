package org.fineprint.extract;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Link targets as they go into the text: absolute, without tracking parameters or session ids,
 * and with Cloudflare-obfuscated e-mail addresses decoded, so that none of these change the text
 * from one fetch to the next.
 */
final class Links {
    /** Query parameters that only track a visit; {@code utm_*} and {@code _hs*} are matched by prefix. */
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
            "_ga", "_gl", "_gac", "igshid", "yclid", "ysclid", "ref_src", "ref_url", "twclid", "ttclid",
            "li_fat_id", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wickedid",
            "rb_clickid", "s_cid", "epik", "srsltid", "__hstc", "__hssc", "__hsfp", "hsctatracking",
            "_branch_match_id", "_kx", "ga_source", "ga_medium", "ga_campaign", "ga_content", "ga_term");
    private static final Pattern SESSION_ID = Pattern.compile(";(?:jsessionid|phpsessid|sid)=[^?#/]*",
            Pattern.CASE_INSENSITIVE);
    private static final String CLOUDFLARE_EMAIL = "/cdn-cgi/l/email-protection";
    private static final Set<String> KEPT_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp");

    private Links() {
    }

    /**
     * The target to print for a link, or {@code null} when it has none worth printing (no
     * {@code href}, an in-page script, a {@code data:} URL).
     *
     * @param a the {@code <a>} element
     * @param base the http(s) URL relative links resolve against, or {@code null} to keep them
     *     as written (a local file has no useful base)
     */
    static @Nullable String target(Element a, @Nullable String base) {
        String raw = a.attr("href").strip();
        if (raw.isEmpty() || raw.startsWith("#")) {
            return null; // a link within the page (a heading's permalink, a table of contents)
        }
        int cf = raw.indexOf(CLOUDFLARE_EMAIL);
        if (cf >= 0) {
            String email = decodeCloudflareEmail(raw.substring(raw.indexOf('#', cf) + 1));
            return email == null ? null : "mailto:" + email;
        }
        String scheme = scheme(raw);
        String url;
        if (scheme != null) {
            if (!KEPT_SCHEMES.contains(scheme)) {
                return null;
            }
            url = raw;
        } else if (base != null) {
            url = StringUtil.resolve(base, raw);
            if (url.isEmpty()) {
                return null;
            }
        } else {
            url = raw;
        }
        if (base != null && samePage(url, base)) {
            return null;
        }
        return clean(canonical(url));
    }

    /**
     * Writes scheme and host in lower case and an empty path as {@code /}, as browsers serialise
     * URLs, so that {@code HTTPS://Example.com} and {@code https://example.com/} print the same.
     */
    static String canonical(String url) {
        int colon = url.indexOf("://");
        if (colon <= 0) {
            return url;
        }
        int hostStart = colon + 3;
        int hostEnd = hostStart;
        while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String authority = url.substring(hostStart, hostEnd);
        int at = authority.lastIndexOf('@');
        String host = (at < 0 ? authority : authority.substring(at + 1)).toLowerCase(Locale.ROOT);
        String rest = url.substring(hostEnd);
        if (rest.isEmpty() || rest.charAt(0) != '/') {
            rest = "/" + rest;
        }
        return url.substring(0, colon).toLowerCase(Locale.ROOT) + "://"
                + (at < 0 ? "" : authority.substring(0, at + 1)) + host + rest;
    }

    /**
     * Removes tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) and session ids
     * from a URL, keeping everything else (order, encoding, fragment) as written; also escapes
     * spaces and parentheses, which would end a Markdown link.
     */
    static String clean(String url) {
        String u = SESSION_ID.matcher(url).replaceAll("");
        int q = u.indexOf('?');
        if (q >= 0) {
            int hash = u.indexOf('#', q);
            String query = hash < 0 ? u.substring(q + 1) : u.substring(q + 1, hash);
            String fragment = hash < 0 ? "" : u.substring(hash);
            StringBuilder kept = new StringBuilder();
            for (String param : query.split("&")) {
                if (param.isEmpty() || isTracking(param)) {
                    continue;
                }
                if (!kept.isEmpty()) {
                    kept.append('&');
                }
                kept.append(param);
            }
            u = u.substring(0, q) + (kept.isEmpty() ? "" : "?" + kept) + fragment;
        }
        return u.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }

    /** True for {@code page#section} when {@code page} is the base itself. */
    private static boolean samePage(String url, String base) {
        int hash = url.indexOf('#');
        if (hash < 0) {
            return false;
        }
        int baseHash = base.indexOf('#');
        return url.substring(0, hash).equals(baseHash < 0 ? base : base.substring(0, baseHash));
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.startsWith("_hs") || TRACKING.contains(name);
    }

    /**
     * Decodes an address hidden by Cloudflare's e-mail obfuscation: hex digits whose first byte is
     * the key that every following byte is XOR-ed with.
     *
     * @return the address, or {@code null} when {@code hex} is not such an encoding
     */
    static @Nullable String decodeCloudflareEmail(String hex) {
        if (hex.length() < 4 || hex.length() % 2 != 0 || !hex.matches("[0-9a-fA-F]+")) {
            return null;
        }
        byte[] bytes = HexFormat.of().parseHex(hex);
        int key = bytes[0] & 0xff;
        StringBuilder s = new StringBuilder(bytes.length - 1);
        for (int i = 1; i < bytes.length; i++) {
            int c = (bytes[i] & 0xff) ^ key;
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
            s.append((char) c);
        }
        return s.indexOf("@") > 0 ? s.toString() : null;
    }

    private static @Nullable String scheme(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i == 0 ? null : url.substring(0, i).toLowerCase(Locale.ROOT);
            }
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return null;
            }
        }
        return null;
    }
}
