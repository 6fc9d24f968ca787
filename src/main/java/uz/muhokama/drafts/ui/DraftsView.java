package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.shared.SupportedLocale;

/**
 * The public list of drafts: filters (status, agency, act type, open or closed, words) and three orders, loaded lazily
 * as the reader scrolls. The filters live in the address ({@code ?q=&status=&agency=&type=&period=&sort=}), so a
 * filtered list can be shared and the back button works; the Atom feed of the same agency or type is offered beside
 * it, and announced in the page head for feed readers. Agency editors find the button for a new draft here.
 */
@Route("drafts")
@AnonymousAllowed
class DraftsView extends Main implements LocaleChangeObserver, HasDynamicTitle, BeforeEnterObserver {

    private static final String OPEN = "open";
    private static final String CLOSED = "closed";
    private static final String FEED = "drafts/feed.atom";

    private final transient DraftService drafts;
    private final transient OrganisationService organisations;
    private final VirtualList<DraftListItem> list = new VirtualList<>();
    private final Span count = new Span();
    private final Paragraph empty = new Paragraph();
    private final Select<DraftStatus> status = new Select<>();
    private final ComboBox<OrganisationDetails> agency = new ComboBox<>();
    private final Select<DraftActType> type = new Select<>();
    private final Select<String> period = new Select<>();
    private final Select<DraftSort> sort = new Select<>();
    private final TextField text = new TextField();
    private final Button clear = new Button();
    private final Anchor feed = new Anchor();
    private transient Map<OrganisationId, OrganisationDetails> agencies = Map.of();
    private QueryParameters requested = QueryParameters.empty();
    private boolean restoring;

    DraftsView(DraftService drafts, OrganisationService organisations) {
        this.drafts = drafts;
        this.organisations = organisations;
        addClassNames("page", "drafts-page");
        status.setId("drafts-filter-status");
        status.setItems(DraftStatus.OPEN, DraftStatus.CLOSED, DraftStatus.ANSWERED, DraftStatus.ADOPTED,
                DraftStatus.WITHDRAWN);
        status.setEmptySelectionAllowed(true);
        agency.setId("drafts-filter-agency");
        agency.setClearButtonVisible(true);
        type.setId("drafts-filter-type");
        type.setItems(DraftActType.values());
        type.setEmptySelectionAllowed(true);
        period.setId("drafts-filter-period");
        period.setItems(OPEN, CLOSED);
        period.setEmptySelectionAllowed(true);
        sort.setId("drafts-sort");
        sort.setItems(DraftSort.values());
        sort.setValue(DraftSort.NEWEST);
        text.setId("drafts-filter-text");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        list.setId("drafts-list");
        list.addClassName("drafts-list");
        count.addClassName("drafts-count");
        count.setId("drafts-count");
        empty.setId("drafts-list-empty");
        empty.addClassName("drafts-list-empty");
        clear.setId("drafts-list-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> clearFilters());
        feed.setId("drafts-list-feed");
        feed.addClassName("drafts-list-feed");
        feed.setRouterIgnore(true);
        status.addValueChangeListener(e -> filtersChanged());
        agency.addValueChangeListener(e -> filtersChanged());
        type.addValueChangeListener(e -> filtersChanged());
        period.addValueChangeListener(e -> filtersChanged());
        sort.addValueChangeListener(e -> filtersChanged());
        text.addValueChangeListener(e -> filtersChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requested = event.getLocation().getQueryParameters();
        if (!agencies.isEmpty()) {
            restore();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        agencies = organisations.all().stream().filter(o -> o.type() != OrganisationType.UTILITY)
                .collect(Collectors.toMap(OrganisationDetails::id, Function.identity()));
        status.setLabel(getTranslation("drafts.list.status"));
        status.setEmptySelectionCaption(getTranslation("drafts.list.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("drafts.list.any")
                : getTranslation("drafts.status." + s.name()));
        agency.setLabel(getTranslation("drafts.list.agency"));
        agency.setPlaceholder(getTranslation("drafts.list.any"));
        agency.setItems(agencies.values().stream()
                .sorted(Comparator.comparing(o -> o.names().in(getLocale()))).toList());
        agency.setItemLabelGenerator(o -> o.names().in(getLocale()));
        type.setLabel(getTranslation("drafts.list.type"));
        type.setEmptySelectionCaption(getTranslation("drafts.list.any"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("drafts.list.any")
                : getTranslation("drafts.type." + t.name()));
        period.setLabel(getTranslation("drafts.list.period"));
        period.setEmptySelectionCaption(getTranslation("drafts.list.any"));
        period.setItemLabelGenerator(p -> p == null ? getTranslation("drafts.list.any")
                : getTranslation("drafts.list.period." + p));
        sort.setLabel(getTranslation("drafts.list.sort"));
        sort.setItemLabelGenerator(s -> getTranslation("drafts.list.sort." + s.name()));
        text.setLabel(getTranslation("drafts.list.search"));
        text.setPlaceholder(getTranslation("drafts.list.searchPlaceholder"));
        clear.setText(getTranslation("drafts.list.clear"));
        feed.setText(getTranslation("drafts.list.feed"));
        empty.setText(getTranslation("drafts.list.empty"));
        list.setRenderer(new ComponentRenderer<>(d -> new DraftCard(d, agencies.containsKey(d.organisation())
                ? agencies.get(d.organisation()).names().in(getLocale()) : "")));

        Div header = new Div(new H1(getTranslation("drafts.list.title")));
        header.addClassName("page-header");
        if (!drafts.organisationsForEditor().isEmpty()) {
            Button create = new Button(getTranslation("drafts.list.new"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("drafts/new")));
            create.setId("drafts-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        Paragraph lead = new Paragraph(getTranslation("drafts.list.lead"));
        lead.addClassName("lead");
        Div filters = new Div(text, status, period, type, agency, sort);
        filters.addClassName("drafts-filters");
        feed.addComponentAsFirst(VaadinIcon.CONNECT.create());
        Div summary = new Div(count, clear, feed);
        summary.addClassName("drafts-list-summary");
        add(header, lead, filters, summary, empty, list);
        restore();
    }

    /** Sets the fields from the address without writing the address back for each of them. */
    private void restore() {
        Map<String, String> p = requested.getParameters().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getFirst()));
        restoring = true;
        try {
            text.setValue(p.getOrDefault("q", ""));
            status.setValue(parse(DraftStatus.class, p.get("status")));
            type.setValue(parse(DraftActType.class, p.get("type")));
            period.setValue(OPEN.equals(p.get("period")) || CLOSED.equals(p.get("period")) ? p.get("period") : null);
            DraftSort order = parse(DraftSort.class, p.get("sort"));
            sort.setValue(order == null ? DraftSort.NEWEST : order);
            agency.setValue(agencyOf(p.get("agency")));
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        requested = QueryParameters.simple(query());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("drafts", requested)));
        refresh();
    }

    private void clearFilters() {
        requested = QueryParameters.empty();
        restore();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("drafts")));
    }

    private void refresh() {
        DraftFilter filter = filter();
        int total = drafts.count(filter);
        count.setText(getTranslation("drafts.list.count", total));
        empty.setVisible(total == 0);
        list.setVisible(total > 0);
        clear.setVisible(!query().isEmpty() && !(query().size() == 1 && query().containsKey("sort")));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> drafts.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> drafts.count(filter)));
        String href = feedAddress();
        feed.setHref(href);
        getUI().ifPresent(ui -> ui.getPage().executeJs(ALTERNATE_LINK, href, feed.getText()));
    }

