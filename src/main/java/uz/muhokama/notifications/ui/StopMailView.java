package uz.muhokama.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;

/**
 * Where the "stop these e-mails" link of a notice mail leads, without signing in. Opening it changes nothing (mail
 * scanners open links too); the person confirms with a button, for the one kind the mail was about or for all.
 */
@Route("notices/stop/:token")
@AnonymousAllowed
class StopMailView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient NoticeService notices;
    private String token;
    private NoticeKind kind;
    private Optional<Set<NoticeKind>> stopped = Optional.empty();

    StopMailView(NoticeService notices) {
        this.notices = notices;
        addClassNames("page", "account-page", "stop-mail-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        kind = event.getLocation().getQueryParameters().getSingleParameter("kind")
                .flatMap(name -> Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(name)).findFirst())
                .orElse(null);
        stopped = notices.mailOptOuts(token);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.stop.title");
    }

    private void render() {
        removeAll();
        Div card = new Div(new H1(getTranslation("notifications.stop.title")));
        card.addClassNames("form-card", "stop-mail-card");
        add(card);
        if (stopped.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("notifications.stop.unknown"));
            unknown.setId("stop-mail-unknown");
            card.add(unknown);
            return;
        }
        Set<NoticeKind> off = stopped.get();
        if (kind != null) {
            card.add(new Paragraph(getTranslation("notifications.stop.kind",
                    getTranslation("notifications.mailKind." + kind.name()))));
            Button one = new Button(getTranslation("notifications.stop.confirmKind"), VaadinIcon.BAN.create(),
                    e -> stop(kind));
            one.setId("stop-mail-kind");
            one.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            one.setEnabled(!off.contains(kind));
            card.add(one);
        }
        Button all = new Button(getTranslation("notifications.stop.confirmAll"), VaadinIcon.BAN.create(),
                e -> stop(null));
        all.setId("stop-mail-all");
        all.addThemeVariants(kind == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        all.setEnabled(off.size() < NoticeKind.values().length);
        card.add(all);
        if (!off.isEmpty()) {
            Paragraph done = new Paragraph(getTranslation("notifications.stop.current", off.stream()
                    .map(k -> getTranslation("notifications.mailKind." + k.name()))
                    .reduce((a, b) -> a + "; " + b).orElse("")));
            done.setId("stop-mail-done");
            done.addClassName("stop-mail-done");
            card.add(done);
        }
        Paragraph inApp = new Paragraph(getTranslation("notifications.stop.inApp"));
        inApp.addClassName("form-card-footer");
        card.add(inApp);
    }

    private void stop(NoticeKind which) {
        notices.stopMail(token, which);
        stopped = notices.mailOptOuts(token);
        render();
    }
}
