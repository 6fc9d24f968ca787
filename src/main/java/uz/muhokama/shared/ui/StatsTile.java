package uz.muhokama.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure of a statistics page: what it is, the number (with an id for tests), and a short note under it. */
public final class StatsTile {

    private StatsTile() {
    }

    public static Div of(String id, String label, String value, String note) {
        Span name = new Span(label);
        name.addClassName("stats-tile-label");
        Span number = new Span(value);
        number.addClassName("stats-tile-value");
        number.setId(id);
        Span small = new Span(note);
        small.addClassName("stats-tile-note");
        Div tile = new Div(name, number, small);
        tile.addClassName("stats-tile");
        return tile;
    }
}