    /** The feed matching the agency or type chosen (an agency wins), else the feed of all drafts. */
    private String feedAddress() {
        String language = "lang=" + SupportedLocale.closestTo(getLocale()).tag();
        if (agency.getValue() != null) {
            return FEED + "?agency=" + agency.getValue().id().value() + "&" + language;
        }
        if (type.getValue() != null) {
            return FEED + "?type=" + type.getValue().name() + "&" + language;
        }
        return FEED + "?" + language;
    }

    /** One {@code <link rel="alternate">} in the head for feed readers, replaced as the filters change. */
    private static final String ALTERNATE_LINK = """
            let link = document.head.querySelector('link#drafts-feed-link');
            if (!link) {
              link = document.createElement('link');
              link.id = 'drafts-feed-link';
              link.rel = 'alternate';
              link.type = 'application/atom+xml';
              document.head.appendChild(link);
            }
            link.href = $0;
            link.title = $1;
            """;

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().executeJs(ALTERNATE_LINK, feedAddress(), feed.getText());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().getPage().executeJs("document.head.querySelector('link#drafts-feed-link')?.remove()");
        super.onDetach(event);
    }

    private Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        if (!text.getValue().isBlank()) {
            q.put("q", text.getValue().strip());
        }
        if (status.getValue() != null) {
            q.put("status", status.getValue().name());
        }
        if (period.getValue() != null) {
            q.put("period", period.getValue());
        }
        if (type.getValue() != null) {
            q.put("type", type.getValue().name());
        }
        if (agency.getValue() != null) {
            q.put("agency", Long.toString(agency.getValue().id().value()));
        }
        if (sort.getValue() != null && sort.getValue() != DraftSort.NEWEST) {
            q.put("sort", sort.getValue().name());
        }
        return q;
    }

    private DraftFilter filter() {
        Boolean open = period.getValue() == null ? null : OPEN.equals(period.getValue());
        OrganisationId organisation = agency.getValue() == null ? null : agency.getValue().id();
        return new DraftFilter(status.getValue(), organisation, type.getValue(), open, text.getValue(),
                sort.getValue() == null ? DraftSort.NEWEST : sort.getValue());
    }

    private OrganisationDetails agencyOf(String id) {
        try {
            return id == null ? null : agencies.get(new OrganisationId(Long.parseLong(id)));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(name)) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.list.title");
    }
}
