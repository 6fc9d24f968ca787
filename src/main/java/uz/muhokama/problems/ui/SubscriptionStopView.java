package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import uz.muhokama.problems.ProblemSubscription;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * Where the link of a subscription's mail leads: says what would stop and stops it with one press, without signing
 * in. Opening the page changes nothing, so a mail scanner that follows links stops no subscription.
 */
@Route("problems/subscriptions/stop/:token")
@AnonymousAllowed
@CssImport("./src/problems-subscriptions.css")
class SubscriptionStopView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient ProblemSubscriptionService subscriptions;
    private final transient MapSettings mapSettings;
    private String token;
    private boolean stopped;

    SubscriptionStopView(ProblemSubscriptionService subscriptions, MapSettings mapSettings) {
        this.subscriptions = subscriptions;
        this.mapSettings = mapSettings;
        addClassNames("page", "subscription-page", "subscription-stop");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        stopped = false;
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("problems.subscription.stop.title")));
        RouterLink list = new RouterLink(getTranslation("problems.subscription.stop.toList"), ProblemsView.class);
        list.setId("problems-unsubscribe-list");
        if (stopped) {
            Paragraph done = new Paragraph(getTranslation("problems.subscription.stop.done"));
            done.setId("problems-unsubscribe-done");
            done.addClassName("lead");
            add(done, list);
            return;
        }
        Optional<ProblemSubscription> subscription = subscriptions.byUnsubscribeToken(token);
        if (subscription.isEmpty()) {
            Paragraph unknown = new Paragraph(getTranslation("problems.subscription.stop.unknown"));
            unknown.setId("problems-unsubscribe-unknown");
            unknown.addClassName("lead");
            add(unknown, list);
            return;
        }
        Paragraph what = new Paragraph(getTranslation("problems.subscription.stop.lead",
                subscriptions.describe(subscription.get(), getLocale())));
        what.setId("problems-unsubscribe-what");
        what.addClassName("lead");
        Button confirm = new Button(getTranslation("problems.subscription.stop.confirm"),
                VaadinIcon.BAN.create(), e -> {
                    subscriptions.unsubscribe(token);
                    stopped = true;
                    render();
                });
        confirm.setId("problems-unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        Div actions = new Div(confirm, list);
        actions.addClassName("subscription-actions");
        add(what);
        if (subscription.get().hasArea()) {
            SubscriptionAreaPicker map = new SubscriptionAreaPicker(mapSettings);
            map.setReadOnly(true);
            map.setArea(subscription.get().areaGeoJson());
            map.setMapLabel(getTranslation("problems.subscription.list.areaLabel"));
            map.addClassName("subscription-card-map");
            add(map);
        }
        add(actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.subscription.stop.title") + " · " + getTranslation("app.name");
    }
}
