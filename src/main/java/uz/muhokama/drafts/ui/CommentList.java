package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentOrder;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.CommentView;

/**
 * The top-level comments of one scope with their replies, a page at a time ("show more" asks for the next page; a
 * draft with a million comments never has them all fetched), in the order the reader picks.
 */
class CommentList extends Div {

    static final int PAGE = 20;

    private final CommentPage page;
    private final String prefix;
    private final Span count = new Span();
    private final Div items = new Div();
    private final Button more = new Button();
    private final Select<CommentOrder> order = new Select<>();
    private CommentScope scope;
    private int loaded;

    /**
     * @param prefix the list's element id; its parts are {@code prefix-count}, {@code prefix-order},
     *     {@code prefix-more}, and each comment is {@code prefix-<id>}
     */
    CommentList(CommentPage page, CommentScope scope, String prefix) {
        this.page = page;
        this.scope = scope;
        this.prefix = prefix;
        setId(prefix);
        addClassName("comment-list");
        count.setId(prefix + "-count");
        count.addClassName("comment-list-count");
        order.setId(prefix + "-order");
        order.setAriaLabel(getTranslation("drafts.comments.order"));
        order.setItems(CommentOrder.values());
        order.setItemLabelGenerator(o -> getTranslation("drafts.comments.order." + o.name()));
        order.setValue(CommentOrder.NEWEST);
        order.addValueChangeListener(e -> reload());
        order.addClassName("comment-order");
        Div bar = new Div(count, order);
        bar.addClassName("comment-list-bar");
        items.addClassName("comment-items");
        more.setText(getTranslation("drafts.comments.more"));
        more.setId(prefix + "-more");
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassName("comment-more");
        more.addClickListener(e -> append(PAGE));
        add(bar, items, more);
        reload();
    }

    void scope(CommentScope scope) {
        this.scope = scope;
        reload();
    }

    /** Shows the list afresh, as many comments as were shown before (at least a page). */
    void reload() {
        int keep = Math.max(PAGE, loaded);
        items.removeAll();
        loaded = 0;
        append(keep);
    }

    private void append(int limit) {
        int total = page.comments.count(page.draft.id(), scope);
        count.setText(getTranslation("drafts.comments.count", total));
        List<CommentView> top = page.comments.topLevel(page.draft.id(), scope, order.getValue(), loaded, limit);
        List<CommentId> threads = top.stream().map(CommentView::id).toList();
        List<CommentView> replies = page.comments.replies(threads);
        List<CommentId> all = new ArrayList<>(threads);
        replies.forEach(r -> all.add(r.id()));
        Map<CommentId, Integer> votes = page.comments.myVotes(all);
        boolean showProvision = scope.everything();
        for (CommentView c : top) {
            List<CommentView> thread = replies.stream().filter(r -> c.id().equals(r.thread())).toList();
            items.add(new CommentCard(page, c, thread, votes, prefix, showProvision, this::reload));
        }
        loaded += top.size();
        if (total == 0) {
            Paragraph none = new Paragraph(getTranslation("drafts.comments.none"));
            none.addClassName("comment-none");
            none.setId(prefix + "-none");
            items.add(none);
        }
        more.setVisible(loaded < total);
        count.setVisible(total > 0);
        order.setVisible(total > 1);
    }
}
