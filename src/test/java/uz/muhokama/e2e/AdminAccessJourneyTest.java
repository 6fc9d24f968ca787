package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAccessJourneyTest extends EndToEndTest {

    @Test
    void anonymous_visitor_opening_organisation_administration_is_sent_to_sign_in() {
        browser.open("admin/organisations");

        assertThat(browser.waitForPath("/sign-in")).isEqualTo("/sign-in");
        assertThat(browser.exists("error-403")).isFalse();
        assertThat(browser.exists("error-404")).isFalse();
        browser.screenshots("refused");
    }
}
