package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentView;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.shared.text.WordDiff;

/**
 * One comment with its replies: who wrote it and when (Tashkent time), on which version, its text with links, a
 * proposed wording as the difference from the provision's text in that version, the attachment, the agency's
 * answer, and what the reader may do with it (vote, reply, correct, report, disown). Element ids start with the
 * card's id ({@code <list>-<comment id>}).
 */
class CommentCard extends Div {

    private static final String PATH = "/draft-comment-files/";

    private final CommentPage page;
    private final CommentView comment;
    private final List<CommentView> thread;
    private final Map<CommentId, Integer> myVotes;
    private final Runnable reload;
    private final String cardId;
    private final Div content = new Div();
    private final Div actions = new Div();
    private final Div below = new Div();

    CommentCard(CommentPage page, CommentView comment, List<CommentView> thread, Map<CommentId, Integer> myVotes,
                String prefix, boolean showProvision, Runnable reload) {
        this.page = page;
        this.comment = comment;
        this.thread = thread;
        this.myVotes = myVotes;
        this.reload = reload;
        this.cardId = prefix + "-" + comment.id().value();
        setId(cardId);
        addClassNames("comment", "comment-depth-" + comment.depth());
        getElement().setAttribute("data-comment-id", String.valueOf(comment.id().value()));
        content.addClassName("comment-content");
        actions.addClassName("comment-actions");
        add(header(showProvision), content, actions, below);
        showContent();
        showActions();
        Div replies = new Div();
        replies.addClassName("comment-replies");
        thread.stream().filter(r -> comment.id().equals(r.parent()))
                .forEach(r -> replies.add(new CommentCard(page, r, thread, myVotes, prefix, false, reload)));
        if (replies.getComponentCount() > 0) {
            add(replies);
        }
    }

    private Div header(boolean showProvision) {
        Span author = new Span(comment.authorName());
        author.addClassName("comment-author");
        Span time = new Span(time(comment.createdAt()));
        time.addClassName("comment-time");
        Div header = new Div(author, time);
        header.addClassName("comment-header");
        if (comment.editedAt() != null) {
            header.add(tag(getTranslation("drafts.comments.edited"), "comment-tag-edited"));
        }
        if (comment.versionNumber() != page.shown) {
            header.add(tag(getTranslation("drafts.comments.writtenOn", comment.versionNumber()),
                    "comment-tag-version"));
        }
        if (comment.disowned()) {
            header.add(tag(getTranslation("drafts.comments.disowned"), "comment-tag-disowned"));
        }
        if (showProvision && comment.provisionKey() != null) {
            page.byKey(comment.provisionKey()).ifPresent(p -> {
                Button on = new Button(getTranslation("drafts.comments.on", page.label(p)),
                        e -> page.open(p));
                on.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                on.addClassName("comment-provision");
                on.setId(cardId + "-provision");
                header.add(on);
            });
        }
        return header;
    }

    private static Span tag(String text, String className) {
        Span tag = new Span(text);
        tag.addClassNames("comment-tag", className);
        return tag;
    }

