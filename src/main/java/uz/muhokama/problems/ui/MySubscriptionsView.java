package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemSubscription;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * The signed-in person's subscriptions to new reports: what each follows (a drawn area shown on a small map), whether
 * status changes come too, its private Atom feed, and removing it.
 */
@Route("problems/subscriptions")
@PermitAll
@CssImport("./src/problems-subscriptions.css")
class MySubscriptionsView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ProblemSubscriptionService subscriptions;
    private final transient MapSettings mapSettings;

    MySubscriptionsView(ProblemSubscriptionService subscriptions, MapSettings mapSettings) {
        this.subscriptions = subscriptions;
        this.mapSettings = mapSettings;
        addClassNames("page", "subscription-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("problems.subscription.list.title"));
        Paragraph lead = new Paragraph(getTranslation("problems.subscription.list.lead"));
        lead.addClassName("lead");
        Button add = new Button(getTranslation("problems.subscription.list.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(SubscriptionView.class)));
        add.setId("problems-subscriptions-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(add);
        actions.addClassName("subscription-actions");
        add(title, lead, actions);
        List<ProblemSubscription> mine = subscriptions.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("problems.subscription.list.empty"));
            empty.setId("problems-subscriptions-empty");
            empty.addClassName("subscription-empty");
            add(empty);
            return;
        }
        Div list = new Div();
        list.setId("problems-subscriptions-list");
        list.addClassName("subscription-list");
        mine.forEach(s -> list.add(card(s)));
        add(list);
    }

    private Div card(ProblemSubscription subscription) {
        Div card = new Div();
        card.setId("problems-subscription-" + subscription.id());
        card.addClassName("subscription-card");
        H2 what = new H2(subscriptions.describe(subscription, getLocale()));
        what.addClassName("subscription-card-title");
        Span since = new Span(getTranslation("problems.subscription.list.since",
                ProblemTexts.date(subscription.createdAt())));
        since.addClassName("subscription-since");
        Div facts = new Div(since);
        facts.addClassName("subscription-facts");
        if (subscription.statusChanges()) {
            Span badge = new Span(getTranslation("problems.subscription.list.withStatusChanges"));
            badge.getElement().getThemeList().add("badge pill");
            facts.add(badge);
        }
        card.add(what, facts);
        if (subscription.hasArea()) {
            SubscriptionAreaPicker map = new SubscriptionAreaPicker(mapSettings);
            map.setReadOnly(true);
            map.setArea(subscription.areaGeoJson());
            map.setMapLabel(getTranslation("problems.subscription.list.areaLabel"));
            map.addClassName("subscription-card-map");
            card.add(map);
        }
        Anchor feed = new Anchor("/problems/feed/" + subscription.feedToken() + ".atom?lang="
                + SupportedLocale.closestTo(getLocale()).tag(), getTranslation("problems.subscription.list.feed"));
        feed.setId("problems-subscription-feed-" + subscription.id());
        feed.setTarget(AnchorTarget.BLANK);
        Button remove = new Button(getTranslation("problems.subscription.list.remove"), VaadinIcon.TRASH.create(),
                e -> remove(subscription));
        remove.setId("problems-subscription-remove-" + subscription.id());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div tools = new Div(feed, remove);
        tools.addClassName("subscription-card-tools");
        card.add(tools);
        return card;
    }

    private void remove(ProblemSubscription subscription) {
        try {
            subscriptions.remove(subscription.id());
            ProblemTexts.done(this, "problems.subscription.list.removed");
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.subscription.list.title") + " · " + getTranslation("app.name");
    }
}
