package uz.muhokama.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class MailServiceTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailService mail;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void mail_sent_inside_a_transaction_leaves_after_the_commit() throws Exception {
        String to = unique();
        transactions.executeWithoutResult(status -> {
            mail.send(new OutgoingMail(to, "Salom", "Havola: https://muhokama.uz/x?token=abc"));
            assertThat(smtp.getReceivedMessagesForDomain(to)).isEmpty();
        });
        MimeMessage[] received = smtp.getReceivedMessagesForDomain(to);
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Salom");
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://muhokama.uz/x?token=abc");
    }

    @Test
    void mail_of_a_rolled_back_transaction_is_never_sent() {
        String to = unique();
        transactions.executeWithoutResult(status -> {
            mail.send(new OutgoingMail(to, "Salom", "matn"));
            status.setRollbackOnly();
        });
        assertThat(smtp.getReceivedMessagesForDomain(to)).isEmpty();
    }

    @Test
    void markup_in_the_text_is_escaped_in_the_html_part() throws Exception {
        String to = unique();
        mail.send(new OutgoingMail(to, "Salom", "<script>alert(1)</script>"));
        String raw = GreenMailUtil.getWholeMessage(smtp.getReceivedMessagesForDomain(to)[0]);
        String htmlPart = raw.substring(raw.indexOf("Content-Type: text/html"));
        assertThat(htmlPart).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    }

    private static String unique() {
        return "mail-" + UUID.randomUUID() + "@example.uz";
    }
}
