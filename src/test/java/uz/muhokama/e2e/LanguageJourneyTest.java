package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

class LanguageJourneyTest extends EndToEndTest {

    @Test
    void visitor_switches_to_russian_and_the_choice_survives_a_reload() {
        browser.open("");
        assertThat(browser.heading()).isEqualTo(Messages.uzLatn("home.title"));
        assertThat(browser.documentLanguage()).isEqualTo("uz-Latn");
        browser.screenshots("home-uz-latn");

        browser.select("language-switcher", "Русский");

        String russianTitle = Messages.ru("home.title");
        assertThat(browser.waitForHeading(russianTitle)).isEqualTo(russianTitle);
        assertThat(browser.documentLanguage()).isEqualTo("ru");
        Cookie remembered = browser.driver().manage().getCookieNamed("muhokama-lang");
        assertThat(remembered).as("cookie muhokama-lang").isNotNull();
        assertThat(remembered.getValue()).isEqualTo("ru");
        browser.screenshots("home-ru");

        browser.reload();

        assertThat(browser.heading()).isEqualTo(russianTitle);
        assertThat(browser.documentLanguage()).isEqualTo("ru");
    }
}
