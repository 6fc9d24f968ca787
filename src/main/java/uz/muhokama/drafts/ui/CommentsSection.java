package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import java.util.function.Supplier;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.drafts.Stance;
import uz.muhokama.drafts.StanceTally;
import uz.muhokama.shared.ui.SignInLinks;

/**
 * The discussion under a draft's text: support or opposition with the tally, following the draft, a comment on the
 * draft as a whole, and every comment (or those on the draft as a whole), newest first or as the reader orders them.
 */
class CommentsSection extends Div {

    private final CommentPage page;
    private final Div stance = new Div();
    private final Button follow = new Button();
    private final CommentList list;

    CommentsSection(CommentPage page) {
        this.page = page;
        setId("comments");
        addClassNames("draft-section", "comments-section");
        H2 title = new H2(getTranslation("drafts.comments.title"));
        stance.addClassName("comment-stance");
        stance.setId("comment-stance");
        showStance();
        Div top = new Div(stance);
        top.addClassName("comment-top");
        if (page.signedIn()) {
            follow.setId("comment-follow");
            follow.addClickListener(e -> {
                boolean now = !page.comments.following(page.draft.id());
                try {
                    page.comments.follow(page.draft.id(), now);
                } catch (DraftException ex) {
                    CommentForm.error(getTranslation(ex.messageKey(), ex.messageArguments()));
                }
                showFollow();
            });
            showFollow();
            top.add(follow);
        }
        list = new CommentList(page, CommentScope.all(), "comment-all");
        Select<Boolean> scope = new Select<>();
        scope.setId("comment-scope");
        scope.setLabel(getTranslation("drafts.comments.scope"));
        scope.setItems(true, false);
        scope.setItemLabelGenerator(all -> getTranslation(all ? "drafts.comments.scope.all"
                : "drafts.comments.scope.draft"));
        scope.setValue(true);
        scope.addValueChangeListener(e -> list.scope(e.getValue() ? CommentScope.all() : CommentScope.wholeDraft()));
        scope.addClassName("comment-scope");
        Component form = writeOrWhy(page, () -> new CommentForm("comment-form", "drafts.comments.form.send", null,
                true, null, (body, wording, file) -> {
                    page.comments.post(new NewComment(page.draft.id(), null, null, body, null, file));
                    CommentForm.done(getTranslation("drafts.comments.posted"));
                    list.reload();
                }));
        Div write = new Div();
        if (page.mayWrite()) {
            H3 whole = new H3(getTranslation("drafts.comments.onDraft"));
            whole.addClassName("comment-form-title");
            Paragraph hint = new Paragraph(getTranslation("drafts.comments.articleHint"));
            hint.addClassName("comment-hint");
            write.add(whole, hint);
            write.addClassName("comment-write");
        }
        write.add(form);
        add(title, top, write, scope, list);
    }

    /** Shows the list again, after comments changed elsewhere on the page. */
    void refresh() {
        list.reload();
    }

    /**
     * The form when the reader may write; otherwise why not: sign in first, the discussion has ended, or an older
     * version is shown.
     */
    static Component writeOrWhy(CommentPage page, Supplier<Component> form) {
        Div why = new Div();
        why.addClassName("comment-why");
        if (!page.open) {
            why.setId("comment-closed");
            why.add(VaadinIcon.LOCK.create(), new Span(why.getTranslation("drafts.comments.closed")));
            return why;
        }
        if (!page.signedIn()) {
            Anchor signIn = new Anchor(SignInLinks.to("/drafts/" + page.draft.id().value()),
                    why.getTranslation("drafts.comments.signIn"));
            signIn.setId("comment-sign-in");
            signIn.addClassName("comment-sign-in");
            why.setId("comment-anonymous");
            why.add(VaadinIcon.SIGN_IN.create(), signIn);
            return why;
        }
        if (!page.showsLatest()) {
            Anchor latest = new Anchor("/drafts/" + page.draft.id().value(),
                    why.getTranslation("drafts.comments.onLatest", page.draft.latestVersion()));
            latest.setId("comment-latest");
            why.add(latest);
            return why;
        }
        return form.get();
    }

    private void showStance() {
        stance.removeAll();
        StanceTally tally = page.comments.tally(page.draft.id());
        Optional<Stance> mine = page.comments.myStance(page.draft.id());
        Span label = new Span(getTranslation(page.mayWrite() ? "drafts.comments.stance" : "drafts.comments.tally"));
        label.addClassName("comment-stance-label");
        stance.add(label, stanceButton(Stance.SUPPORT, tally.support(), mine),
                stanceButton(Stance.OPPOSE, tally.oppose(), mine));
    }

    private Button stanceButton(Stance which, int count, Optional<Stance> mine) {
        boolean chosen = mine.filter(which::equals).isPresent();
        Button button = new Button(getTranslation("drafts.comments.stance." + which.name(), count),
                (which == Stance.SUPPORT ? VaadinIcon.THUMBS_UP : VaadinIcon.THUMBS_DOWN).create());
        button.setId(which == Stance.SUPPORT ? "comment-support" : "comment-oppose");
        button.addClassNames("comment-stance-button", which.name().toLowerCase(java.util.Locale.ROOT));
        if (chosen) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, which == Stance.SUPPORT ? ButtonVariant.LUMO_SUCCESS
                    : ButtonVariant.LUMO_ERROR);
            button.getElement().setAttribute("aria-pressed", "true");
        }
        button.setEnabled(page.mayWrite());
        button.addClickListener(e -> {
            try {
                page.comments.setStance(page.draft.id(), chosen ? null : which);
            } catch (DraftException ex) {
                CommentForm.error(getTranslation(ex.messageKey(), ex.messageArguments()));
            }
            showStance();
        });
        return button;
    }

    private void showFollow() {
        boolean following = page.comments.following(page.draft.id());
        follow.setText(getTranslation(following ? "drafts.comments.following" : "drafts.comments.follow"));
        follow.setIcon((following ? VaadinIcon.BELL : VaadinIcon.BELL_O).create());
        follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
        follow.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (following) {
            follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }
}
