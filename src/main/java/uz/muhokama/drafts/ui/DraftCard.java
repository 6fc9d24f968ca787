package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.Texts;

/**
 * A draft in the list: its title, agency, type, number, status, period and number of comments, the whole card a link
 * to its page.
 */
class DraftCard extends Anchor {

    DraftCard(DraftListItem draft, String agency) {
        setHref("drafts/" + draft.id().value());
        addClassName("draft-card");
        setId("draft-card-" + draft.id().value());
        Span type = new Span(getTranslation("drafts.type." + draft.type().name()));
        type.addClassName("draft-type");
        Div top = new Div(type);
        if (draft.number() != null) {
            Span number = new Span(draft.number());
            number.addClassName("draft-number");
            top.add(number);
        }
        top.add(DraftFormat.statusBadge(this, draft.status()));
        top.addClassName("draft-card-top");
        Span title = new Span(Texts.pick(getLocale(), draft.titleUz(), draft.titleRu()));
        title.addClassName("draft-card-title");
        Span agencyLine = new Span(agency);
        agencyLine.addClassName("draft-card-agency");
        Span period = new Span(DraftFormat.period(this, getLocale(), draft.status(), draft.start(), draft.end()));
        period.addClassName("draft-card-period");
        Span comments = new Span(VaadinIcon.COMMENTS_O.create(),
                new Span(getTranslation("drafts.list.comments", draft.comments())));
        comments.addClassName("draft-card-comments");
        Div bottom = new Div(period, comments);
        bottom.addClassName("draft-card-bottom");
        add(top, title, agencyLine, bottom);
    }
}
