package uz.muhokama.problems.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.NewProblemSubscription;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * Subscribing to new reports: a category (or any), and a place — everywhere, a district, or an area drawn on the map
 * by tapping its corners. Signed-in people subscribe by e-mail (optionally also to status changes); everyone gets the
 * Atom feed address of the choice. Opened from the list ({@code ?category=&district=} carry its filters) and from a
 * report's page.
 */
@Route("problems/subscribe")
@AnonymousAllowed
@CssImport("./src/problems-subscriptions.css")
class SubscriptionView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    /** Where the reports should be. */
    enum Where {
        EVERYWHERE,
        DISTRICT,
        AREA
    }

    private final transient ProblemService problems;
    private final transient ProblemSubscriptionService subscriptions;

    private final Select<Category> category = new Select<>();
    private final RadioButtonGroup<Where> where = new RadioButtonGroup<>();
    private final Select<String> district = new Select<>();
    private final SubscriptionAreaPicker area;
    private final Checkbox statusChanges = new Checkbox();
    private final Span corners = new Span();
    private final Paragraph areaError = new Paragraph();
    private final Anchor feed = new Anchor();
    private String wantedCategory;

    SubscriptionView(ProblemService problems, ProblemSubscriptionService subscriptions, MapSettings mapSettings) {
        this.problems = problems;
        this.subscriptions = subscriptions;
        area = new SubscriptionAreaPicker(mapSettings);
        area.setId("problems-subscription-area");
        addClassNames("page", "subscription-page");
        category.setId("problems-subscription-category");
        category.setEmptySelectionAllowed(true);
        where.setId("problems-subscription-where");
        where.setItems(Where.values());
        where.setValue(Where.EVERYWHERE);
        district.setId("problems-subscription-district");
        statusChanges.setId("problems-subscription-status-changes");
        corners.setId("problems-subscription-corners");
        corners.addClassName("subscription-corners");
        areaError.setId("problems-subscription-area-error");
        areaError.addClassName("subscription-error");
        feed.setId("problems-subscription-feed");
        feed.setTarget(AnchorTarget.BLANK);
        category.addValueChangeListener(e -> refreshChoice());
        where.addValueChangeListener(e -> refreshChoice());
        district.addValueChangeListener(e -> refreshChoice());
        area.addAreaChangeListener(e -> refreshChoice());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        wantedCategory = first(query, "category").orElse(null);
        first(query, "district").filter(d -> problems.districts().contains(d)).ifPresent(d -> {
            district.setItems(problems.districts());
            district.setValue(d);
            where.setValue(Where.DISTRICT);
        });
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Map<String, Category> byCode = new LinkedHashMap<>();
        problems.categories().forEach(c -> byCode.put(c.code(), c));
        String wanted = category.getValue() != null ? category.getValue().code() : wantedCategory;
        category.setItems(List.copyOf(byCode.values()));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("problems.subscription.anyCategory")
                : c.name(getLocale()));
        category.setValue(wanted == null ? null : byCode.get(wanted));
        category.setLabel(getTranslation("problems.field.category"));
        String chosenDistrict = district.getValue();
        district.setItems(problems.districts());
        district.setValue(chosenDistrict);
        district.setLabel(getTranslation("problems.field.district"));
        district.setPlaceholder(getTranslation("problems.subscription.chooseDistrict"));
        where.setLabel(getTranslation("problems.subscription.where"));
        where.setItemLabelGenerator(w -> getTranslation("problems.subscription.where." + w.name()));
        statusChanges.setLabel(getTranslation("problems.subscription.statusChanges"));
        area.setMapLabel(getTranslation("problems.subscription.mapLabel"));

        H1 title = new H1(getTranslation("problems.subscription.title"));
        Paragraph lead = new Paragraph(getTranslation("problems.subscription.lead"));
        lead.addClassName("lead");
        Button undo = new Button(getTranslation("problems.subscription.undo"), VaadinIcon.ARROW_BACKWARD.create(),
                e -> area.undo());
        undo.setId("problems-subscription-undo");
        Button clear = new Button(getTranslation("problems.subscription.clear"), VaadinIcon.TRASH.create(),
                e -> area.clear());
        clear.setId("problems-subscription-clear");
        for (Button b : List.of(undo, clear)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        Paragraph areaHint = new Paragraph(getTranslation("problems.subscription.areaHint"));
        areaHint.addClassName("subscription-hint");
        Div areaTools = new Div(corners, undo, clear);
        areaTools.addClassName("subscription-area-tools");
        Div areaBlock = new Div(areaHint, area, areaTools, areaError);
        areaBlock.setId("problems-subscription-area-block");
        areaBlock.addClassName("subscription-area");

        Div choice = new Div(step(1, "problems.subscription.stepWhat"), category,
                step(2, "problems.subscription.stepWhere"), where, district, areaBlock);
        choice.addClassName("subscription-choice");
        add(title, lead, choice, deliverySection(), feedSection());
        refreshChoice();
    }

    private Div deliverySection() {
        Div section = new Div(step(3, "problems.subscription.stepHow"));
        section.addClassName("subscription-delivery");
        if (!problems.isSignedIn()) {
            Paragraph why = new Paragraph(getTranslation("problems.subscription.signInForMail"));
            Anchor signIn = new Anchor("/sign-in", getTranslation("problems.subscription.signIn"));
            signIn.setId("problems-subscription-sign-in");
            section.add(why, signIn);
            return section;
        }
        Button save = new Button(getTranslation("problems.subscription.save"), VaadinIcon.ENVELOPE.create(),
                e -> save());
        save.setId("problems-subscription-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        RouterLink mine = new RouterLink(getTranslation("problems.subscription.mine"), MySubscriptionsView.class);
        mine.setId("problems-subscription-mine");
        Div actions = new Div(save, mine);
        actions.addClassName("subscription-actions");
        section.add(statusChanges, actions);
        return section;
    }

    private Div feedSection() {
        H2 heading = new H2(getTranslation("problems.subscription.feedTitle"));
        Paragraph text = new Paragraph(getTranslation("problems.subscription.feedLead"));
        text.addClassName("subscription-hint");
        feed.setText(getTranslation("problems.subscription.feedLink"));
        Div section = new Div(heading, text, feed);
        section.addClassName("subscription-feed");
        return section;
    }

    private Div step(int number, String key) {
        Span circle = new Span(String.valueOf(number));
        circle.addClassName("subscription-step-number");
        Div step = new Div(circle, new Span(getTranslation(key)));
        step.addClassName("subscription-step");
        return step;
    }

    private void refreshChoice() {
        Where place = where.getValue() == null ? Where.EVERYWHERE : where.getValue();
        district.setVisible(place == Where.DISTRICT);
        area.getParent().ifPresent(block -> block.setVisible(place == Where.AREA));
        corners.setText(getTranslation("problems.subscription.corners", area.corners()));
        areaError.setText("");
        feed.setHref(feedAddress(place));
    }

    private String feedAddress(Where place) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath("/problems/feed.atom");
        if (category.getValue() != null) {
            address.queryParam("category", category.getValue().code());
        }
        if (place == Where.DISTRICT && district.getValue() != null) {
            address.queryParam("district", district.getValue());
        }
        if (place == Where.AREA && !area.bbox().isEmpty()) {
            address.queryParam("bbox", area.bbox());
        }
        return address.queryParam("lang", SupportedLocale.closestTo(getLocale()).tag()).encode().toUriString();
    }

    private void save() {
        Where place = where.getValue() == null ? Where.EVERYWHERE : where.getValue();
        if (place == Where.DISTRICT && district.getValue() == null) {
            district.setInvalid(true);
            district.setErrorMessage(getTranslation("problems.subscription.error.chooseDistrict"));
            return;
        }
        if (place == Where.AREA && area.area().isEmpty()) {
            areaError.setText(getTranslation("problems.subscription.error.drawArea"));
            return;
        }
        try {
            subscriptions.subscribe(new NewProblemSubscription(
                    category.getValue() == null ? null : category.getValue().code(),
                    place == Where.DISTRICT ? district.getValue() : null,
                    place == Where.AREA ? area.area() : null, statusChanges.getValue()));
            ProblemTexts.done(this, "problems.subscription.saved");
            getUI().ifPresent(ui -> ui.navigate(MySubscriptionsView.class));
        } catch (ProblemException e) {
            if (e.messageKey().startsWith("problems.subscription.error.area")) {
                areaError.setText(getTranslation(e.messageKey(), e.arguments()));
            }
            ProblemTexts.error(this, e);
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.subscription.title") + " · " + getTranslation("app.name");
    }
}
