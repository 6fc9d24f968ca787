package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.NewComment;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileRejectedException;

/**
 * Writing a comment, a reply or a correction: the text with a counter of the characters left, optionally a new
 * wording for the provision (starting from its current text) and an attached file. A refusal (the deadline passed
 * while the page was open, a file that is not what it says) is shown in the reader's language and the typed text
 * stays, so nothing written is lost.
 */
class CommentForm extends Div {

    /** What sending does; throws {@link DraftException} or {@link FileRejectedException} to refuse. */
    @FunctionalInterface
    interface Send {
        void send(String body, String wording, NewComment.Upload attachment);
    }

    private final TextArea body = new TextArea();
    private final Span counter = new Span();
    private final Checkbox propose = new Checkbox();
    private final TextArea wording = new TextArea();
    private final Span uploadError = new Span();
    private final Send send;
    private final String baseWording;
    private Upload upload;
    private byte[] file;
    private String fileName;

    /**
     * @param id the form's element id; its fields are {@code id-body}, {@code id-propose}, {@code id-wording},
     *     {@code id-upload}, {@code id-send} and {@code id-cancel}
     * @param baseWording the provision's current text a new wording starts from, or null when none may be proposed
     * @param attachments whether a file may be attached
     * @param onCancel what cancelling does, or null for a form without a cancel button
     */
    CommentForm(String id, String sendKey, String baseWording, boolean attachments, Runnable onCancel, Send send) {
        this.send = send;
        this.baseWording = baseWording;
        setId(id);
        addClassName("comment-form");
        body.setId(id + "-body");
        body.setLabel(getTranslation("drafts.comments.form.body"));
        body.setMaxLength(CommentService.BODY_MAX);
        body.setValueChangeMode(ValueChangeMode.TIMEOUT);
        body.setValueChangeTimeout(300);
        body.addValueChangeListener(e -> count());
        body.setWidthFull();
        body.addClassName("comment-form-body");
        counter.addClassName("comment-counter");
        counter.setId(id + "-counter");
        count();
        add(body, counter);
        if (baseWording != null) {
            propose.setId(id + "-propose");
            propose.setLabel(getTranslation("drafts.comments.form.propose"));
            wording.setId(id + "-wording");
            wording.setLabel(getTranslation("drafts.comments.form.wording"));
            wording.setHelperText(getTranslation("drafts.comments.form.wordingHelp"));
            wording.setMaxLength(CommentService.WORDING_MAX);
            wording.setWidthFull();
            wording.setVisible(false);
            wording.addClassName("comment-form-wording");
            propose.addValueChangeListener(e -> {
                wording.setVisible(e.getValue());
                if (e.getValue() && wording.isEmpty()) {
                    wording.setValue(baseWording);
                }
            });
            add(propose, wording);
        }
        if (attachments) {
            add(upload(id));
        }
        Button submit = new Button(getTranslation(sendKey), e -> submit());
        submit.setId(id + "-send");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(submit);
        buttons.addClassName("comment-form-buttons");
        if (onCancel != null) {
            Button cancel = new Button(getTranslation("drafts.comments.form.cancel"), e -> onCancel.run());
            cancel.setId(id + "-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(cancel);
        }
        add(buttons);
    }

    /** Starts a correction from what was written. */
    CommentForm withText(String text, String proposedWording) {
        body.setValue(text == null ? "" : text);
        if (proposedWording != null && baseWording != null) {
            wording.setValue(proposedWording);
            propose.setValue(true);
        }
        return this;
    }

    void focus() {
        body.focus();
    }

    private void count() {
        int left = CommentService.BODY_MAX - body.getValue().length();
        counter.setText(getTranslation("drafts.comments.form.left", left));
        counter.getElement().getClassList().set("low", left < 200);
    }

    private Div upload(String id) {
        upload = new Upload(event -> {
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                byte[] bytes = readLimited(in);
                String name = event.getFileName();
                ui.accessSynchronously(() -> {
                    file = bytes;
                    fileName = name;
                    uploadError.setText("");
                });
            } catch (FileRejectedException e) {
                ui.accessSynchronously(() -> refuseFile(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        upload.setId(id + "-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileKind.COMMENT_ATTACHMENT.maxBytes());
        upload.setAcceptedFileTypes("application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg", "image/png",
                "image/webp", ".pdf", ".docx", ".jpg", ".jpeg", ".png", ".webp");
        upload.addFileRemovedListener(e -> clearFile());
        upload.addClassName("comment-upload");
        uploadError.addClassName("comment-upload-error");
        uploadError.setId(id + "-upload-error");
        Span hint = new Span(getTranslation("drafts.comments.form.attachmentHint"));
        hint.addClassName("comment-hint");
        Div box = new Div(hint, upload, uploadError);
        box.addClassName("comment-form-attachment");
        return box;
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        long max = FileKind.COMMENT_ATTACHMENT.maxBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > max) {
                throw new FileRejectedException("files.tooLarge", max / (1024 * 1024));
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void submit() {
        body.setInvalid(false);
        wording.setInvalid(false);
        String proposed = propose.getValue() && wording.isVisible() ? wording.getValue() : null;
        NewComment.Upload attachment = file == null ? null
                : new NewComment.Upload(new ByteArrayInputStream(file), fileName);
        try {
            send.send(body.getValue(), proposed, attachment);
        } catch (DraftException e) {
            String message = getTranslation(e.messageKey(), e.messageArguments());
            if ("body".equals(e.field())) {
                body.setErrorMessage(message);
                body.setInvalid(true);
            } else if ("wording".equals(e.field())) {
                wording.setErrorMessage(message);
                wording.setInvalid(true);
            }
            error(message);
            return;
        } catch (FileRejectedException e) {
            refuseFile(e);
            return;
        }
        body.clear();
        wording.clear();
        propose.setValue(false);
        clearFile();
        if (upload != null) {
            upload.clearFileList();
        }
    }

    private void refuseFile(FileRejectedException e) {
        clearFile();
        if (upload != null) {
            upload.clearFileList();
        }
        String message = getTranslation(e.messageKey(), e.arguments());
        uploadError.setText(message);
        error(message);
    }

    private void clearFile() {
        file = null;
        fileName = null;
    }

    static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setId("comment-error");
    }

    static void done(String message) {
        Notification n = Notification.show(message, 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
