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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.search.SearchFacets;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;
import uz.muhokama.search.SearchService;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;

/**
 * The legislation base's front page: one box that goes straight to an act when given its number in any script, and
 * the list of acts, newest first, filtered by the same box.
 */
@Route("legislation")
@AnonymousAllowed
class LegislationView extends Main implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 20;

    private final transient ActService acts;
    private final transient AuthenticationContext authentication;
    private final TextField box = new TextField();
    private final VirtualList<ActSummary> list = new VirtualList<>();
    private final Span count = new Span();
    private final SearchHitsList hits = new SearchHitsList();
    private final SearchFilters filters = new SearchFilters(this::runSearch);
    private final Button more = new Button();
    private final transient SearchService searchService;
    private String filter = "";
    private int offset;
    private int searchGeneration;

    LegislationView(ActService acts, SearchService search, AuthenticationContext authentication) {
        this.acts = acts;
        this.searchService = search;
        this.authentication = authentication;
        more.addClickListener(e -> showMore());
        more.setId("search-more");
        addClassNames("page", "legislation-page");
        box.setId("legislation-search");
        box.setPrefixComponent(VaadinIcon.SEARCH.create());
        box.setClearButtonVisible(true);
        box.setMaxLength(500);
        box.addKeyPressListener(Key.ENTER, e -> submit());
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().isEmpty()) {
                submit();
            }
        });
        list.setId("acts-list");
        list.setRenderer(new ComponentRenderer<>(this::card));
        list.addClassName("acts-list");
        count.addClassName("acts-count");
    }

    /** A search is a link: {@code /legislation?q=mehnat+shartnomasi}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        box.setValue(filter);
        if (getChildren().findAny().isPresent()) {
            refresh();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        H1 title = new H1(getTranslation("legislation.title"));
        Paragraph lead = new Paragraph(getTranslation("legislation.lead"));
        lead.addClassName("lead");
        box.setPlaceholder(getTranslation("legislation.search.placeholder"));
        box.setAriaLabel(getTranslation("legislation.search.placeholder"));
        box.setHelperText(getTranslation("legislation.search.help"));
        Button go = new Button(getTranslation("legislation.search.submit"), e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("legislation-search-submit");
        Div bar = new Div(box, go);
        bar.addClassName("search-bar");
        Anchor feed = new Anchor("/legislation/feed.atom?lang=" + SupportedLocale.closestTo(getLocale()).tag(),
                getTranslation("legislation.feed.link"));
        feed.setRouterIgnore(true);
        feed.setId("legislation-feed");
        feed.setTitle(getTranslation("legislation.feed.title"));
        feed.addClassName("feed-link");
        Div header = new Div(title, feed);
        header.addClassName("page-header");
        if (authentication.hasRole(Roles.ADMIN)) {
            Button importButton = new Button(getTranslation("legislation.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> UI.getCurrent().navigate(ImportView.class));
            importButton.setId("legislation-import");
            header.add(importButton);
        }
        more.setText(getTranslation("legislation.search.more"));
        filters.localise();
        Div results = new Div(count, hits, more, list);
        results.addClassName("search-results");
        Div body = new Div(filters, results);
        body.addClassName("search-body");
        add(header, lead, bar, body);
        refresh();
    }

    private void submit() {
        String text = box.getValue().strip();
        var cited = acts.uriForCitation(text);
        if (cited.isPresent()) {
            UI.getCurrent().navigate(cited.get().substring(1));
            return;
        }
        UI.getCurrent().navigate(LegislationView.class,
                text.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", text));
    }

    /** No words: the list of acts. Words: article-level hits with facets, filters and paging. */
    private void refresh() {
        boolean searching = !filter.isEmpty();
        list.setVisible(!searching);
        hits.setVisible(searching);
        filters.setVisible(searching);
        more.setVisible(false);
        if (searching) {
            runSearch();
            return;
        }
        int total = acts.count("");
        count.setText(getTranslation("legislation.list.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> acts.list("", query.getOffset(), query.getLimit()).stream(), query -> total));
        list.setVisible(total > 0);
    }

    /**
     * The hits are answered first, alone: counting the facets visits every match (or a sample of them) that the page
     * of hits skips. The counts are asked for in a second round trip that the browser starts as soon as it has shown
     * the hits; a newer search makes an older one's counts stale, and they are dropped.
     */
    private void runSearch() {
        offset = 0;
        hits.removeAll();
        SearchRequest request = filters.request(filter, offset, false);
        SearchResults results = searchService.search(request);
        showCount(results.total(), results.approximate() ? "legislation.search.countAtLeast"
                : "legislation.search.count");
        filters.countsPending();
        append(results);
        int generation = ++searchGeneration;
        getElement().executeJs("return null").then(shown -> showFacets(generation, request));
    }

    private void showFacets(int generation, SearchRequest request) {
        if (generation != searchGeneration) {
            return;
        }
        SearchFacets facets = searchService.facets(request);
        filters.show(facets.counts());
        if (facets.total() > 0) {
            showCount(facets.total(), facets.approximate() ? "legislation.search.countApproximate"
                    : "legislation.search.count");
        }
    }

    private void showCount(long total, String key) {
        count.setText(getTranslation(key, total));
    }

    private void showMore() {
        offset += PAGE;
        append(searchService.search(filters.request(filter, offset, false)));
    }

    private void append(SearchResults results) {
        results.hits().forEach(hit -> hits.add(hit, true));
        more.setVisible(offset + PAGE < results.total());
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