    private String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(DraftService.TASHKENT));
    }

    private void showContent() {
        content.removeAll();
        if (comment.hidden()) {
            Paragraph hidden = new Paragraph(getTranslation("drafts.comments.hidden", comment.hiddenReason()));
            hidden.addClassName("comment-hidden");
            hidden.setId(cardId + "-hidden");
            content.add(hidden);
        } else {
            Div body = CommentText.of(comment.body());
            body.setId(cardId + "-body");
            content.add(body);
            if (comment.proposedWording() != null) {
                content.add(wording());
            }
            if (comment.attachmentFileId() != null) {
                content.add(attachment());
            }
        }
        if (comment.groupSize() > 1 && comment.duplicateGroup() != null) {
            content.add(group());
        }
        if (comment.answered()) {
            content.add(answer());
        }
    }

    private Div wording() {
        Span label = new Span(getTranslation("drafts.comments.proposedWording"));
        label.addClassName("comment-wording-label");
        String base = comment.provisionEId() == null ? null
                : page.wordingOf(comment.versionNumber(), comment.provisionEId());
        Div box = new Div(label);
        box.addClassName("comment-wording");
        box.setId(cardId + "-wording");
        if (base == null) {
            Div text = new Div();
            text.setText(comment.proposedWording());
            text.addClassName("comment-wording-text");
            box.add(text);
        } else {
            Html diff = new Html("<div class=\"draft-diff comment-diff\"><p>"
                    + WordDiff.html(base, comment.proposedWording()) + "</p></div>");
            box.add(diff);
        }
        return box;
    }

    private Div attachment() {
        String name = page.files.find(comment.attachmentFileId()).map(f -> f.originalName())
                .orElse(getTranslation("drafts.comments.attachment"));
        Anchor link = new Anchor(PATH + comment.id().value(), name);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setId(cardId + "-attachment");
        Div box = new Div(VaadinIcon.PAPERCLIP.create(), link);
        box.addClassName("comment-attachment");
        return box;
    }

    private Details group() {
        UnorderedList members = new UnorderedList();
        members.addClassName("comment-group-members");
        Details details = new Details(getTranslation("drafts.comments.group", comment.groupSize()), members);
        details.addClassName("comment-group");
        details.setId(cardId + "-group");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && members.getComponentCount() == 0) {
                page.comments.groupMembers(comment.duplicateGroup(), 0, 100).forEach(m -> members.add(
                        new ListItem(m.authorName() + " · " + time(m.createdAt()))));
            }
        });
        return details;
    }

    private Div answer() {
        Span title = new Span(getTranslation("drafts.comments.answer"));
        title.addClassName("comment-answer-title");
        Span disposition = new Span(getTranslation("drafts.comments.disposition." + comment.disposition().name()));
        disposition.getElement().getThemeList().add("badge " + switch (comment.disposition()) {
            case ACCEPTED -> "success";
            case PARTLY_ACCEPTED -> "primary";
            case REJECTED -> "error";
            case NOTED -> "contrast";
        });
        disposition.addClassName("comment-disposition");
        Div head = new Div(title, disposition);
        head.addClassName("comment-answer-head");
        Div box = new Div(head);
        if (comment.answer() != null) {
            box.add(CommentText.of(comment.answer()));
        }
        if (comment.answeredAt() != null) {
            Span when = new Span(time(comment.answeredAt()));
            when.addClassName("comment-time");
            box.add(when);
        }
        box.addClassName("comment-answer");
        box.setId(cardId + "-answer");
        return box;
    }

    private void showActions() {
        actions.removeAll();
        int mine = myVotes.getOrDefault(comment.id(), 0);
        boolean own = page.me != null && page.me == comment.authorId();
        boolean mayVote = page.mayWrite() && !own && !comment.hidden();
        if (!comment.hidden()) {
            actions.add(voteButton(1, mine, mayVote), voteButton(-1, mine, mayVote));
        }
        if (page.mayWrite() && page.showsLatest() && comment.depth() < 3 && !comment.hidden()) {
            actions.add(action("reply", "drafts.comments.reply", VaadinIcon.REPLY, this::reply));
        }
        if (own && page.comments.mayEdit(comment)) {
            actions.add(action("edit", "drafts.comments.edit", VaadinIcon.EDIT, this::edit));
        }
        if (page.signedIn() && !own && !comment.hidden()) {
            actions.add(action("report", "drafts.comments.report", VaadinIcon.FLAG_O, this::report));
        }
        if (own && !comment.disowned()) {
            actions.add(action("disown", "drafts.comments.disown", VaadinIcon.USER_CLOCK, this::disown));
        }
    }

    private Button voteButton(int value, int mine, boolean mayVote) {
        int count = value > 0 ? comment.upVotes() : comment.downVotes();
        Button vote = new Button(String.valueOf(count),
                (value > 0 ? VaadinIcon.THUMBS_UP_O : VaadinIcon.THUMBS_DOWN_O).create());
        vote.setId(cardId + (value > 0 ? "-up" : "-down"));
        vote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        vote.addClassName("comment-vote");
        vote.setAriaLabel(getTranslation(value > 0 ? "drafts.comments.voteUp" : "drafts.comments.voteDown"));
        vote.setTooltipText(vote.getAriaLabel().orElse(null));
        if (mine == value) {
            vote.addClassName("voted");
            vote.getElement().setAttribute("aria-pressed", "true");
        }
        vote.setEnabled(mayVote);
        vote.addClickListener(e -> attempt(() -> page.comments.vote(comment.id(), mine == value ? 0 : value)));
        return vote;
    }

    private Button action(String suffix, String key, VaadinIcon icon, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), e -> run.run());
        button.setId(cardId + "-" + suffix);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("comment-action");
        return button;
    }

    private void reply() {
        below.removeAll();
        CommentForm form = new CommentForm(cardId + "-reply-form", "drafts.comments.form.sendReply", null, true,
                below::removeAll, (body, wording, file) -> {
                    page.comments.post(new NewComment(page.draft.id(), null, comment.id(), body, null, file));
                    CommentForm.done(getTranslation("drafts.comments.posted"));
                    page.changed(comment.provisionKey());
                    reload.run();
                });
        below.add(form);
        form.focus();
    }

    private void edit() {
        below.removeAll();
        String base = comment.depth() == 1 && comment.provisionEId() != null
                ? page.byKey(comment.provisionKey()).map(DraftProvision::eId)
                        .map(eId -> page.wordingOf(page.shown, eId)).orElse(null) : null;
        CommentForm form = new CommentForm(cardId + "-edit-form", "drafts.comments.form.save", base, false,
                () -> {
                    below.removeAll();
                    content.setVisible(true);
                }, (body, wording, file) -> {
                    page.comments.edit(comment.id(), body, wording);
                    CommentForm.done(getTranslation("drafts.comments.saved"));
                    reload.run();
                }).withText(comment.body(), comment.proposedWording());
        content.setVisible(false);
        below.add(form);
        form.focus();
    }

    private void report() {
        Dialog dialog = new Dialog();
        dialog.setId("comment-report-dialog");
        dialog.setHeaderTitle(getTranslation("drafts.comments.reportTitle"));
        TextArea reason = new TextArea(getTranslation("drafts.comments.reportReason"));
        reason.setId("comment-report-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        dialog.add(reason);
        Button send = new Button(getTranslation("drafts.comments.reportSend"), e -> {
            try {
                page.comments.report(comment.id(), reason.getValue());
                dialog.close();
                CommentForm.done(getTranslation("drafts.comments.reported"));
            } catch (DraftException ex) {
                reason.setErrorMessage(getTranslation(ex.messageKey(), ex.messageArguments()));
                reason.setInvalid(true);
            }
        });
        send.setId("comment-report-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("drafts.comments.form.cancel"), e -> dialog.close());
        cancel.setId("comment-report-cancel");
        dialog.getFooter().add(cancel, send);
        dialog.addClassName("comment-dialog");
        dialog.open();
    }

    private void disown() {
        Dialog dialog = new Dialog();
        dialog.setId("comment-disown-dialog");
        dialog.setHeaderTitle(getTranslation("drafts.comments.disownTitle"));
        dialog.add(new Paragraph(getTranslation("drafts.comments.disownText")));
        Button confirm = new Button(getTranslation("drafts.comments.disown"), e -> {
            dialog.close();
            attempt(() -> page.comments.disown(comment.id()));
        });
        confirm.setId("comment-disown-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("drafts.comments.form.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.addClassName("comment-dialog");
        dialog.open();
    }

    /** Runs a change and shows the list as it is now; a refusal is shown in the reader's language. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (DraftException e) {
            CommentForm.error(getTranslation(e.messageKey(), e.messageArguments()));
            return;
        }
        reload.run();
    }
}
