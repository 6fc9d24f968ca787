package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;

/**
 * The legislation base's front page: one box that goes straight to an act when given its number in any script, and
 * the list of acts, newest first, filtered by the same box.
 */
@Route("legislation")
@AnonymousAllowed
class LegislationView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ActService acts;
    private final transient AuthenticationContext authentication;
    private final TextField search = new TextField();
    private final VirtualList<ActSummary> list = new VirtualList<>();
    private final Span count = new Span();
    private String filter = "";

    LegislationView(ActService acts, AuthenticationContext authentication) {
        this.acts = acts;
        this.authentication = authentication;
        addClassNames("page", "legislation-page");
        search.setId("legislation-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(500);
        search.addKeyPressListener(Key.ENTER, e -> submit());
        search.addValueChangeListener(e -> {
            if (e.getValue().isEmpty()) {
                submit();
            }
        });
        list.setId("acts-list");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.addClassName("acts-list");
        count.addClassName("acts-count");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("legislation.title"));
        Paragraph lead = new Paragraph(getTranslation("legislation.lead"));
        lead.addClassName("lead");
        search.setPlaceholder(getTranslation("legislation.search.placeholder"));
        search.setAriaLabel(getTranslation("legislation.search.placeholder"));
        search.setHelperText(getTranslation("legislation.search.help"));
        Button go = new Button(getTranslation("legislation.search.submit"), e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("legislation-search-submit");
        Div bar = new Div(search, go);
        bar.addClassName("search-bar");
        Div header = new Div(title);
        header.addClassName("page-header");
        if (authentication.hasRole(Roles.ADMIN)) {
            Button importButton = new Button(getTranslation("legislation.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> UI.getCurrent().navigate(ImportView.class));
            importButton.setId("legislation-import");
            header.add(importButton);
        }
        add(header, lead, bar, count, list);
        refresh();
    }

    private void submit() {
        String text = search.getValue().strip();
        var cited = acts.uriForCitation(text);
        if (cited.isPresent()) {
            UI.getCurrent().navigate(cited.get().substring(1));
            return;
        }
        filter = text;
        refresh();
    }

    private void refresh() {
        int total = acts.count(filter);
        count.setText(getTranslation("legislation.list.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> acts.list(filter, query.getOffset(), query.getLimit()).stream(), query -> total));
        list.setVisible(total > 0);
    }

    private Anchor card(ActSummary act) {
        String language = SupportedLocale.closestTo(getLocale()).tag();
        Span type = new Span(getTranslation("legislation.type." + act.type().name()) + " · " + act.number() + " · "
                + ActView.formatDate(act.adoptedOn(), getLocale()));
        type.addClassName("act-item-meta");
        Span title = new Span(act.title(language));
        title.addClassName("act-item-title");
        Span status = ActView.badge(getTranslation("legislation.status." + act.status().name()),
                act.status().name().equals("IN_FORCE") ? "success" : "contrast");
        Div text = new Div(title, type);
        Anchor card = new Anchor(act.uri().substring(1), "");
        card.add(text, status);
        card.addClassName("act-item");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legislation.title") + " · " + getTranslation("app.name");
    }
}
