package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import uz.muhokama.files.FileKind;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationException;
import uz.muhokama.legislation.LegislationBulkImportService;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.SupportedLocale;

/**
 * Importing an act: upload a file, see the structure the parser found and what it read of the act, complete and
 * correct the details, save. The service checks everything again.
 */
@Route("legislation/import")
@RolesAllowed(Roles.ADMIN)
class ImportView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final int PREVIEW_HEADINGS = 12;

    private final transient LegislationImportService imports;
    private final Div previewArea = new Div();
    private final BulkImportPanel bulkPanel;
    private transient ImportPreview preview;

    ImportView(LegislationImportService imports, LegislationBulkImportService bulk) {
        this.imports = imports;
        this.bulkPanel = new BulkImportPanel(bulk);
        addClassNames("page", "import-page");
        previewArea.addClassName("import-preview");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        Upload upload = new Upload(uploadEvent -> {
            UI ui = uploadEvent.getUI();
            try (InputStream in = uploadEvent.getInputStream()) {
                ImportPreview read = imports.preview(in, uploadEvent.getFileName());
                ui.access(() -> show(read));
            } catch (FileRejectedException e) {
                ui.access(() -> error(e.messageKey(), e.arguments()));
            } catch (LegislationException e) {
                ui.access(() -> error(e.messageKey()));
            }
        });
        upload.setId("import-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) FileKind.LEGAL_TEXT.maxBytes());
        upload.setAcceptedFileTypes(".doc", ".docx", ".odt", ".pdf", ".rtf", ".html", ".htm", ".xml", ".txt");
        Paragraph help = new Paragraph(getTranslation("legislation.import.help"));
        help.addClassName("lead");
        bulkPanel.localise();
        add(new H1(getTranslation("legislation.import.title")), help, upload, previewArea, bulkPanel);
        if (preview != null) {
            show(preview);
        }
    }

    private void show(ImportPreview read) {
        preview = read;
        previewArea.removeAll();
        H2 found = new H2(getTranslation("legislation.import.found", read.articleCount()));
        UnorderedList headings = new UnorderedList();
        read.text().all().filter(p -> p.kind().isHeading()).limit(PREVIEW_HEADINGS)
                .map(ImportView::headingLine).map(ListItem::new).forEach(headings::add);
        headings.addClassName("import-headings");
        headings.setId("import-headings");
        previewArea.add(found, headings);
        read.warnings().forEach(key -> {
            Paragraph warning = new Paragraph(getTranslation(key));
            warning.addClassName("import-warning");
            previewArea.add(warning);
        });
        previewArea.add(form(read));
    }

    private FormLayout form(ImportPreview read) {
        Select<ActType> type = new Select<>();
        type.setLabel(getTranslation("legislation.import.type"));
        type.setItems(ActType.values());
        type.setItemLabelGenerator(t -> getTranslation("legislation.type." + t.name()));
        type.setValue(read.suggestedType() == null ? ActType.LAW : read.suggestedType());
        type.setId("import-type");
        TextField number = field("legislation.import.number", read.suggestedNumber(), "import-number");
        DatePicker adopted = date("legislation.import.adoptedOn", read.suggestedAdoptedOn(), "import-adopted");
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("legislation.import.language"));
        language.setItems(List.of("uz-Latn", "uz-Cyrl", "ru", "en"));
        language.setItemLabelGenerator(l -> SupportedLocale.fromTag(l).map(SupportedLocale::nativeName).orElse(l));
        language.setValue(read.language());
        language.setId("import-language");
        DatePicker validFrom = date("legislation.import.validFrom", read.suggestedValidFrom(), "import-valid-from");
        TextField title = field("legislation.import.actTitle", read.title(), "import-title");
        Select<ActStatus> status = new Select<>();
        status.setLabel(getTranslation("legislation.import.status"));
        status.setItems(ActStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("legislation.status." + s.name()));
        status.setValue(ActStatus.IN_FORCE);
        status.setId("import-status");
        TextField issuingBody = field("legislation.import.issuingBody", null, "import-issuing-body");
        TextField publicationNumber = field("legislation.import.publicationNumber", read.publicationNumber(),
                "import-publication-number");
        Button save = new Button(getTranslation("legislation.import.save"), e -> {
            ActMetadata metadata = new ActMetadata(type.getValue(), number.getValue().strip(), adopted.getValue(),
                    blankToNull(issuingBody.getValue()), null, null, blankToNull(publicationNumber.getValue()),
                    status.getValue(), null, null, null);
            save(metadata, language.getValue(), validFrom.getValue(), title.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("import-save");
        FormLayout form = new FormLayout(type, number, adopted, status, language, validFrom, title, issuingBody,
                publicationNumber, save);
        form.setColspan(title, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.addClassName("import-form");
        return form;
    }

    private void save(ActMetadata metadata, String language, LocalDate validFrom, String title) {
        try {
            ImportResult result = imports.importEdition(preview.fileId(), metadata, language, validFrom, title);
            Notification done = Notification.show(getTranslation("legislation.import.outcome." + result.outcome()),
                    5000, Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(result.uri().substring(1));
        } catch (LegislationException e) {
            error(e.messageKey());
        }
    }

    private TextField field(String labelKey, String value, String id) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        field.setId(id);
        field.setMaxLength(1000);
        return field;
    }

    private DatePicker date(String labelKey, LocalDate value, String id) {
        DatePicker picker = new DatePicker(getTranslation(labelKey), value);
        picker.setLocale(getLocale());
        picker.setId(id);
        return picker;
    }

    private void error(String key, Object... arguments) {
        Notification notification = Notification.show(getTranslation(key, arguments), 8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String headingLine(ParsedProvision p) {
        String number = p.number().isEmpty() ? "" : p.number() + ". ";
        return number + p.heading();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legislation.import.title") + " · " + getTranslation("app.name");
    }
}
