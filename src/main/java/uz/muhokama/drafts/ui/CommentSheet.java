package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.NewComment;

/**
 * The comments on one article, opened from the article in the text: its text, the form for a comment or a new wording,
 * and the comments written on it in this and earlier versions. On a phone it fills the screen from the bottom; on a
 * wide screen it is a dialog over the text.
 */
class CommentSheet extends Dialog {

    CommentSheet(CommentPage page, DraftProvision article) {
        setId("comment-sheet");
        addClassName("comment-sheet");
        setHeaderTitle(page.label(article));
        Button close = new Button(VaadinIcon.CLOSE.create(), e -> close());
        close.setId("comment-sheet-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        close.setAriaLabel(getTranslation("drafts.comments.close"));
        getHeader().add(close);
        String wording = page.wordingOf(page.shown, article.eId());
        Paragraph text = new Paragraph(wording == null ? "" : wording);
        text.addClassName("comment-sheet-text");
        text.setId("comment-sheet-text");
        Div body = new Div(text);
        body.addClassName("comment-sheet-body");
        CommentList list = new CommentList(page, CommentScope.provision(article.stableKey()), "comment-sheet-list");
        body.add(CommentsSection.writeOrWhy(page, () -> new CommentForm("comment-sheet-form",
                "drafts.comments.form.send", wording, true, null, (comment, proposed, file) -> {
                    if (page.drafts.find(page.draft.id()).map(d -> d.latestVersion() != page.shown).orElse(true)) {
                        throw new DraftException("drafts.comments.newerVersion");
                    }
                    page.comments.post(new NewComment(page.draft.id(), article.eId(), null, comment, proposed, file));
                    CommentForm.done(getTranslation("drafts.comments.posted"));
                    page.changed(article.stableKey());
                    list.reload();
                })));
        body.add(list);
        add(body);
        setCloseOnOutsideClick(true);
    }
}
