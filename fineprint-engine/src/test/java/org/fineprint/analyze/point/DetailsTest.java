package org.fineprint.analyze.point;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DetailsTest {
    private static final String ALIEXPRESS_ARBITRATION = "THE DISPUTE SHALL BE REFERRED TO AND FINALLY RESOLVED BY "
            + "ARBITRATION ADMINISTERED BY THE HONG KONG INTERNATIONAL ARBITRATION CENTRE (“HKIAC”) UNDER THE HKIAC "
            + "ADMINISTERED ARBITRATION RULES IN FORCE WHEN THE NOTICE OF ARBITRATION IS SUBMITTED. UNLESS THE PARTIES "
            + "AGREE OTHERWISE, THE ARBITRATION SHALL BE CONDUCTED IN ENGLISH AND BE IN HONG KONG.";

    @Test
    void readsArbitrationBodyAndSeatFromAllCapsClauses() {
        assertThat(Details.arbitrationBodies(ALIEXPRESS_ARBITRATION)).containsExactly("HKIAC");
        assertThat(Details.arbitrationSeat(ALIEXPRESS_ARBITRATION)).contains("Hong Kong");
    }

    @Test
    void readsArbitrationSeatFromOrdinaryWording() {
        assertThat(Details.arbitrationSeat("The seat of arbitration shall be Singapore, and the language English."))
                .contains("Singapore");
        assertThat(Details.arbitrationBodies("administered by the American Arbitration Association (\"AAA\") under "
                + "its Consumer Arbitration Rules")).containsExactly("AAA");
    }

    @Test
    void readsGoverningLawAndReducesItToAKnownPlace() {
        assertThat(Details.governingLaws("THIS AGREEMENT SHALL BE GOVERNED BY LAWS OF THE HONG KONG SPECIAL "
                + "ADMINISTRATIVE REGION (\"HONG KONG\") WITHOUT REGARD TO ITS CONFLICT OF LAWS PROVISIONS"))
                .containsExactly("the law of Hong Kong");
        assertThat(Details.governingLaws("These Terms are governed by the laws of the State of California, "
                + "without regard to conflict of law principles.")).singleElement().asString().contains("California");
        assertThat(Details.governingLaws("These terms are governed by the laws of Xanadu.")).containsExactly("the law of Xanadu");
        assertThat(Details.governingLaws("These terms are governed by English law.")).containsExactly("English law");
        assertThat(Details.governingLaws("We may change these terms at any time.")).isEmpty();
    }

    @Test
    void readsEveryGoverningLawOfABundleOfAgreements() {
        assertThat(Details.governingLaws("12.7 THIS TERMS OF USE SHALL BE GOVERNED BY THE LAWS OF THE PEOPLE'S REPUBLIC OF "
                + "CHINA (\"PRC\"). 7.1 This Agreement shall be governed by the laws of the Hong Kong Special Administrative "
                + "Region of the People's Republic of China (\"Hong Kong\"). The parties submit to the courts of Hong Kong."))
                .containsExactly("the law of China", "the law of Hong Kong");
    }

    @Test
    void readsCourts() {
        assertThat(Details.courts("you submit to the exclusive jurisdiction of the courts of Ireland"))
                .contains("Ireland");
        assertThat(Details.courts("the state or federal courts located in Santa Clara County, California"))
                .contains("California");
    }

    @Test
    void readsLiabilityCaps() {
        assertThat(Details.liabilityCap("our total liability shall not exceed the greater of the amount you paid us "
                + "in the twelve (12) months before the claim or US$100")).contains("what you paid in the last 12 months or US$100");
        assertThat(Details.liabilityCap("shall not exceed $50.")).contains("$50");
        assertThat(Details.liabilityCap("we are not liable for indirect losses")).isEmpty();
    }

    @Test
    void readsNoticeAndRetentionPeriods() {
        assertThat(Details.noticePeriod("We will give you at least thirty (30) days' notice before changes take effect"))
                .contains("30 days");
        assertThat(Details.noticePeriod("we will notify you 14 days before")).isEmpty();
        assertThat(Details.noticePeriod("by giving notice at least 2 weeks in advance")).contains("2 weeks");
        assertThat(Details.period("We keep your search history for up to 18 months.")).contains("18 months");
        assertThat(Details.period("retained for a period of one year")).contains("1 year");
    }

    @Test
    void readsMinimumAge() {
        assertThat(Details.minimumAge("You must be at least 13 years old to use the Service.")).contains(13);
        assertThat(Details.minimumAge("users under the age of sixteen")).contains(16);
        assertThat(Details.minimumAge("You must be 18 years of age or older")).contains(18);
        assertThat(Details.minimumAge("We have 300 employees over 40 offices")).isEmpty();
    }

    @Test
    void readsCountriesAndPartnersInOrderWithoutRepeats() {
        assertThat(Details.countries("transferred to Singapore, mainland China and the United States; Singapore again"))
                .containsExactly("Singapore", "mainland China", "United States");
        assertThat(Details.countries("When we transfer your information outside of the EEA, the UK, or Switzerland, "
                + "we rely on safeguards. Your data is stored in Singapore.")).as("places data leaves from")
                .containsExactly("Singapore");
        assertThat(Details.countries("data transferred outside Germany to the United States"))
                .containsExactly("United States");
        assertThat(Details.partners("we share data with Google and Facebook (Meta) and Google Analytics"))
                .containsExactly("Google", "Facebook", "Meta");
    }

    @Test
    void leavesMixedCaseTextAloneWhenMakingItReadable() {
        String text = "These Terms are governed by the laws of Ireland.";
        assertThat(Details.readable(text)).isSameAs(text);
        assertThat(Details.readable("THESE TERMS ARE GOVERNED BY THE LAWS OF THE PRC AND HONG KONG"))
                .isEqualTo("These Terms are Governed by the Laws of the PRC and Hong Kong");
    }
}
