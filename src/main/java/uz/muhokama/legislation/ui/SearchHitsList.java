package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import uz.muhokama.search.SearchHit;

/** Search hits as cards: the article, the act, and a snippet with the matched words marked. */
class SearchHitsList extends Div {

    SearchHitsList() {
        addClassName("search-hits");
        setId("search-hits");
    }

    void add(SearchHit hit, boolean showAct) {
        Anchor card = new Anchor(hit.url().substring(1), "");
        card.addClassName("search-hit");
        Span title = new Span(hit.title());
        title.addClassName("search-hit-title");
        card.add(title);
        if (showAct) {
            Span act = new Span(hit.stored().getOrDefault("act", "") + " · " + hit.stored().getOrDefault("number", ""));
            act.addClassName("search-hit-act");
            card.add(act);
        }
        if (!hit.snippet().isBlank()) {
            // The highlighter escapes the text; the only markup is its <mark> around matched words.
            card.add(new Html("<p class=\"search-hit-snippet\">" + hit.snippet() + "</p>"));
        }
        add(card);
    }
}
