package uz.muhokama.problems.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.muhokama.notifications.MailService;
import uz.muhokama.notifications.OutgoingMail;
import uz.muhokama.notifications.Recipient;
import uz.muhokama.notifications.Recipients;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.internal.JooqSubscriptionRepository.SubscriptionRow;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * The e-mails of subscriptions: a new report, or (for those who asked) a report's new status, each in its recipient's
 * language, with a link that stops the subscription without signing in, also as the one-click
 * {@code List-Unsubscribe} of RFC 8058. Recipients are looked up a batch at a time; the mails leave after the
 * surrounding transaction commits.
 */
@Component
public class SubscriptionMails {

    /** How many people are looked up at once. */
    static final int BATCH = 500;

    private final MailService mail;
    private final Recipients recipients;
    private final Translations translations;
    private final SubscriptionDescriptions descriptions;
    private final JooqCategoryRepository categories;
    private final JooqSubscriptionRepository subscriptions;
    private final Clock clock;
    private final String baseUrl;

    SubscriptionMails(MailService mail, Recipients recipients, Translations translations,
                      SubscriptionDescriptions descriptions, JooqCategoryRepository categories,
                      JooqSubscriptionRepository subscriptions, ObjectProvider<Clock> clock,
                      @Value("${muhokama.base-url}") String baseUrl) {
        this.mail = mail;
        this.recipients = recipients;
        this.translations = translations;
        this.descriptions = descriptions;
        this.categories = categories;
        this.subscriptions = subscriptions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The one-click address of RFC 8058 (POST stops the subscription; GET leads to the confirmation page). */
    public String oneClickLink(String unsubscribeToken) {
        return baseUrl + "/problems/subscriptions/unsubscribe/" + unsubscribeToken;
    }

    /** The page that asks before stopping a subscription. */
    public String stopPage(String unsubscribeToken) {
        return baseUrl + "/problems/subscriptions/stop/" + unsubscribeToken;
    }

    /**
     * Writes to each matched person, once per subscription and event: what was mailed is recorded in the same
     * transaction, so an event delivered again mails only those it had not reached.
     *
     * @param status the report's new status, or {@code null} for a new report
     * @param eventKey what happened to the report ({@code new}, or the update that changed its status)
     */
    public void send(ReportRow report, ProblemStatus status, List<SubscriptionRow> matches, String eventKey) {
        for (int from = 0; from < matches.size(); from += BATCH) {
            List<SubscriptionRow> batch = matches.subList(from, Math.min(matches.size(), from + BATCH));
            Map<Long, Recipient> people = recipients.find(batch.stream().map(SubscriptionRow::userId).toList());
            for (SubscriptionRow subscription : batch) {
                Recipient person = people.get(subscription.userId());
                if (person != null && person.email() != null
                        && subscriptions.recordMail(subscription.id(), report.id(), eventKey, clock.instant())) {
                    mail.send(mailFor(person, report, status, subscription));
                }
            }
        }
    }

    private OutgoingMail mailFor(Recipient person, ReportRow report, ProblemStatus status,
                                 SubscriptionRow subscription) {
        SupportedLocale language = person.language();
        String description = descriptions.describe(subscription.categoryId(), subscription.district(),
                subscription.areaWkt(), language);
        String category = categories.find(report.categoryId()).map(c -> c.name(language.locale()))
                .orElse(report.categoryCode());
        String place = report.address() != null ? report.address() : report.district();
        String what = place == null || place.isBlank() ? category : category + " · " + place;
        String link = baseUrl + "/problems/" + report.id();
        String subject;
        String body;
        if (status == null) {
            subject = translations.get(language, "problems.subscription.mail.newSubject", report.title());
            body = translations.get(language, "problems.subscription.mail.newBody", description, report.title(),
                    what, link);
        } else {
            String statusName = translations.get(language, "problems.status." + status.name());
            subject = translations.get(language, "problems.subscription.mail.statusSubject", report.title(),
                    statusName);
            body = translations.get(language, "problems.subscription.mail.statusBody", description, report.title(),
                    statusName, link);
        }
        String footer = translations.get(language, "problems.subscription.mail.footer",
                stopPage(subscription.unsubscribeToken()), baseUrl + "/problems/subscriptions");
        return new OutgoingMail(person.email(), subject, body + "\n\n-- \n" + footer,
                oneClickLink(subscription.unsubscribeToken()));
    }
}
