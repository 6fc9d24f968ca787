package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAccessJourneyTest extends EndToEndTest {

    @Test
    void anonymous_visitor_opening_organisation_administration_is_sent_to_sign_in() {
        browser.open("admin/organisations");

        assertThat(browser.waitForPath("/sign-in")).isEqualTo("/sign-in");
        assertThat(browser.exists("error-403")).as("the access-denied page is shown instead of signing in").isFalse();
        assertThat(browser.exists("error-404")).as("the not-found page is shown: there is no sign-in page").isFalse();
        browser.screenshots("refused");
    }
}
