package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.EditionComparison;
import uz.muhokama.legislation.EditionInfo;
import uz.muhokama.legislation.ProvisionChange;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.internal.ActHtml;

/**
 * Two editions of an act in one language, compared provision by provision: removed words struck through, added words
 * underlined, added and removed provisions marked. By default only what changed is shown.
 */
@Route("act/uz/:type/:year/:number/compare")
@AnonymousAllowed
class ActCompareView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ActService acts;
    private ActDetails act;

    ActCompareView(ActService acts) {
        this.acts = acts;
        addClassNames("page", "compare-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ActDetails> found = ActRoute.find(event, acts);
        if (found.isEmpty()) {
            return;
        }
        act = found.get();
        QueryParameters query = event.getLocation().getQueryParameters();
        String language = query.getSingleParameter("lang").filter(act.languages()::contains)
                .orElse(act.languages().getFirst());
        List<EditionInfo> editions = act.editions().stream().filter(e -> e.language().equals(language)).toList();
        EditionInfo to = pick(editions, query.getSingleParameter("to"), editions.getLast());
        EditionInfo from = pick(editions, query.getSingleParameter("from"),
                editions.size() > 1 ? editions.get(editions.size() - 2) : to);
        build(language, editions, from, to, !query.getSingleParameter("all").isPresent());
    }

    private void build(String language, List<EditionInfo> editions, EditionInfo from, EditionInfo to,
                       boolean onlyChanges) {
        removeAll();
        Anchor back = new Anchor(act.summary().uri().substring(1) + "?lang=" + language, act.summary().title(language));
        back.addClassName("compare-back");
        H1 title = new H1(getTranslation("legislation.compare.title"));
        Select<EditionInfo> fromSelect = editionSelect("legislation.compare.from", editions, from);
        fromSelect.setId("compare-from");
        Select<EditionInfo> toSelect = editionSelect("legislation.compare.to", editions, to);
        toSelect.setId("compare-to");
        Checkbox changesOnly = new Checkbox(getTranslation("legislation.compare.onlyChanges"), onlyChanges);
        changesOnly.setId("compare-only-changes");
        Runnable reload = () -> UI.getCurrent().navigate(act.summary().uri().substring(1) + "/compare",
                QueryParameters.simple(query(language, fromSelect.getValue(), toSelect.getValue(),
                        changesOnly.getValue())));
        fromSelect.addValueChangeListener(e -> reload.run());
        toSelect.addValueChangeListener(e -> reload.run());
        changesOnly.addValueChangeListener(e -> reload.run());
        Div controls = new Div(fromSelect, toSelect, changesOnly);
        controls.addClassName("act-controls");
        add(back, title, controls);
        if (editions.size() < 2) {
            add(new Paragraph(getTranslation("legislation.compare.single")));
            return;
        }
        List<ProvisionChange> changes = EditionComparison.compare(acts.text(from), acts.text(to));
        long changed = changes.stream().filter(c -> c.change() != ProvisionChange.Change.SAME).count();
        Paragraph summary = new Paragraph(getTranslation("legislation.compare.summary", changed));
        summary.setId("compare-summary");
        add(summary, new Html(render(changes, onlyChanges)));
    }

    private static Map<String, String> query(String language, EditionInfo from, EditionInfo to, boolean onlyChanges) {
        Map<String, String> query = new java.util.HashMap<>(Map.of("lang", language,
                "from", from.validFrom().toString(), "to", to.validFrom().toString()));
        if (!onlyChanges) {
            query.put("all", "1");
        }
        return query;
    }

    private String render(List<ProvisionChange> changes, boolean onlyChanges) {
        StringBuilder html = new StringBuilder("<div class=\"compare\">");
        for (ProvisionChange change : changes) {
            if (onlyChanges && change.change() == ProvisionChange.Change.SAME) {
                continue;
            }
            var p = change.provision();
            String label = p.kind() == ProvisionKind.ARTICLE
                    ? getTranslation("legislation.label.article", p.number()) + " " : "";
            html.append("<div class=\"compare-row compare-").append(change.change().name().toLowerCase())
                    .append("\" id=\"").append(ActHtml.escape(p.eId()))
                    .append("\"><span class=\"compare-badge\">")
                    .append(ActHtml.escape(
                            getTranslation("legislation.compare.change." + change.change().name())))
                    .append("</span>").append(p.kind().isHeading() ? "<strong>" : "<p>")
                    .append(ActHtml.escape(label)).append(change.diffHtml())
                    .append(p.kind().isHeading() ? "</strong>" : "</p>").append("</div>");
        }
        return html.append("</div>").toString();
    }

    private Select<EditionInfo> editionSelect(String labelKey, List<EditionInfo> editions, EditionInfo value) {
        Select<EditionInfo> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(editions);
        select.setItemLabelGenerator(e -> ActView.formatDate(e.validFrom(), getLocale())
                + (e.validTo() == null ? "" : " – " + ActView.formatDate(e.validTo(), getLocale())));
        select.setValue(value);
        return select;
    }

    private static EditionInfo pick(List<EditionInfo> editions, Optional<String> date, EditionInfo fallback) {
        return date.flatMap(d -> editions.stream().filter(e -> e.validFrom().toString().equals(d)).findFirst())
                .orElse(fallback);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legislation.compare.title") + " · " + getTranslation("app.name");
    }
}
