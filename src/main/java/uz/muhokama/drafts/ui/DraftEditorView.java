package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.drafts.AttachmentKind;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftException;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.TextPreview;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.Roles;

/**
 * Where an agency editor prepares a draft ({@code drafts/new}) and later manages it ({@code drafts/12/edit}): the
 * description, the text from a file or typed (its structure previewed before it is saved), attachments, publication
 * with a period, extension, withdrawal and adoption. The service checks every step again.
 */
@Route("drafts/:id([0-9]{1,18})/edit")
@RouteAlias("drafts/new")
@RolesAllowed({Roles.AGENCY_EDITOR, Roles.ADMIN})
class DraftEditorView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient DraftService drafts;
    private DraftDetails draft;
    private transient TextPreview preview;
    private String typedText = "";

    DraftEditorView(DraftService drafts) {
        this.drafts = drafts;
        addClassNames("page", "draft-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("id");
        draft = id.map(v -> drafts.find(new DraftId(Long.parseLong(v)))
                .filter(d -> drafts.mayEdit(d.organisation()))
                .orElseThrow(NotFoundException::new)).orElse(null);
        preview = null;
        if (isAttached()) {
            render();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation(draft == null ? "drafts.edit.newTitle" : "drafts.edit.title")));
        if (draft != null) {
            Div status = new Div(DraftFormat.statusBadge(this, draft.status()));
            status.addClassName("draft-card-top");
            add(status);
        }
        add(detailsSection());
        if (draft != null) {
            if (draft.status() != DraftStatus.ADOPTED && draft.status() != DraftStatus.WITHDRAWN) {
                add(textSection(), attachmentSection());
            }
            add(lifecycleSection());
        }
    }

    private Div detailsSection() {
        ComboBox<OrganisationDetails> organisation = new ComboBox<>(getTranslation("drafts.edit.organisation"));
        organisation.setId("draft-organisation");
        organisation.setItems(drafts.organisationsForEditor());
        organisation.setItemLabelGenerator(o -> o.names().in(getLocale()));
        Select<DraftActType> type = new Select<>();
        type.setLabel(getTranslation("drafts.edit.type"));
        type.setId("draft-type");
        type.setItems(DraftActType.values());
        type.setItemLabelGenerator(t -> getTranslation("drafts.type." + t.name()));
        TextField number = new TextField(getTranslation("drafts.edit.number"));
        number.setId("draft-number");
        number.setMaxLength(64);
        TextField titleUz = new TextField(getTranslation("drafts.edit.titleUz"));
        titleUz.setId("draft-title-uz");
        titleUz.setMaxLength(1000);
        TextField titleRu = new TextField(getTranslation("drafts.edit.titleRu"));
        titleRu.setId("draft-title-ru");
        titleRu.setMaxLength(1000);
        TextArea summaryUz = new TextArea(getTranslation("drafts.edit.summaryUz"));
        summaryUz.setId("draft-summary-uz");
        summaryUz.setMaxLength(10000);
        TextArea summaryRu = new TextArea(getTranslation("drafts.edit.summaryRu"));
        summaryRu.setId("draft-summary-ru");
        summaryRu.setMaxLength(10000);
        if (draft != null) {
            organisation.getListDataView().getItems().filter(o -> o.id().equals(draft.organisation())).findFirst()
                    .ifPresent(organisation::setValue);
            type.setValue(draft.type());
            number.setValue(draft.number() == null ? "" : draft.number());
            titleUz.setValue(draft.titleUz());
            titleRu.setValue(draft.titleRu());
            summaryUz.setValue(draft.summaryUz());
            summaryRu.setValue(draft.summaryRu());
        } else {
            type.setValue(DraftActType.LAW);
            if (organisation.getListDataView().getItemCount() == 1) {
                organisation.setValue(organisation.getListDataView().getItem(0));
            }
        }
        boolean editable = draft == null || draft.status() == DraftStatus.DRAFT;
        Map<String, HasValidation> fields = Map.of("organisation", organisation, "type", type, "titleUz", titleUz,
                "titleRu", titleRu, "summaryUz", summaryUz, "summaryRu", summaryRu);
        Button save = new Button(getTranslation(draft == null ? "drafts.edit.create" : "drafts.edit.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            DraftFields values = new DraftFields(organisation.getValue() == null ? null : organisation.getValue().id(),
                    type.getValue(), number.getValue(), titleUz.getValue(), titleRu.getValue(), summaryUz.getValue(),
                    summaryRu.getValue());
            attempt(fields, () -> {
                if (draft == null) {
                    DraftId id = drafts.create(values);
                    UI.getCurrent().navigate("drafts/" + id.value() + "/edit");
                } else {
                    drafts.update(draft.id(), draft.version(), values);
                    reload();
                }
                saved();
            });
        });
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(organisation, type, number, titleUz, titleRu, summaryUz, summaryRu);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(summaryUz, 2);
        form.setColspan(summaryRu, 2);
        form.setColspan(titleUz, 2);
        form.setColspan(titleRu, 2);
        Div section = section("drafts.edit.details", form);
        if (editable) {
            section.add(save);
        } else {
            form.getChildren().filter(c -> c instanceof HasValue<?, ?>)
                    .forEach(c -> ((HasValue<?, ?>) c).setReadOnly(true));
        }
        return section;
    }

    private Div textSection() {
        boolean first = draft.status() == DraftStatus.DRAFT;
        Div section = section(first ? "drafts.edit.text" : "drafts.edit.newVersion");
        Paragraph help = new Paragraph(getTranslation("drafts.edit.textHelp"));
        help.addClassName("draft-help");
        Upload upload = upload("draft-text-upload", FileKind.LEGAL_TEXT, (in, fileName) -> {
            TextPreview read = drafts.previewFile(in, fileName);
            return () -> showPreview(read);
        }, ".doc", ".docx", ".odt", ".pdf", ".rtf", ".html", ".htm", ".txt");
        TextArea typed = new TextArea(getTranslation("drafts.edit.typed"));
        typed.setId("draft-text-typed");
        typed.addClassName("draft-typed");
        typed.setValue(typedText);
        typed.addValueChangeListener(e -> typedText = e.getValue());
        Button read = new Button(getTranslation("drafts.edit.readStructure"), e -> attempt(Map.of("text", typed),
                () -> showPreview(drafts.previewTyped(typed.getValue()))));
        read.setId("draft-text-preview");
        if (first && !draft.versions().isEmpty()) {
            section.add(currentText());
        }
        section.add(help, upload, typed, read);
        TextField note = new TextField(getTranslation("drafts.edit.versionNote"));
        note.setId("draft-version-note");
        note.setWidthFull();
        if (!first) {
            section.add(note);
        }
        if (preview != null) {
            section.add(previewBox(first, note));
        }
        return section;
    }

    /** The saved text of an unpublished draft: its size, a link to read it, and its headings to correct. */
    private Div currentText() {
        List<DraftProvision> text = drafts.text(draft.id(), 1);
        var labels = DraftLabels.of(this, text);
        Div box = new Div();
        box.addClassName("draft-current-text");
        box.setId("draft-current-text");
        long articles = text.stream().filter(p -> p.kind() == ProvisionKind.ARTICLE).count();
        Paragraph size = new Paragraph(getTranslation("drafts.edit.currentText", articles, text.size()));
        Anchor read = new Anchor("/drafts/" + draft.id().value(), getTranslation("drafts.edit.readText"));
        read.setId("draft-read-text");
        Paragraph help = new Paragraph(getTranslation("drafts.edit.headingsHelp"));
        help.addClassName("draft-help");
        Grid<DraftProvision> headings = new Grid<>();
        headings.setId("draft-headings");
        headings.addClassName("draft-headings");
        headings.addColumn(p -> labels.apply(p.kind(), p.number())).setHeader(getTranslation("drafts.edit.headingNumber"))
                .setAutoWidth(true).setFlexGrow(0);
        headings.addColumn(DraftProvision::heading).setHeader(getTranslation("drafts.edit.heading")).setFlexGrow(1);
        headings.addComponentColumn(p -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> editHeading(p, labels.apply(p.kind(), p.number())));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("drafts.edit.editHeading"));
            edit.setTooltipText(getTranslation("drafts.edit.editHeading"));
            edit.setId("draft-heading-edit-" + p.eId());
            return edit;
        }).setAutoWidth(true).setFlexGrow(0);
        headings.setItems(text.stream().filter(p -> p.kind().isHeading()).toList());
        box.add(size, read, help, headings);
        return box;
    }

    private void editHeading(DraftProvision provision, String label) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("drafts.edit.editHeading") + " · " + label);
        TextField heading = new TextField(getTranslation("drafts.edit.heading"));
        heading.setId("draft-heading-field");
        heading.setValue(provision.heading());
        heading.setWidthFull();
        heading.setMaxLength(2000);
        Button save = new Button(getTranslation("drafts.edit.save"), e -> attempt(Map.of("heading", heading), () -> {
            drafts.correctHeading(draft.id(), draft.version(), provision.eId(), heading.getValue());
            dialog.close();
            reload();
            saved();
        }));
        save.setId("draft-heading-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("drafts.edit.cancel"), e -> dialog.close());
        dialog.add(heading);
        dialog.getFooter().add(cancel, save);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private Div previewBox(boolean first, TextField note) {
        Div box = new Div();
        box.addClassName("draft-preview");
        box.setId("draft-text-structure");
        box.add(new H2(getTranslation("drafts.preview.found", preview.articleCount(), preview.provisions().size())));
        preview.warnings().forEach(key -> {
            Paragraph warning = new Paragraph(getTranslation(key));
            warning.addClassName("draft-warning");
            box.add(warning);
        });
        UnorderedList headings = new UnorderedList();
        headings.addClassName("draft-preview-headings");
        var labels = DraftLabels.of(this, preview.provisions());
        preview.provisions().stream().filter(p -> p.kind().isHeading()).limit(200)
                .map(p -> new ListItem((labels.apply(p.kind(), p.number()) + " " + p.heading()).strip()))
                .forEach(headings::add);
        box.add(headings);
        Button confirm = new Button(getTranslation("drafts.edit.confirmText"), e -> attempt(Map.of(), () -> {
            if (first && preview.fileId() != null) {
                drafts.setTextFromFile(draft.id(), draft.version(), preview.fileId());
            } else if (first) {
                drafts.setTypedText(draft.id(), draft.version(), typedText);
            } else {
                drafts.addVersion(draft.id(), draft.version(), preview.fileId(), typedText, note.getValue());
            }
            preview = null;
            typedText = "";
            reload();
            saved();
        }));
        confirm.setId("draft-text-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(preview.warnings().stream().noneMatch("drafts.error.noText"::equals));
        box.add(confirm);
        return box;
    }

    private void showPreview(TextPreview read) {
        preview = read;
        render();
    }

    private Div attachmentSection() {
        Div section = section("drafts.edit.attachments");
        UnorderedList existing = new UnorderedList();
        draft.attachments().forEach(a -> existing.add(new ListItem(
                getTranslation("drafts.attachment." + a.kind().name()) + ": " + a.title() + " (" + a.fileName() + ")")));
        Select<AttachmentKind> kind = new Select<>();
        kind.setId("draft-attachment-kind");
        kind.setLabel(getTranslation("drafts.edit.attachmentKind"));
        kind.setItems(AttachmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("drafts.attachment." + k.name()));
        kind.setValue(AttachmentKind.EXPLANATORY_NOTE);
        TextField title = new TextField(getTranslation("drafts.edit.attachmentTitle"));
        title.setId("draft-attachment-title");
        title.setMaxLength(300);
        Upload upload = upload("draft-attachment-upload", FileKind.ATTACHMENT, (in, fileName) -> {
            drafts.addAttachment(draft.id(), draft.version(), kind.getValue(), title.getValue(), in, fileName);
            return () -> {
                reload();
                saved();
            };
        }, ".pdf", ".docx", ".xlsx", ".odt", ".ods", ".rtf", ".jpg", ".jpeg", ".png", ".webp");
        Div row = new Div(kind, title);
        row.addClassName("draft-row");
        section.add(existing, row, upload);
        return section;
    }

    private Div lifecycleSection() {
        Div section = section("drafts.edit.lifecycle");
        switch (draft.status()) {
            case DRAFT -> {
                DatePicker end = new DatePicker(getTranslation("drafts.edit.lastDay"));
                end.setId("draft-end");
                end.setMin(drafts.earliestLastDay(draft.type()));
                end.setValue(drafts.defaultLastDay(draft.type()));
                end.setHelperText(getTranslation("drafts.edit.lastDayHelp", draft.type().minimumDiscussionDays()));
                Button publish = new Button(getTranslation("drafts.edit.publish"), e -> attempt(Map.of("end", end),
                        () -> {
                            drafts.publish(draft.id(), draft.version(), end.getValue());
                            UI.getCurrent().navigate("drafts/" + draft.id().value());
                        }));
                publish.setId("draft-publish");
                publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                Div row = new Div(end, publish);
                row.addClassName("draft-row");
                section.add(row);
            }
            case OPEN -> {
                DatePicker end = new DatePicker(getTranslation("drafts.edit.newLastDay"));
                end.setId("draft-extend-end");
                end.setMin(DraftFormat.lastDay(draft.end()).plusDays(1));
                TextArea reason = new TextArea(getTranslation("drafts.edit.reason"));
                reason.setId("draft-extend-reason");
                reason.setMaxLength(2000);
                reason.setWidthFull();
                Button extend = new Button(getTranslation("drafts.edit.extend"), e -> attempt(
                        Map.of("end", end, "reason", reason), () -> {
                            drafts.extend(draft.id(), draft.version(), end.getValue(), reason.getValue());
                            reload();
                            saved();
                        }));
                extend.setId("draft-extend");
                Div row = new Div(end, extend);
                row.addClassName("draft-row");
                section.add(row, reason);
            }
            case ANSWERED -> {
                TextField act = new TextField(getTranslation("drafts.edit.adoptedAct"));
                act.setId("draft-adopted-act");
                act.setHelperText(getTranslation("drafts.edit.adoptedActHelp"));
                act.setMaxLength(300);
                act.setWidthFull();
                Button adopt = new Button(getTranslation("drafts.edit.adopt"), e -> attempt(Map.of("act", act), () -> {
                    drafts.markAdopted(draft.id(), draft.version(), act.getValue());
                    reload();
                    saved();
                }));
                adopt.setId("draft-adopt");
                Div row = new Div(act, adopt);
                row.addClassName("draft-row");
                section.add(row);
            }
            default -> {
            }
        }
        if (draft.status().canMoveTo(DraftStatus.WITHDRAWN)) {
            Button withdraw = new Button(getTranslation("drafts.edit.withdraw"), e -> confirmWithdraw());
            withdraw.setId("draft-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            section.add(withdraw);
        }
        if (draft.status() == DraftStatus.OPEN || draft.status() == DraftStatus.CLOSED
                || draft.status() == DraftStatus.ANSWERED) {
            Button answer = new Button(getTranslation("drafts.answers.open"), VaadinIcon.COMMENTS_O.create(),
                    e -> UI.getCurrent().navigate("drafts/" + draft.id().value() + "/answers"));
            answer.setId("draft-answers");
            section.add(answer);
        }
        if (draft.status().isPublic()) {
            Button view = new Button(getTranslation("drafts.edit.viewPage"),
                    e -> UI.getCurrent().navigate("drafts/" + draft.id().value()));
            view.setId("draft-view-page");
            view.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(view);
        }
        return section;
    }

    private void confirmWithdraw() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("draft-withdraw-dialog");
        dialog.setHeader(getTranslation("drafts.edit.withdraw"));
        dialog.setText(getTranslation("drafts.edit.withdrawConfirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("drafts.edit.cancel"));
        dialog.setConfirmText(getTranslation("drafts.edit.withdraw"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> attempt(Map.of(), () -> {
            drafts.withdraw(draft.id(), draft.version());
            reload();
            saved();
        }));
        dialog.open();
    }

    private Div section(String titleKey, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("draft-edit-section");
        return section;
    }

    private void attempt(Map<String, ? extends HasValidation> fields, Runnable action) {
        try {
            action.run();
        } catch (DraftException e) {
            HasValidation field = e.field() == null ? null : fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(e.messageKey(), e.messageArguments()));
                field.setInvalid(true);
            } else {
                error(getTranslation(e.messageKey(), e.messageArguments()));
            }
        } catch (FileRejectedException e) {
            error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void reload() {
        draft = drafts.find(draft.id()).orElseThrow(NotFoundException::new);
        render();
    }

    private void saved() {
        Notification.show(getTranslation("drafts.edit.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** What an upload does with the file; returns what to show afterwards, run in the UI. */
    @FunctionalInterface
    private interface UploadWork {
        Command accept(InputStream content, String fileName) throws IOException;
    }

    /**
     * An upload of one file of a kind: the work runs in the upload request, its refusals (the file itself, or the
     * draft's rules) become translated notices in the UI.
     */
    private Upload upload(String id, FileKind fileKind, UploadWork work, String... acceptedTypes) {
        Upload upload = new Upload(uploadEvent -> {
            UI ui = uploadEvent.getUI();
            try (InputStream in = uploadEvent.getInputStream()) {
                ui.access(work.accept(in, uploadEvent.getFileName()));
            } catch (FileRejectedException e) {
                ui.access(() -> error(getTranslation(e.messageKey(), e.arguments())));
            } catch (DraftException e) {
                ui.access(() -> error(getTranslation(e.messageKey(), e.messageArguments())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        upload.setId(id);
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) fileKind.maxBytes());
        upload.setAcceptedFileTypes(acceptedTypes);
        return upload;
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(draft == null ? "drafts.edit.newTitle" : "drafts.edit.title");
    }
}
