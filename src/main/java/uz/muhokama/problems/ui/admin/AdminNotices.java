package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uz.muhokama.problems.ProblemException;

/** Refusals and confirmations on the administration pages, in the reader's language. */
final class AdminNotices {

    private AdminNotices() {
    }

    static void refused(Component c, ProblemException e) {
        // At the top: in the middle it would cover the dialog's buttons the person needs next.
        Notification n = Notification.show(c.getTranslation(e.messageKey(), e.arguments()), 6000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("problems-admin-error");
    }

    static void done(Component c, String key) {
        Notification n = Notification.show(c.getTranslation(key), 3000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        n.setId("problems-admin-done");
    }
}
