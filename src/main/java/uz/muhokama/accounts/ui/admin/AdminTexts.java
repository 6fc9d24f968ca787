package uz.muhokama.accounts.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uz.muhokama.accounts.AdministrationException;
import uz.muhokama.accounts.OrganisationType;

/** Small pieces the administration pages share: type badges, dates in Tashkent, notifications. */
final class AdminTexts {

    static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    private static final int NOTIFICATION_MS = 5000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(TASHKENT);

    private AdminTexts() {
    }

    static Span typeBadge(Component owner, OrganisationType type) {
        Span badge = new Span(owner.getTranslation("accounts.admin.type." + type.name()));
        badge.addClassNames("org-type-badge", "org-type-" + type.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Span roleBadge(Component owner, String role) {
        Span badge = new Span(owner.getTranslation("accounts.admin.role." + role));
        badge.addClassNames("org-type-badge", "role-badge-" + role.toLowerCase(Locale.ROOT));
        return badge;
    }

    /** Day first, as dates are written in Uzbekistan in every one of the four languages. */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    static void success(Component owner, String key, Object... arguments) {
        Notification notification = Notification.show(owner.getTranslation(key, arguments), NOTIFICATION_MS,
                Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(Component owner, AdministrationException e) {
        Notification notification = Notification.show(owner.getTranslation(e.messageKey(), e.arguments()),
                NOTIFICATION_MS, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Shows a refusal on the field it concerns, else as a notification. */
    static void showOn(HasValidation field, Component owner, AdministrationException e) {
        if (field == null) {
            error(owner, e);
            return;
        }
        field.setErrorMessage(owner.getTranslation(e.messageKey(), e.arguments()));
        field.setInvalid(true);
    }
}
