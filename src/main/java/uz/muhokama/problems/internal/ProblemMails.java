package uz.muhokama.problems.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uz.muhokama.notifications.MailService;
import uz.muhokama.notifications.OutgoingMail;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * E-mails about reports: an update to the reporter and the followers, a dispute to the organisation. They leave after
 * the commit (the mail service waits for it). Written in the platform's default language with the Russian text
 * below, since a follower's language is not known here.
 */
@Component
public class ProblemMails {

    private final MailService mail;
    private final Translations translations;
    private final JooqReportRepository reports;
    private final JooqAreaRepository areas;
    private final String baseUrl;

    ProblemMails(MailService mail, Translations translations, JooqReportRepository reports, JooqAreaRepository areas,
                 @Value("${muhokama.base-url}") String baseUrl) {
        this.mail = mail;
        this.translations = translations;
        this.reports = reports;
        this.areas = areas;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Tells the reporter and the followers (except the person who wrote the update) that a report changed. */
    public void updated(ReportRow report, ProblemStatus status, String note, Long authorId) {
        Set<String> to = new LinkedHashSet<>();
        if (report.reporterEmail() != null && (authorId == null || !authorId.equals(report.reporterId()))) {
            to.add(report.reporterEmail());
        }
        reports.followers(report.id()).stream().filter(f -> !Long.valueOf(f.userId()).equals(authorId))
                .forEach(f -> to.add(f.email()));
        for (String address : to) {
            send(address, "problems.mail.updated", String.valueOf(report.id()), report.title(), statusName(status),
                    note == null ? "" : note, link(report.id()));
        }
    }

    /** Tells the organisation that the reporter disputes the fix and the report is open again. */
    public void disputed(ReportRow report, String note) {
        Set<String> to = new LinkedHashSet<>();
        if (report.organisationId() != null) {
            areas.noticeEmail(report.organisationId()).ifPresent(to::add);
        }
        reports.lastStaffEmail(report.id()).ifPresent(to::add);
        for (String address : to) {
            send(address, "problems.mail.disputed", String.valueOf(report.id()), report.title(), note == null ? "" : note,
                    link(report.id()));
        }
    }

    private String statusName(ProblemStatus status) {
        return status == null ? "" : translations.get(SupportedLocale.DEFAULT, "problems.status." + status.name());
    }

    private String link(long id) {
        return baseUrl + "/problems/" + id;
    }

    private void send(String address, String prefix, Object... arguments) {
        String subject = translations.get(SupportedLocale.DEFAULT, prefix + ".subject", arguments);
        String body = translations.get(SupportedLocale.DEFAULT, prefix + ".body", arguments) + "\n\n---\n\n"
                + translations.get(SupportedLocale.RU, prefix + ".body", arguments);
        mail.send(new OutgoingMail(address, subject, body));
    }
}
