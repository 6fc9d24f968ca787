package uz.muhokama.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import uz.muhokama.notifications.OutgoingMail;

/**
 * Hands a mail to the SMTP server when one is configured, and always logs it. A failure to send is logged, never
 * thrown: the change that caused the mail has already been committed.
 */
@Component
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final ObjectProvider<JavaMailSender> sender;
    private final String host;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
                 @Value("${muhokama.mail.from:noreply@muhokama.uz}") String from) {
        this.sender = sender;
        this.host = host;
        this.from = from;
    }

    public void deliver(OutgoingMail mail) {
        log.info("Mail to {}: {}\n{}", mail.to(), mail.subject(), mail.text());
        JavaMailSender smtp = sender.getIfAvailable();
        if (host.isBlank() || smtp == null) {
            return;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), html(mail.text()));
            for (var header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            log.error("Could not send mail to {}: {}", mail.to(), e.getMessage(), e);
        }
    }

    static String html(String text) {
        String escaped = HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
        Matcher links = LINK.matcher(escaped);
        StringBuilder body = new StringBuilder();
        while (links.find()) {
            links.appendReplacement(body, Matcher.quoteReplacement(
                    "<a href=\"" + links.group() + "\">" + links.group() + "</a>"));
        }
        links.appendTail(body);
        return "<!DOCTYPE html><html><body><div style=\"font-family:sans-serif;line-height:1.5\">"
                + body.toString().replace("\n", "<br>\n") + "</div></body></html>";
    }
}
