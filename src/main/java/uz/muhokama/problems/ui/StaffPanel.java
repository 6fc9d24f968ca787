package uz.muhokama.problems.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemStaffService;
import uz.muhokama.problems.ProblemStatus;
import uz.muhokama.problems.ReportDetails;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ResponseTemplate;

/**
 * The responsible staff's actions on a report page: acknowledge, change the status with a public note (from a
 * template if they like) and photos, extend the deadline once, reassign, merge into another report.
 */
class StaffPanel extends Div {

    private final ReportId id;
    private final transient ProblemStaffService staff;
    private final transient Runnable reload;
    private final transient List<PhotoUpload> photos = new ArrayList<>();

    StaffPanel(ReportId id, ReportDetails report, ProblemStaffService staff, OrganisationService organisations,
               Runnable reload) {
        this.id = id;
        this.staff = staff;
        this.reload = reload;
        setId("problem-staff");
        addClassName("problem-staff");
        add(new H2(getTranslation("problems.staff.title")));
        if (report.status() == ProblemStatus.NEW || report.status() == ProblemStatus.REOPENED) {
            Button acknowledge = new Button(getTranslation("problems.staff.acknowledge"), VaadinIcon.EYE.create(),
                    e -> act(() -> staff.acknowledge(id), "problems.staff.acknowledged"));
            acknowledge.setId("problem-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(acknowledge);
        }
        if (report.status() != ProblemStatus.DUPLICATE) {
            add(statusChange(report));
        }
        if (!report.extended() && report.status().isOpen()) {
            add(extension());
        }
        add(reassignment(organisations, report));
        if (report.status() != ProblemStatus.DUPLICATE) {
            add(merge());
        }
    }

    private Div statusChange(ReportDetails report) {
        Select<ProblemStatus> status = new Select<>();
        status.setId("problem-status-select");
        status.setLabel(getTranslation("problems.staff.newStatus"));
        status.setItems(Arrays.stream(ProblemStatus.values()).filter(ProblemStatus::settableByStaff).toList());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("problems.staff.noteOnly")
                : ProblemTexts.status(this, s));
        status.setEmptySelectionAllowed(true);
        TextArea note = new TextArea(getTranslation("problems.staff.note"));
        note.setId("problem-note");
        note.setMaxLength(2000);
        Div box = new Div(new H3(getTranslation("problems.staff.update")), status);
        if (report.organisation() != null) {
            List<ResponseTemplate> templates = staff.templates(report.organisation());
            if (!templates.isEmpty()) {
                Select<ResponseTemplate> template = new Select<>();
                template.setId("problem-template");
                template.setLabel(getTranslation("problems.staff.template"));
                template.setItems(templates);
                template.setItemLabelGenerator(ResponseTemplate::title);
                template.addValueChangeListener(e -> {
                    if (e.getValue() != null) {
                        note.setValue(e.getValue().body());
                    }
                });
                box.add(template);
            }
        }
        Span added = new Span();
        added.setId("problem-staff-photo-count");
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(16 * 1024 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            ui.access(() -> {
                photos.add(new PhotoUpload(name, bytes));
                added.setText(getTranslation("problems.staff.photosAdded", photos.size()));
            });
        });
        upload.setId("problem-staff-photos");
        upload.setMaxFiles(5);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        PhotoUploadTexts.apply(upload, this);
        Button save = new Button(getTranslation("problems.staff.save"), VaadinIcon.CHECK.create(),
                e -> act(() -> staff.changeStatus(id, status.getValue(), note.getValue(), List.copyOf(photos)),
                        "problems.staff.saved"));
        save.setId("problem-status-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(note, upload, added, save);
        box.addClassName("problem-staff-box");
        return box;
    }

    private Div extension() {
        TextField reason = new TextField(getTranslation("problems.staff.extendReason"));
        reason.setId("problem-extend-reason");
        reason.setMaxLength(1000);
        Button extend = new Button(getTranslation("problems.staff.extend"), VaadinIcon.CLOCK.create(),
                e -> act(() -> staff.extendDeadline(id, reason.getValue()), "problems.staff.extended"));
        extend.setId("problem-extend");
        Div box = new Div(new H3(getTranslation("problems.staff.extension")), reason, extend);
        box.addClassName("problem-staff-box");
        return box;
    }

    private Div reassignment(OrganisationService organisations, ReportDetails report) {
        ComboBox<OrganisationDetails> to = new ComboBox<>(getTranslation("problems.staff.reassignTo"));
        to.setId("problem-reassign-to");
        to.setItems(organisations.all().stream().filter(o -> o.type() == OrganisationType.UTILITY)
                .filter(o -> !o.id().equals(report.organisation())).toList());
        to.setItemLabelGenerator(o -> o.names().in(getLocale()));
        TextField reason = new TextField(getTranslation("problems.staff.reassignReason"));
        reason.setId("problem-reassign-reason");
        reason.setMaxLength(2000);
        Button reassign = new Button(getTranslation("problems.staff.reassign"), VaadinIcon.EXCHANGE.create(), e -> {
            if (to.getValue() == null) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("problems.error.unknownOrganisation"));
                return;
            }
            act(() -> staff.reassign(id, to.getValue().id(), reason.getValue()), "problems.staff.reassigned");
        });
        reassign.setId("problem-reassign");
        Div box = new Div(new H3(getTranslation("problems.staff.reassignment")), to, reason, reassign);
        box.addClassName("problem-staff-box");
        return box;
    }

    private Div merge() {
        IntegerField into = new IntegerField(getTranslation("problems.staff.mergeInto"));
        into.setId("problem-merge-into");
        into.setMin(1);
        Button merge = new Button(getTranslation("problems.staff.merge"), VaadinIcon.COMPRESS.create(), e -> {
            if (into.getValue() == null) {
                into.setInvalid(true);
                into.setErrorMessage(getTranslation("problems.error.notFound"));
                return;
            }
            act(() -> staff.merge(id, new ReportId(into.getValue()), null), "problems.staff.merged");
        });
        merge.setId("problem-merge");
        Div box = new Div(new H3(getTranslation("problems.staff.duplicate")), into, merge);
        box.addClassName("problem-staff-box");
        return box;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            photos.clear();
            ProblemTexts.done(this, doneKey);
            reload.run();
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
        }
    }
}
