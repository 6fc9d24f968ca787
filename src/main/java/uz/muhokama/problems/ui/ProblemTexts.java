package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemStatus;

/** Words and small pieces the problem pages share: statuses as badges, dates in Tashkent, refusals as notices. */
final class ProblemTexts {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(TASHKENT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(TASHKENT);

    private ProblemTexts() {
    }

    static String status(Component c, ProblemStatus status) {
        return c.getTranslation("problems.status." + status.name());
    }

    static Span badge(Component c, ProblemStatus status) {
        Span badge = new Span(status(c, status));
        badge.getElement().getThemeList().add("badge pill");
        badge.getElement().getThemeList().add(switch (status) {
            case FIXED, CLOSED -> "success";
            case NEW, REOPENED -> "error";
            case DUPLICATE, NOT_RESPONSIBLE -> "contrast";
            default -> "primary";
        });
        badge.addClassName("problem-status");
        return badge;
    }

    static Span overdue(Component c) {
        Span badge = new Span(c.getTranslation("problems.overdue"));
        badge.getElement().getThemeList().add("badge error primary pill");
        badge.addClassName("problem-overdue");
        return badge;
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static String organisation(Component c, OrganisationNames names) {
        return names == null ? c.getTranslation("problems.triage")
                : names.in(c.getUI().map(ui -> ui.getLocale()).orElse(java.util.Locale.ROOT));
    }

    static void error(Component c, ProblemException e) {
        error(c.getTranslation(e.messageKey(), e.arguments()));
    }

    static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(Component c, String key) {
        Notification.show(c.getTranslation(key), 3000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
