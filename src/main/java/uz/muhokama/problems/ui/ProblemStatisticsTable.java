package uz.muhokama.problems.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/**
 * A plain HTML table with a caption, column headers and a row header per line, so that a screen reader reads each
 * number with its row and column; it scrolls sideways inside its card on a phone instead of widening the page.
 */
final class ProblemStatisticsTable {

    private ProblemStatisticsTable() {
    }

    /** {@code rows}: the first cell of each is the row's name, the others its numbers. */
    static Component of(String id, String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.setCaptionText(caption);
        table.addClassName("problems-stats-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        var body = table.addBody();
        for (List<String> values : rows) {
            NativeTableRow row = body.addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(values.getFirst());
            name.getElement().setAttribute("scope", "row");
            for (String value : values.subList(1, values.size())) {
                row.addDataCell().setText(value);
            }
        }
        Div scroll = new Div(table);
        scroll.setId(id);
        scroll.addClassName("problems-stats-table-scroll");
        // A scrolling region must be reachable by keyboard to be scrolled without a mouse.
        scroll.getElement().setAttribute("tabindex", "0");
        scroll.getElement().setAttribute("role", "region");
        scroll.getElement().setAttribute("aria-label", caption);
        return scroll;
    }
}
