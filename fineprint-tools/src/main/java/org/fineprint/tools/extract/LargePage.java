package org.fineprint.tools.extract;

import java.nio.charset.StandardCharsets;

/** A large, terms-shaped HTML page for benchmarks: navigation, numbered sections, lists, tables, links. */
final class LargePage {
    private LargePage() {
    }

    /**
     * @param bytes approximate size in bytes
     * @return UTF-8 HTML of about that size, always the same for the same size
     */
    static byte[] generate(int bytes) {
        StringBuilder s = new StringBuilder(bytes + 4096);
        s.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Terms</title>")
                .append("<script>var tracking = {id: 42};</script><style>.x{color:red}</style></head><body>")
                .append("<header><nav><a href=\"/\">Home</a> <a href=\"/privacy\">Privacy</a></nav></header>")
                .append("<main><h1>Terms of Service</h1><p>Last updated: March 3, 2025</p>");
        int i = 0;
        while (s.length() < bytes) {
            i++;
            s.append("<h2>").append(i).append(". Section about the use of our Services</h2>")
                    .append("<p>We may change these Terms at any time. By continuing to use the Services you accept ")
                    .append("the changes; see our <a href=\"/policies/").append(i)
                    .append("?utm_source=newsletter&amp;utm_medium=email&amp;id=").append(i)
                    .append("\">policy&nbsp;page</a> for d\u00e9tails \u2014 \u201cquoted\u201d text.</p>")
                    .append("<ol><li>You must be 18 or older.</li><li>You must not <b>misuse</b> the Services.")
                    .append("<ul><li>No scraping.</li><li>No spam.</li></ul></li></ol>")
                    .append("<table><tr><th>Data</th><th>Purpose</th></tr><tr><td>Email</td><td>Account</td></tr></table>")
                    .append("<div style=\"display:none\">hidden tracking pixel</div>\n");
        }
        s.append("</main><footer><a href=\"/contact\">Contact</a></footer></body></html>");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
