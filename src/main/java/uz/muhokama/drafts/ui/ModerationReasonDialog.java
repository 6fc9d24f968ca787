package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializablePredicate;
import uz.muhokama.drafts.ModerationService;

/** Asks a moderator for the reason of a decision (the public one, when hiding) before carrying it out. */
class ModerationReasonDialog extends Dialog {

    ModerationReasonDialog(Component owner, String titleKey, String labelKey, String confirmKey, boolean danger,
                           SerializablePredicate<String> decision) {
        setHeaderTitle(owner.getTranslation(titleKey));
        addClassName("moderation-dialog");
        TextArea reason = new TextArea(owner.getTranslation(labelKey));
        reason.setId("moderation-reason");
        reason.setMaxLength(ModerationService.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinHeight("7rem");
        Paragraph hint = new Paragraph(owner.getTranslation(labelKey + "Hint"));
        hint.addClassName("moderation-hint");
        add(reason, hint);

        Button confirm = new Button(owner.getTranslation(confirmKey), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(owner.getTranslation("drafts.moderation.error.reasonRequired"));
                return;
            }
            if (decision.test(reason.getValue())) {
                close();
            }
        });
        confirm.setId("moderation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (danger) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(owner.getTranslation("drafts.moderation.cancel"), e -> close());
        cancel.setId("moderation-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                reason.focus();
            }
        });
    }
}
