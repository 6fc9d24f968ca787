package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PagesJourneyTest extends EndToEndTest {

    @ParameterizedTest
    @ValueSource(strings = {"drafts", "legislation", "problems"})
    void each_part_of_the_platform_has_its_page(String part) {
        browser.open(part);

        assertThat(browser.path()).isEqualTo("/" + part);
        assertThat(browser.heading()).isEqualTo(Messages.uzLatn(part + ".title"));
        browser.screenshots(part);
    }

    @Test
    void an_unknown_address_shows_the_translated_not_found_page() {
        browser.open("no-such-page-" + System.nanoTime());

        assertThat(browser.byId("error-404").isDisplayed()).isTrue();
        assertThat(browser.heading()).isEqualTo(Messages.uzLatn("error.notFound.title"));
        browser.screenshots("not-found");
    }
}
