package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import uz.muhokama.drafts.ConsolidatedTable;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.TableInfo;
import uz.muhokama.drafts.TableRow;
import uz.muhokama.shared.SupportedLocale;

/**
 * A draft's consolidated table of proposals for everyone: each proposal with its provision, proposed wording,
 * author, the agency's decision and reason, a page at a time, and the table to download as CSV, XLSX or PDF. On a
 * phone each row reads as a card.
 */
@Route("drafts/:id([0-9]{1,18})/table")
@AnonymousAllowed
class TableView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final int PAGE = 50;
    private static final String[] COLUMNS = {"number", "provision", "proposal", "author", "disposition", "reason"};

    private final transient DraftService drafts;
    private final transient ConsolidatedTable table;
    private DraftDetails draft;
    private TableInfo info;
    private NativeTableBody body;
    private int shown;

    TableView(DraftService drafts, ConsolidatedTable table) {
        this.drafts = drafts;
        this.table = table;
        addClassNames("page", "table-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DraftId id = new DraftId(Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
        draft = drafts.find(id).filter(d -> d.status().isPublic()).orElseThrow(NotFoundException::new);
        info = table.find(id).orElse(null);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("drafts.table.pageTitle", draft == null ? "" : draft.title(getLocale()));
    }

    private void render() {
        removeAll();
        H1 title = new H1(getTranslation("drafts.table.title"));
        title.setId("table-title");
        Anchor back = new Anchor("/drafts/" + draft.id().value(), draft.title(getLocale()));
        back.setId("table-draft-link");
        back.addClassName("table-draft-link");
        Div header = new Div(title);
        header.addClassName("page-header");
        add(header, back);
        if (info == null) {
            Paragraph none = new Paragraph(getTranslation("drafts.table.notPublished"));
            none.setId("table-not-published");
            none.addClassName("table-note");
            add(none);
            return;
        }
        Span published = new Span(getTranslation("drafts.table.publishedAt",
                DraftFormat.date(info.publishedAt(), getLocale())));
        Span count = new Span(getTranslation("drafts.table.summary", info.rows()));
        count.setId("table-count");
        Div facts = new Div(published, count);
        facts.addClassName("table-facts");
        add(facts, downloads());
        NativeTable grid = new NativeTable();
        grid.setId("table-rows");
        grid.addClassName("proposals-table");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String column : COLUMNS) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("drafts.table.column." + column));
            cell.addClassName("col-" + column);
            headRow.add(cell);
        }
        head.add(headRow);
        body = new NativeTableBody();
        grid.add(head, body);
        Div scroller = new Div(grid);
        scroller.addClassName("proposals-table-scroller");
        add(scroller);
        shown = 0;
        more();
    }

    private Div downloads() {
        Span label = new Span(getTranslation("drafts.table.download"));
        label.addClassName("table-downloads-label");
        Div links = new Div(label);
        links.addClassName("table-downloads");
        String lang = SupportedLocale.closestTo(getLocale()).tag();
        for (String format : List.of("csv", "xlsx", "pdf")) {
            Anchor link = new Anchor("/drafts/" + draft.id().value() + "/table." + format + "?lang=" + lang,
                    getTranslation("drafts.table.download." + format));
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            link.setTarget(AnchorTarget.BLANK);
            link.setId("table-download-" + format);
            link.addClassName("table-download");
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());
            links.add(link);
        }
        return links;
    }

    private void more() {
        getChildren().filter(c -> c.getId().filter("table-more"::equals).isPresent()).toList().forEach(this::remove);
        List<TableRow> rows = table.rows(draft.id(), shown, PAGE);
        rows.forEach(r -> body.add(row(r)));
        shown += rows.size();
        if (shown < info.rows() && !rows.isEmpty()) {
            Button more = new Button(getTranslation("drafts.table.more"), e -> more());
            more.setId("table-more");
            more.addClassName("table-more");
            add(more);
        }
    }

    private NativeTableRow row(TableRow r) {
        NativeTableRow row = new NativeTableRow();
        row.setId("table-row-" + r.number());
        row.add(cell("number", String.valueOf(r.number())));
        row.add(cell("provision", Optional.ofNullable(r.provisionLabel())
                .orElseGet(() -> getTranslation("drafts.answers.wholeDraft"))));
        NativeTableCell proposal = cell("proposal", null);
        Paragraph text = new Paragraph(r.proposal());
        text.addClassName("table-proposal-text");
        proposal.add(text);
        if (r.proposedWording() != null) {
            Span label = new Span(getTranslation("drafts.table.column.wording"));
            label.addClassName("table-wording-label");
            Paragraph wording = new Paragraph(r.proposedWording());
            wording.addClassName("table-wording");
            proposal.add(label, wording);
        }
        row.add(proposal);
        row.add(cell("author", r.authorName()));
        NativeTableCell disposition = cell("disposition", null);
        if (r.disposition() != null) {
            Span badge = new Span(getTranslation("drafts.answers.disposition." + r.disposition().name()));
            badge.getElement().getThemeList().add("badge " + switch (r.disposition()) {
                case ACCEPTED -> "success";
                case PARTLY_ACCEPTED -> "";
                case REJECTED -> "error";
                case NOTED -> "contrast";
            });
            disposition.add(badge);
        }
        row.add(disposition);
        row.add(cell("reason", r.reason()));
        return row;
    }

    private NativeTableCell cell(String column, String text) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("col-" + column);
        cell.getElement().setAttribute("data-label", getTranslation("drafts.table.column." + column));
        if (text != null) {
            cell.setText(text);
        }
        return cell;
    }
}
