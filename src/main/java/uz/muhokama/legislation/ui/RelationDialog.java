package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActRelationService;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.legislation.AmendmentKind;
import uz.muhokama.legislation.LegislationException;
import uz.muhokama.legislation.NewAmendment;
import uz.muhokama.legislation.NewRepeal;
import uz.muhokama.legislation.ProvisionOption;

/**
 * Records, from the page of the act that was changed, which act changed it: the amending act by its number (in any
 * script), its provision, the provision of this act, what was done, and from when. "Lost force" records the loss of
 * force of this whole act. The service checks everything again and refuses with a translated reason.
 */
class RelationDialog extends Dialog {

    static final String LOST_FORCE = "LOST_FORCE";
    private static final int HEADING_LENGTH = 70;

    private final ActDetails act;
    private final transient ActRelationService relations;
    private final transient RelationTexts texts;
    private final Runnable saved;
    private final Select<String> kind = new Select<>();
    private final TextField number = new TextField();
    private final ComboBox<ProvisionOption> amending = new ComboBox<>();
    private final ComboBox<ProvisionOption> target = new ComboBox<>();
    private final DatePicker date = new DatePicker();

    RelationDialog(ActDetails act, ActRelationService relations, RelationTexts texts, Runnable saved) {
        this.act = act;
        this.relations = relations;
        this.texts = texts;
        this.saved = saved;
        setId("relation-dialog");
        setHeaderTitle(texts.text("legislation.relations.dialog.title"));
        kind.setId("relation-kind");
        kind.setLabel(texts.text("legislation.relations.dialog.kind"));
        kind.setItems(List.of(AmendmentKind.INSERTED.name(), AmendmentKind.SUBSTITUTED.name(),
                AmendmentKind.REPEALED.name(), LOST_FORCE));
        kind.setItemLabelGenerator(k -> texts.text("legislation.relations.kind." + k));
        kind.setValue(AmendmentKind.SUBSTITUTED.name());
        kind.addValueChangeListener(e -> target.setVisible(!LOST_FORCE.equals(e.getValue())));
        number.setId("relation-number");
        number.setLabel(texts.text("legislation.relations.dialog.number"));
        number.setHelperText(texts.text("legislation.relations.dialog.numberHelp"));
        number.setMaxLength(64);
        number.addValueChangeListener(e -> findAmendingAct(e.getValue()));
        amending.setId("relation-amending-provision");
        amending.setLabel(texts.text("legislation.relations.dialog.amendingProvision"));
        configure(amending);
        target.setId("relation-target-provision");
        target.setLabel(texts.text("legislation.relations.dialog.targetProvision"));
        configure(target);
        target.setItems(relations.provisions(act.summary().id()));
        date.setId("relation-date");
        date.setLabel(texts.text("legislation.relations.dialog.date"));
        date.setLocale(getLocale());
        FormLayout form = new FormLayout(kind, number, amending, target, date);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setColspan(amending, 2);
        form.setColspan(target, 2);
        add(form);
        Button save = new Button(texts.text("legislation.relations.dialog.save"), e -> save());
        save.setId("relation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.text("legislation.relations.dialog.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void configure(ComboBox<ProvisionOption> box) {
        box.setItemLabelGenerator(this::label);
        box.setWidthFull();
        box.setClearButtonVisible(true);
    }

    private String label(ProvisionOption option) {
        String heading = option.heading() == null ? "" : option.heading().strip();
        if (heading.length() > HEADING_LENGTH) {
            heading = heading.substring(0, HEADING_LENGTH) + "…";
        }
        String name = texts.provision(option.eId());
        return heading.isEmpty() ? name : name + " — " + heading;
    }

    private void findAmendingAct(String value) {
        amending.clear();
        Optional<ActSummary> found = value.isBlank() ? Optional.empty() : relations.actByNumber(value);
        number.setInvalid(!value.isBlank() && found.isEmpty());
        number.setErrorMessage(texts.text("legislation.relations.unknownAct"));
        found.ifPresentOrElse(other -> {
            amending.setItems(relations.provisions(other.id()));
            number.setHelperText(other.number() + " · " + texts.title(other));
        }, () -> {
            amending.setItems(List.of());
            number.setHelperText(texts.text("legislation.relations.dialog.numberHelp"));
        });
    }

    private void save() {
        try {
            String eId = amending.getValue() == null ? null : amending.getValue().eId();
            if (LOST_FORCE.equals(kind.getValue())) {
                relations.recordRepeal(new NewRepeal(act.summary().id(), number.getValue(), eId, date.getValue()));
            } else {
                relations.recordAmendment(new NewAmendment(act.summary().id(),
                        target.getValue() == null ? null : target.getValue().eId(), number.getValue(), eId,
                        AmendmentKind.valueOf(kind.getValue()), date.getValue()));
            }
        } catch (LegislationException e) {
            Notification refused = Notification.show(texts.text(e.messageKey()), 6000,
                    Notification.Position.MIDDLE);
            refused.addThemeVariants(NotificationVariant.LUMO_ERROR);
            refused.setId("relation-error");
            return;
        }
        close();
        Notification done = Notification.show(texts.text("legislation.relations.saved"), 4000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        saved.run();
    }
}
