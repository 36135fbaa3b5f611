package org.fineprint.server.publish.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void compactsNamesAsPeopleTypeThem() {
        assertThat(SearchQuery.parse("Ali Express").key()).isEqualTo("aliexpress");
        assertThat(SearchQuery.parse("  AliExpress ").text()).isEqualTo("AliExpress");
        assertThat(SearchQuery.parse("Stack-Overflow").key()).isEqualTo("stackoverflow");
        assertThat(SearchQuery.parse("Ali Express").host()).isNull();
    }

    @Test
    void readsDomainsAndAddressesAsAHostAndItsFirstLabel() {
        SearchQuery domain = SearchQuery.parse("aliexpress.com");
        assertThat(domain.host()).isEqualTo("aliexpress.com");
        assertThat(domain.key()).isEqualTo("aliexpress");

        SearchQuery address = SearchQuery.parse("https://www.AliExpress.com/item/1.html?x=1");
        assertThat(address.host()).isEqualTo("aliexpress.com");
        assertThat(address.key()).isEqualTo("aliexpress");
    }

    @Test
    void sentencesAndNonsenseAreNotAddresses() {
        assertThat(SearchQuery.parse("sell your data.").host()).isNull();
        assertThat(SearchQuery.parse("arbitration").host()).isNull();
        assertThat(SearchQuery.parse("a..b").host()).isNull();
    }

    @Test
    void emptyAndOverlongInput() {
        assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
        assertThat(SearchQuery.parse("   ").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("x".repeat(500)).text()).hasSize(SearchQuery.MAX_LENGTH);
    }
}
