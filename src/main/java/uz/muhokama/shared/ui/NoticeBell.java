package uz.muhokama.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import uz.muhokama.shared.PersonalNotices;

/** The header's bell: a link to the person's notices with the number of unread ones. */
class NoticeBell extends Anchor {

    private final Span count = new Span();

    NoticeBell() {
        setId("notices-bell");
        addClassName("app-bell");
        count.addClassName("app-bell-count");
        add(VaadinIcon.BELL_O.create(), count);
    }

    void show(Component owner, PersonalNotices notices) {
        int unread = notices.unreadCount();
        setHref(notices.route());
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("aria-label", owner.getTranslation("notifications.bell", unread));
        getElement().setAttribute("title", owner.getTranslation("notifications.bell", unread));
    }
}
