package org.fineprint.analyze.point;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    /** Locates and checks the one rule every located quote must keep. */
    private static Optional<Quote> locate(String text, String quote) {
        return verbatim(text, new QuoteLocator(text).locate(quote));
    }

    private static Optional<Quote> verbatim(String text, Optional<Quote> found) {
        found.ifPresent(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
        return found;
    }

    @Nested
    class Exact {
        @Test
        void findsAVerbatimQuoteAtItsOffsets() {
            String text = "# Terms\n\nWe may terminate your account at any time. You agree to arbitration.";

            Quote q = locate(text, "We may terminate your account at any time.").orElseThrow();

            assertThat(q.start()).isEqualTo(9);
            assertThat(q.text()).isEqualTo("We may terminate your account at any time.");
        }

        @Test
        void ignoresWhiteSpaceAroundTheQuote() {
            String text = "You agree to binding arbitration in Singapore.";

            assertThat(locate(text, "  binding arbitration in Singapore \n")).map(Quote::text)
                    .contains("binding arbitration in Singapore");
        }

        @Test
        void refusesQuotesTooShortToProveAnything() {
            assertThat(locate("We may change these terms.", "We may")).isEmpty();
            assertThat(locate("We may change these terms.", "")).isEmpty();
        }

        @Test
        void dropsAQuoteThatIsNotInTheText() {
            assertThat(locate("We never sell your personal data.", "We sell your personal data to advertisers."))
                    .isEmpty();
        }
    }

    @Nested
    class Normalised {
        @Test
        void matchesAcrossLineBreaksAndRepeatedSpaces() {
            String text = "We may   suspend\nyour account\n\nwithout notice.";

            Quote q = locate(text, "We may suspend your account without notice.").orElseThrow();

            assertThat(q.text()).isEqualTo(text);
        }

        @Test
        void matchesNoBreakAndNarrowSpaces() {
            String text = "Vous acceptez l\u2019arbitrage\u00a0: la d\u00e9cision est d\u00e9finitive\u202f!";

            assertThat(locate(text, "Vous acceptez l'arbitrage : la décision est définitive !")).map(Quote::text)
                    .contains(text);
        }

        @Test
        void matchesStraightAgainstCurlyQuotesBothWays() {
            String curly = "The service is provided \u201cas is\u201d and we don\u2019t promise anything.";
            String straight = "The service is provided \"as is\" and we don't promise anything.";

            assertThat(locate(curly, straight)).map(Quote::text).contains(curly);
            assertThat(locate(straight, curly)).map(Quote::text).contains(straight);
        }

        @Test
        void matchesAnyDash() {
            String text = "Fees are non\u2011refundable \u2014 even after cancellation.";

            assertThat(locate(text, "Fees are non-refundable - even after cancellation.")).map(Quote::text)
                    .contains(text);
        }

        @Test
        void ignoresCase() {
            String text = "THE SERVICE IS PROVIDED WITHOUT WARRANTIES OF ANY KIND.";

            assertThat(locate(text, "The service is provided without warranties of any kind.")).map(Quote::text)
                    .contains(text);
        }

        @Test
        void readsThroughMarkdownTheExtractorKeeps() {
            String text = "By using the site you accept our [Privacy Policy](https://example.com/privacy) and "
                    + "**all cookies**, including \\*third-party\\* ones.";

            Quote q = locate(text, "you accept our Privacy Policy and all cookies, including third-party ones.")
                    .orElseThrow();

            assertThat(q.text()).startsWith("you accept our [Privacy Policy](https://example.com/privacy) and **all");
            assertThat(q.text()).endsWith("\\*third-party\\* ones.");
        }

        @Test
        void mapsOffsetsExactlyAroundCharactersOutsideTheBasicPlane() {
            String text = "Welcome \uD83D\uDE00\uD83D\uDE00 friends! We may share your data \uD83D\uDCE6 with partners.";

            Quote q = locate(text, "we may SHARE your data \uD83D\uDCE6 with  partners").orElseThrow();

            assertThat(q.start()).isEqualTo(text.indexOf("We may"));
            assertThat(q.end()).isEqualTo(text.indexOf(" partners.") + " partners".length());
            assertThat(q.text()).isEqualTo("We may share your data \uD83D\uDCE6 with partners");
        }

        @Test
        void keepsOffsetsWhenTheQuoteLeavesOutAnEmoji() {
            String text = "\uD83D\uDC4B Hello! \uD83D\uDD12 Your data is encrypted at rest and in transit.";

            Quote q = locate(text, "Your data is encrypted at rest and in transit.").orElseThrow();

            assertThat(q.start()).isEqualTo(text.indexOf("Your"));
        }

        @Test
        void dropsPunctuationTheQuoteWasWrappedIn() {
            String text = "We may terminate your account at any time for any reason; you waive any claim.";

            assertThat(locate(text, "\u201cWe may terminate your account at any time for any reason.\u201d"))
                    .map(Quote::text).contains("We may terminate your account at any time for any reason");
        }
    }

    @Nested
    class Elided {
        @Test
        void coversTheWholePassageOfAnElidedQuote() {
            String text = "We may, at our sole discretion and for any reason whatsoever, including suspected fraud, "
                    + "terminate your account without notice.";

            Quote q = locate(text, "We may, at our sole discretion ... terminate your account without notice.")
                    .orElseThrow();

            assertThat(q.text()).isEqualTo(text);
        }

        @Test
        void acceptsTheEllipsisCharacterAndBracketedEllipses() {
            String text = "You grant us a worldwide, royalty-free licence to use, copy and adapt your content, "
                    + "which survives termination.";

            assertThat(locate(text, "You grant us a worldwide\u2026 licence to use, copy [...] your content"))
                    .map(Quote::text).contains("You grant us a worldwide, royalty-free licence to use, copy and adapt your content");
        }

        @Test
        void refusesPiecesOutOfOrderOrTooFarApart() {
            String far = "We may terminate your account. " + "Filler text. ".repeat(300) + "Without notice to you.";

            assertThat(locate(far, "We may terminate your account ... without notice to you")).isEmpty();
            assertThat(locate("Without notice to you. We may terminate your account.",
                    "We may terminate your account ... without notice to you")).isEmpty();
        }
    }

    @Nested
    class SeveralOccurrences {
        private final String text = "Section A: Your data may be shared with partners. "
                + "Section B: unrelated text about cookies and beacons. "
                + "Section C: Your data may be shared with partners.";

        @Test
        void prefersTheFirstWithoutAHint() {
            assertThat(locate(text, "Your data may be shared with partners.")).map(Quote::start)
                    .contains(text.indexOf("Your data"));
        }

        @Test
        void prefersTheOccurrenceNearestThePartTheQuoteCameFrom() {
            int partC = text.indexOf("Section C");
            QuoteLocator locator = new QuoteLocator(text);

            Optional<Quote> exact = verbatim(text, locator.locate("Your data may be shared with partners.",
                    partC, text.length()));
            Optional<Quote> normalised = verbatim(text, locator.locate("YOUR DATA may be shared with partners",
                    partC, text.length()));

            assertThat(exact).map(Quote::start).contains(text.lastIndexOf("Your data"));
            assertThat(normalised).map(Quote::start).contains(text.lastIndexOf("Your data"));
        }

        @Test
        void prefersALenientMatchInThePartOverAnExactOneElsewhere() {
            String t = "Intro: We share data with partners daily. " + "Filler. ".repeat(50)
                    + "Part two: we share data with partners daily.";
            int partTwo = t.indexOf("Part two");

            Optional<Quote> q = verbatim(t, new QuoteLocator(t).locate("We share data with partners daily.", partTwo,
                    t.length()));

            assertThat(q).map(Quote::start).contains(t.lastIndexOf("we share"));
        }
    }
}
