package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;

/**
 * The public list of drafts: filters (status, agency, act type, open or closed, words) and two orders, loaded lazily
 * as the reader scrolls. Agency editors find the button for a new draft here.
 */
@Route("drafts")
@AnonymousAllowed
class DraftsView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final String OPEN = "open";
    private static final String CLOSED = "closed";

    private final transient DraftService drafts;
    private final transient OrganisationService organisations;
    private final VirtualList<uz.muhokama.drafts.DraftListItem> list = new VirtualList<>();
    private final Span count = new Span();
    private final Select<DraftStatus> status = new Select<>();
    private final ComboBox<OrganisationDetails> agency = new ComboBox<>();
    private final Select<DraftActType> type = new Select<>();
    private final Select<String> period = new Select<>();
    private final Select<DraftSort> sort = new Select<>();
    private final TextField text = new TextField();
    private transient Map<OrganisationId, OrganisationDetails> agencies = Map.of();

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
        status.addValueChangeListener(e -> refresh());
        agency.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
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
        agency.setItems(agencies.values().stream()
                .sorted(java.util.Comparator.comparing(o -> o.names().in(getLocale()))).toList());
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
        add(header, lead, filters, count, list);
        refresh();
    }

    private void refresh() {
        DraftFilter filter = filter();
        int total = drafts.count(filter);
        count.setText(getTranslation("drafts.list.count", total));
        list.setDataProvider(DataProvider.fromCallbacks(
                query -> drafts.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> drafts.count(filter)));
    }

    private DraftFilter filter() {
        Boolean open = period.getValue() == null ? null : OPEN.equals(period.getValue());
        OrganisationId organisation = agency.getValue() == null ? null : agency.getValue().id();
        return new DraftFilter(status.getValue(), organisation, type.getValue(), open, text.getValue(),
                sort.getValue() == null ? DraftSort.NEWEST : sort.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.list.title");
    }
}
