package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import uz.muhokama.legislation.ActRelations;
import uz.muhokama.legislation.Amendment;
import uz.muhokama.legislation.Citation;
import uz.muhokama.legislation.ProvisionRef;
import uz.muhokama.legislation.Repeal;

/**
 * An act's relations under its card: the act that made it lose force, then folded lists of the changes made to it,
 * the changes it made, the acts it repealed, and the citations both ways. Only groups that have something show.
 */
class ActRelationsPanel extends Section {

    private final transient RelationTexts texts;
    private final transient Consumer<Amendment> remove;

    /**
     * @param remove what removing a change made to this act does, or {@code null} for readers who may not remove
     */
    ActRelationsPanel(ActRelations relations, RelationTexts texts, Consumer<Amendment> remove) {
        this.texts = texts;
        this.remove = remove;
        setId("act-relations");
        addClassName("act-relations");
        if (relations.lostForceBy() != null) {
            Repeal repeal = relations.lostForceBy();
            Div lost = new Div(new Span(texts.text("legislation.relations.lostForceBy",
                    texts.date(repeal.lostForceOn()))), link(repeal.repealing()));
            lost.setId("act-lost-force");
            lost.addClassName("act-lost-force");
            add(lost);
        }
        group("act-amended-by", "legislation.relations.amendedBy", relations.amendedBy(), this::amendedBy);
        group("act-amends", "legislation.relations.amends", relations.amends(), a -> item(
                new Span(texts.provision(a.amending().eId()) + " → " + texts.kind(a.kind()) + ":"),
                link(a.target()), date(a)));
        group("act-repeals", "legislation.relations.repeals", relations.repeals(), r -> item(
                link(new ProvisionRef(r.repealed(), null)), new Span(texts.title(r.repealed())),
                new Span(texts.date(r.lostForceOn()))));
        group("act-cited-by", "legislation.relations.citedBy", relations.citedBy(), this::citedBy);
        group("act-cites", "legislation.relations.cites", relations.cites(), this::cites);
    }

    private ListItem amendedBy(Amendment a) {
        ListItem item = item(new Span(texts.provision(a.target().eId()) + " — " + texts.kind(a.kind()) + ":"),
                link(a.amending()), date(a));
        if (remove != null) {
            Button button = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(a));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            button.setId("amendment-remove-" + a.id());
            button.setAriaLabel(texts.text("legislation.relations.remove"));
            button.setTooltipText(texts.text("legislation.relations.remove"));
            item.add(button);
        }
        return item;
    }

    private ListItem citedBy(Citation c) {
        ListItem item = item(link(c.citing()), new Span(texts.title(c.citing().act())));
        if (c.cited().eId() != null) {
            item.addComponentAsFirst(new Span(texts.provision(c.cited().eId()) + " ←"));
        }
        return item;
    }

    private ListItem cites(Citation c) {
        return item(new Span(texts.provision(c.citing().eId()) + " →"), link(c.cited()),
                new Span(texts.title(c.cited().act())));
    }

    private <T> void group(String id, String titleKey, List<T> rows, Function<T, ListItem> item) {
        if (rows.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        rows.forEach(row -> list.add(item.apply(row)));
        Details details = new Details(texts.text(titleKey, rows.size()), list);
        details.setId(id);
        details.addClassName("act-relation-group");
        details.setOpened(rows.size() <= 5);
        add(details);
    }

    private Span date(Amendment a) {
        Span date = new Span(texts.text("legislation.relations.inForceFrom", texts.date(a.inForceFrom())));
        date.addClassName("relation-date");
        return date;
    }

    private Anchor link(ProvisionRef ref) {
        Anchor anchor = new Anchor(ref.href(), texts.ref(ref));
        anchor.setTitle(texts.title(ref.act()));
        anchor.addClassName("relation-link");
        return anchor;
    }

    private static ListItem item(Component... parts) {
        ListItem item = new ListItem(parts);
        item.addClassName("act-relation");
        return item;
    }
}
