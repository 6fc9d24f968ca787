package uz.muhokama.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Needs the accounts module's sign-up, confirmation and sign-in pages. */
class SignUpJourneyTest extends EndToEndTest {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Test
    void visitor_signs_up_confirms_the_address_from_the_email_and_signs_in() throws Exception {
        String email = "e2e-signup-" + System.nanoTime() + "@example.uz";
        String password = "Kuchli-parol-2026!";

        browser.open("sign-up");
        browser.setValue("sign-up-email", email);
        browser.setValue("sign-up-name", "Dilnoza Karimova");
        browser.setValue("sign-up-password", password);
        browser.setValue("sign-up-password-repeat", password);
        browser.click("sign-up-consent");
        browser.screenshots("sign-up-filled");
        browser.click("sign-up-submit");

        String link = confirmationLinkSentTo(email);
        assertThat(link).startsWith(baseUrl());
        browser.openUrl(link);
        assertThat(browser.byId("email-confirmed").isDisplayed()).isTrue();
        browser.screenshots("email-confirmed");

        signIn(email, password);
        assertThat(browser.exists("user-menu")).isTrue();
        browser.screenshots("signed-in");
    }

    private String confirmationLinkSentTo(String email) throws MessagingException, IOException {
        MimeMessage message = awaitMessageTo(email);
        String text = textOf(message).replace("&amp;", "&");
        Matcher links = LINK.matcher(text);
        while (links.find()) {
            if (links.group().startsWith(baseUrl())) {
                return links.group();
            }
        }
        throw new AssertionError("no link to " + baseUrl() + " in the e-mail to " + email + ":\n" + text);
    }

    private static MimeMessage awaitMessageTo(String email) throws MessagingException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(email))) {
                    return message;
                }
            }
            MAIL.waitForIncomingEmail(1_000, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + email + " within 30 s");
    }

    /** The readable text of a message: plain text parts preferred, all parts concatenated. */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(textOf(multipart.getBodyPart(i))).append('\n');
            }
            return text.toString();
        }
        return "";
    }
}
