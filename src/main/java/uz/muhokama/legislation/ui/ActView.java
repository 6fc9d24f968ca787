package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;
import uz.muhokama.search.SearchService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActDiscussions;
import uz.muhokama.legislation.ActRelationService;
import uz.muhokama.legislation.ActRelations;
import uz.muhokama.legislation.Amendment;
import uz.muhokama.legislation.LegislationException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import uz.muhokama.legislation.internal.ProvisionNames;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.i18n.Translations;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.internal.ActCitationLinks;
import uz.muhokama.legislation.internal.ActHtml;
import uz.muhokama.legislation.internal.ActLabels;
import uz.muhokama.shared.SupportedLocale;

/**
 * An act: its card (type, number, dates, status, publication), the table of contents and the text, in the language
 * and as of the date the reader chooses, optionally beside a second language. Every article has a permalink
 * ({@code /act/uz/code/2022/798/chp_2__art_13}) that opens the page at that article.
 */
@Route("act/uz/:type/:year/:number/:eid?")
@AnonymousAllowed
class ActView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final String OFF = "-";

    private final transient ActService acts;
    private final transient SearchService search;
    private final transient ActLabels actLabels;
    private final transient ActCitationLinks citations;
    private final transient ActRelationService relations;
    private final transient ProvisionNames provisionNames;
    private final transient Translations translations;
    private final transient AuthenticationContext authentication;
    private final transient List<ActDiscussions> discussions;
    private final SearchHitsList insideHits = new SearchHitsList();
    private ActDetails act;
    private String language;
    private String parallel;
    private LocalDate date;
    private String eId;
    private Locale builtFor;

    ActView(ActService acts, SearchService search, ActCitationLinks citations, ActLabels actLabels,
            ActRelationService relations, ProvisionNames provisionNames, Translations translations,
            AuthenticationContext authentication, List<ActDiscussions> discussions) {
        this.acts = acts;
        this.search = search;
        this.citations = citations;
        this.actLabels = actLabels;
        this.relations = relations;
        this.provisionNames = provisionNames;
        this.translations = translations;
        this.authentication = authentication;
        this.discussions = discussions;
        insideHits.setId("act-search-hits");
        addClassNames("page", "act-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ActDetails> found = ActRoute.find(event, acts);
        if (found.isEmpty()) {
            return;
        }
        act = found.get();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String uiLanguage = SupportedLocale.closestTo(getLocale()).tag();
        language = first(query, "lang").filter(act.languages()::contains)
                .orElse(act.languages().contains(uiLanguage) ? uiLanguage : act.languages().getFirst());
        parallel = first(query, "parallel").filter(l -> act.languages().contains(l) && !l.equals(language))
                .orElse(OFF);
        date = first(query, "date").flatMap(ActView::parseDate).orElse(LocalDate.now(ActService.TASHKENT));
        eId = event.getRouteParameters().get("eid").orElse("");
        build();
    }

    /** The labels follow a switch of the interface language; the act stays in the language it is read in. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (act != null && !event.getLocale().equals(builtFor)) {
            build();
        }
    }

    private void build() {
        builtFor = getLocale();
        removeAll();
        String title = act.summary().title(language);
        H1 heading = new H1(title);
        heading.addClassName("act-title");
        insideHits.removeAll();
        add(heading, new ActCard(act, language));
        discussions.stream().flatMap(d -> d.of(act.summary().uri(), getLocale()).stream()).forEach(d -> {
            Anchor link = new Anchor(d.href(), d.label());
            link.addClassName("act-discussed");
            add(link);
        });
        add(controls());
        RelationTexts relationTexts = new RelationTexts(provisionNames, translations,
                SupportedLocale.closestTo(getLocale()));
        ActRelations related = relations.of(act.summary().id());
        boolean editor = authentication.hasRole(Roles.ADMIN);
        if (related.hasAny()) {
            add(new ActRelationsPanel(related, relationTexts, editor ? this::removeAmendment : null));
        }
        if (editor) {
            add(recordRelation(relationTexts));
        }
        add(insideHits);
        Optional<EditionText> text = acts.textOn(act, language, date);
        if (text.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("legislation.act.noTextOnDate"));
            none.addClassName("act-empty");
            add(none);
            return;
        }
        ActHtml.Labels labels = labels(language);
        Html toc = new Html("<nav>" + ActHtml.toc(text.get().provisions(), labels) + "</nav>");
        Details contents = new Details(getTranslation("legislation.act.contents"), toc);
        contents.addClassName("act-toc");
        UI.getCurrent().getPage().retrieveExtendedClientDetails(
                details -> contents.setOpened(details.getWindowInnerWidth() >= 1024));
        String body;
        Optional<EditionText> other = OFF.equals(parallel) ? Optional.empty() : acts.textOn(act, parallel, date);
        if (other.isPresent()) {
            body = ActHtml.renderSideBySide(text.get(), other.get(), act.summary().uri(), labels,
                    labels(parallel));
        } else {
            body = ActHtml.render(text.get(), act.summary().uri(), labels, eId,
                    citations.forText(act.summary().uri(), text.get()), new RelationNotes(related, relationTexts));
        }
        Html content = new Html("<div class=\"act-body\">" + body + "</div>");
        Div layout = new Div(contents, content);
        layout.addClassName("act-layout");
        add(layout);
        copyLinksAndScroll(content);
    }

    private Div controls() {
        Select<String> languageSelect = languageSelect(act.languages(), language, "legislation.act.language");
        languageSelect.setId("act-language");
        languageSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reload(e.getValue(), parallel.equals(e.getValue()) ? OFF : parallel, date);
            }
        });
        List<String> others = new java.util.ArrayList<>(List.of(OFF));
        act.languages().stream().filter(l -> !l.equals(language)).forEach(others::add);
        Select<String> parallelSelect = languageSelect(others, parallel, "legislation.act.parallel");
        parallelSelect.setId("act-parallel");
        parallelSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                reload(language, e.getValue(), date);
            }
        });
        DatePicker asOf = new DatePicker(getTranslation("legislation.act.asOf"), date);
        asOf.setId("act-date");
        asOf.setLocale(getLocale());
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                reload(language, parallel, e.getValue());
            }
        });
        Anchor print = new Anchor(act.summary().uri() + "/print?lang=" + language + "&date=" + date,
                getTranslation("legislation.act.print"));
        print.setRouterIgnore(true);
        print.setId("act-print");
        print.addClassName("act-print-link");
        Anchor akn = download("akn.xml", "legislation.act.downloadXml", "act-akn");
        Anchor docx = download("text.docx", "legislation.act.downloadDocx", "act-docx");
        Anchor pdf = download("text.pdf", "legislation.act.downloadPdf", "act-pdf");
        TextField inside = new TextField(getTranslation("legislation.act.searchInside"));
        inside.setId("act-search");
        inside.setPrefixComponent(VaadinIcon.SEARCH.create());
        inside.setClearButtonVisible(true);
        inside.setMaxLength(500);
        inside.addKeyPressListener(Key.ENTER, e -> searchInside(inside.getValue()));
        inside.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                insideHits.removeAll();
            }
        });
        Div controls = new Div(languageSelect, parallelSelect, asOf, inside, print, akn, docx, pdf);
        if (act.editions().stream().filter(e -> e.language().equals(language)).count() > 1) {
            Anchor compare = new Anchor(act.summary().uri().substring(1) + "/compare?lang=" + language,
                    getTranslation("legislation.act.compare"));
            compare.setId("act-compare");
            compare.addClassName("act-print-link");
            controls.add(compare);
        }
        controls.addClassName("act-controls");
        return controls;
    }

    private Button recordRelation(RelationTexts texts) {
        Button add = new Button(getTranslation("legislation.relations.add"), VaadinIcon.LINK.create(),
                e -> new RelationDialog(act, relations, texts, this::refresh).open());
        add.setId("act-relation-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClassName("act-relation-add");
        return add;
    }

    private void removeAmendment(Amendment amendment) {
        try {
            relations.removeAmendment(amendment.id());
            Notification.show(getTranslation("legislation.relations.removed"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (LegislationException e) {
            Notification.show(getTranslation(e.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /** After a relation is saved or removed: the act's status and relations are read again. */
    private void refresh() {
        act = acts.byUri(act.summary().uri()).orElse(act);
        build();
    }

    private Anchor download(String file, String labelKey, String id) {
        Anchor link = new Anchor(act.summary().uri() + "/" + file + "?lang=" + language + "&date=" + date,
                getTranslation(labelKey));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setId(id);
        link.addClassName("act-print-link");
        return link;
    }

    private void searchInside(String words) {
        insideHits.removeAll();
        if (words.isBlank()) {
            return;
        }
        SearchResults results = search.search(new SearchRequest(words, null, Map.of("language", Set.of(language)),
                null, null, act.summary().uri(), false, 0, 10));
        Span count = new Span(getTranslation(results.approximate()
                ? "legislation.search.countApproximate" : "legislation.search.count", results.total()));
        count.addClassName("acts-count");
        insideHits.add(count);
        results.hits().forEach(hit -> insideHits.add(hit, false));
    }

    private Select<String> languageSelect(List<String> options, String value, String labelKey) {
        Select<String> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(options);
        select.setItemLabelGenerator(l -> OFF.equals(l) ? getTranslation("legislation.act.parallelOff")
                : SupportedLocale.fromTag(l).map(SupportedLocale::nativeName).orElse(l));
        select.setValue(value);
        return select;
    }

    private void reload(String newLanguage, String newParallel, LocalDate newDate) {
        Map<String, String> query = new HashMap<>();
        query.put("lang", newLanguage);
        if (!OFF.equals(newParallel)) {
            query.put("parallel", newParallel);
        }
        if (!newDate.equals(LocalDate.now(ActService.TASHKENT))) {
            query.put("date", newDate.toString());
        }
        UI.getCurrent().navigate(act.summary().uri().substring(1), QueryParameters.simple(query));
    }

    private void copyLinksAndScroll(Html content) {
        content.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const button = e.target.closest('[data-copy]');
                  if (!button) return;
                  navigator.clipboard && navigator.clipboard.writeText(location.origin + button.dataset.copy);
                  button.classList.add('copied');
                  setTimeout(() => button.classList.remove('copied'), 1500);
                });
                if ($0) {
                  requestAnimationFrame(() => {
                    const target = document.getElementById($0);
                    if (target) target.scrollIntoView({block: 'start'});
                  });
                }
                """, eId);
    }

    private ActHtml.Labels labels(String textLanguage) {
        return actLabels.of(SupportedLocale.fromTag(textLanguage).orElse(SupportedLocale.DEFAULT),
                SupportedLocale.closestTo(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return act == null ? getTranslation("legislation.title") : act.summary().title(language) + " · "
                + getTranslation("app.name");
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(l -> !l.isEmpty()).map(List::getFirst);
    }

    private static Optional<LocalDate> parseDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String formatDate(LocalDate date, java.util.Locale locale) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** Keeps the header compact on phones: a badge and a line of facts. */
    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }
}
