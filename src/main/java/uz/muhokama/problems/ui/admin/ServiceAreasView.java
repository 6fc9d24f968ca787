package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.problems.AreaSource;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategorySetup;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemSetupService;
import uz.muhokama.problems.ServiceArea;
import uz.muhokama.shared.Roles;
import uz.muhokama.shared.ui.map.GeoMap;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * The areas a utility serves, for administrators: pick the organisation, see its areas on a map (read-only) and in a
 * list with the categories it answers for in each, change those categories, remove an area, and add one with its
 * boundary from a GeoJSON file or from a district already known. Also where the organisation's notices go.
 */
@Route("admin/service-areas")
@RolesAllowed(Roles.ADMIN)
class ServiceAreasView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    /** The GeoJSON limit the service applies, so the browser refuses a bigger file before sending it. */
    private static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
    private static final String FROM_DISTRICT = "district";
    private static final String FROM_FILE = "file";

    private final transient ProblemSetupService setup;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final ComboBox<OrganisationDetails> organisation = new ComboBox<>();
    private final EmailField noticeEmail = new EmailField();
    private final Button saveEmail = new Button();
    private final H2 areasHeading = new H2();
    private final Grid<ServiceArea> grid = new Grid<>();
    private final GeoMap map;
    private final H2 addHeading = new H2();
    private final TextField name = new TextField();
    private final ComboBox<String> district = new ComboBox<>();
    private final RadioButtonGroup<String> source = new RadioButtonGroup<>();
    private final ComboBox<String> knownDistrict = new ComboBox<>();
    private final Upload upload;
    private final Span uploaded = new Span();
    private final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private transient AreaSource.GeoJsonFile file;
    private transient Map<String, Category> categoriesByCode = Map.of();

    ServiceAreasView(ProblemSetupService setup, MapSettings mapSettings) {
        this.setup = setup;
        addClassNames("page", "admin-page", "problems-admin-page");
        lead.addClassName("lead");
        organisation.setId("area-organisation");
        organisation.setItems(setup.utilities());
        organisation.setItemLabelGenerator(o -> o.code() + " · " + o.names().in(getLocale()));
        organisation.addValueChangeListener(e -> showOrganisation());
        noticeEmail.setId("area-notice-email");
        noticeEmail.setMaxLength(254);
        saveEmail.setId("area-notice-email-save");
        saveEmail.addClickListener(e -> saveNoticeEmail());
        organisation.getStyle().set("flex", "1 1 24rem").set("max-width", "36rem");
        Div toolbar = new Div(organisation);
        toolbar.addClassName("admin-toolbar");
        noticeEmail.getStyle().set("max-width", "28rem");
        Div contact = new Div(noticeEmail, saveEmail);
        contact.addClassName("admin-toolbar");
        contact.getStyle().set("align-items", "baseline");

        grid.setId("service-areas-grid");
        grid.addClassName("admin-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        map = new GeoMap(mapSettings);
        map.setId("service-areas-map");
        map.setFitToMarkers(true);
        map.setHeight("22rem");
        map.setWidthFull();

        upload = new Upload(event -> {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String fileName = event.getFileName();
            ui.access(() -> {
                file = new AreaSource.GeoJsonFile(fileName, bytes);
                uploaded.setText(fileName);
            });
        });
        upload.setId("area-geojson-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".geojson", ".json", "application/geo+json", "application/json");
        uploaded.setId("area-geojson-name");
        uploaded.addClassName("admin-hint");

        name.setId("area-name");
        name.setMaxLength(200);
        district.setId("area-district");
        district.setAllowCustomValue(true);
        district.addCustomValueSetListener(e -> district.setValue(e.getDetail()));
        source.setId("area-source");
        source.setItems(FROM_DISTRICT, FROM_FILE);
        source.setValue(FROM_DISTRICT);
        source.addValueChangeListener(e -> showSource());
        knownDistrict.setId("area-known-district");
        knownDistrict.addValueChangeListener(e -> {
            if (e.getValue() != null && district.isEmpty()) {
                district.setValue(e.getValue());
            }
        });
        categories.setId("area-categories");
        categories.setItemLabelGenerator(c -> c.name(getLocale()));
        add.setId("area-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addArea());

        FormLayout form = new FormLayout(name, district, source, knownDistrict, upload, uploaded, categories, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36rem", 2));
        form.setColspan(source, 2);
        form.setColspan(categories, 2);
        form.setColspan(upload, 2);
        form.setColspan(uploaded, 2);
        addHeading.getStyle().set("margin-top", "0");
        Div addBox = new Div(addHeading, form);
        addBox.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("margin-top", "var(--lumo-space-l)")
                .set("box-shadow", "var(--lumo-box-shadow-xs)");

        Div columns = new Div(column(areasHeading, grid), column(map));
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        add(title, new ProblemAdminTabs(), lead, toolbar, contact, columns, addBox);
        showSource();
    }

    private static Div column(Component... content) {
        Div column = new Div(content);
        column.getStyle().set("flex", "1 1 22rem").set("min-width", "0");
        return column;
    }

    private void showSource() {
        boolean fromFile = FROM_FILE.equals(source.getValue());
        knownDistrict.setVisible(!fromFile);
        upload.setVisible(fromFile);
        uploaded.setVisible(fromFile);
    }

    private void showOrganisation() {
        OrganisationDetails chosen = organisation.getValue();
        boolean any = chosen != null;
        noticeEmail.setEnabled(any);
        saveEmail.setEnabled(any);
        add.setEnabled(any);
        if (!any) {
            grid.setItems(List.of());
            map.setMarkers(List.of());
            return;
        }
        noticeEmail.setValue(setup.noticeEmail(chosen.id()).orElse(""));
        List<ServiceArea> areas = setup.serviceAreas(chosen.id());
        grid.setItems(areas);
        map.setMarkers(areas.stream().map(a -> new GeoMap.Marker("area-" + a.id(),
                new GeoMap.Point(a.latitude(), a.longitude()), a.name() + " · " + a.district(), "open")).toList());
    }

    private void refreshChoices() {
        List<String> known = setup.knownDistricts();
        knownDistrict.setItems(known);
        district.setItems(known);
        categoriesByCode = setup.categoriesForSetup().stream().filter(CategorySetup::active)
                .map(CategorySetup::category)
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
        categories.setItems(categoriesByCode.values());
    }

    private void saveNoticeEmail() {
        try {
            setup.setNoticeEmail(organisation.getValue().id(), noticeEmail.getValue());
        } catch (ProblemException e) {
            AdminNotices.refused(this, e);
            return;
        }
        AdminNotices.done(this, "problems.admin.areas.emailSaved");
    }

    private void addArea() {
        AreaSource chosen = FROM_FILE.equals(source.getValue()) ? file
                : knownDistrict.getValue() == null ? null : new AreaSource.KnownDistrict(knownDistrict.getValue());
        if (chosen == null) {
            AdminNotices.refused(this, new ProblemException(FROM_FILE.equals(source.getValue())
                    ? "problems.admin.error.noFile" : "problems.admin.error.unknownDistrict"));
            return;
        }
        try {
            setup.addServiceArea(organisation.getValue().id(), name.getValue(), district.getValue(), chosen,
                    categories.getValue().stream().map(Category::code).toList());
        } catch (ProblemException e) {
            AdminNotices.refused(this, e);
            return;
        }
        AdminNotices.done(this, "problems.admin.areas.added");
        name.clear();
        district.clear();
        knownDistrict.clear();
        categories.clear();
        upload.clearFileList();
        uploaded.setText("");
        file = null;
        refreshChoices();
        showOrganisation();
    }

    private Component categoryNames(ServiceArea area) {
        Span names = new Span(area.categoryCodes().stream()
                .map(code -> categoriesByCode.containsKey(code) ? categoriesByCode.get(code).name(getLocale()) : code)
                .collect(Collectors.joining(", ")));
        names.addClassName("admin-hint");
        return names;
    }

    private Component actions(ServiceArea area) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editCategories(area));
        edit.setId("area-edit-" + area.id());
        edit.setAriaLabel(getTranslation("problems.admin.areas.editCategories"));
        edit.setTooltipText(getTranslation("problems.admin.areas.editCategories"));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(area));
        remove.setId("area-remove-" + area.id());
        remove.setAriaLabel(getTranslation("problems.admin.areas.remove"));
        remove.setTooltipText(getTranslation("problems.admin.areas.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Div box = new Div(edit, remove);
        box.getStyle().set("display", "flex").set("gap", "var(--lumo-space-xs)");
        return box;
    }

    private void editCategories(ServiceArea area) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("area-categories-dialog");
        dialog.setHeader(area.name());
        MultiSelectComboBox<Category> chosen = new MultiSelectComboBox<>(
                getTranslation("problems.admin.areas.categories"));
        chosen.setId("area-categories-edit");
        chosen.setItems(categoriesByCode.values());
        chosen.setItemLabelGenerator(c -> c.name(getLocale()));
        chosen.setValue(area.categoryCodes().stream().map(categoriesByCode::get).filter(c -> c != null)
                .collect(Collectors.toSet()));
        chosen.setWidthFull();
        dialog.add(chosen);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("problems.admin.cancel"));
        dialog.setConfirmText(getTranslation("problems.admin.save"));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            Set<Category> value = chosen.getValue();
            try {
                setup.setAreaCategories(area.id(), value.stream().map(Category::code).toList());
            } catch (ProblemException ex) {
                AdminNotices.refused(this, ex);
                return;
            }
            AdminNotices.done(this, "problems.admin.areas.saved");
            showOrganisation();
        });
        dialog.open();
    }

    private void confirmRemove(ServiceArea area) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("problems.admin.areas.removeTitle"),
                getTranslation("problems.admin.areas.removeText", area.name()),
                getTranslation("problems.admin.areas.remove"), e -> {
                    try {
                        setup.removeServiceArea(area.id());
                    } catch (ProblemException ex) {
                        AdminNotices.refused(this, ex);
                        return;
                    }
                    AdminNotices.done(this, "problems.admin.areas.removed");
                    refreshChoices();
                    showOrganisation();
                });
        dialog.setId("area-remove-dialog");
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("problems.admin.cancel"));
        dialog.open();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("problems.admin.areas.title"));
        lead.setText(getTranslation("problems.admin.areas.lead"));
        organisation.setLabel(getTranslation("problems.admin.areas.organisation"));
        organisation.setPlaceholder(getTranslation("problems.admin.areas.pickOrganisation"));
        noticeEmail.setLabel(getTranslation("problems.admin.areas.noticeEmail"));
        noticeEmail.setHelperText(getTranslation("problems.admin.areas.noticeEmailHelp"));
        saveEmail.setText(getTranslation("problems.admin.areas.saveEmail"));
        areasHeading.setText(getTranslation("problems.admin.areas.list"));
        grid.removeAllColumns();
        grid.addColumn(ServiceArea::name).setHeader(getTranslation("problems.admin.areas.name")).setFlexGrow(2);
        grid.addColumn(ServiceArea::district).setHeader(getTranslation("problems.admin.areas.district"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::categoryNames).setHeader(getTranslation("problems.admin.areas.categories"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("problems.admin.areas.empty"));
        addHeading.setText(getTranslation("problems.admin.areas.add"));
        name.setLabel(getTranslation("problems.admin.areas.name"));
        district.setLabel(getTranslation("problems.admin.areas.district"));
        district.setHelperText(getTranslation("problems.admin.areas.districtHelp"));
        source.setLabel(getTranslation("problems.admin.areas.source"));
        source.setItemLabelGenerator(s -> getTranslation("problems.admin.areas.source." + s));
        knownDistrict.setLabel(getTranslation("problems.admin.areas.knownDistrict"));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("problems.admin.areas.uploadAdd"))
                .setMany(getTranslation("problems.admin.areas.uploadAdd")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("problems.admin.areas.uploadDrop"))
                .setMany(getTranslation("problems.admin.areas.uploadDrop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("problems.admin.error.fileSize", MAX_UPLOAD_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("problems.admin.error.fileType"))
                .setTooManyFiles(getTranslation("problems.admin.areas.uploadOne")));
        upload.setI18n(i18n);
        categories.setLabel(getTranslation("problems.admin.areas.categories"));
        add.setText(getTranslation("problems.admin.areas.addButton"));
        map.setPickable(false, getTranslation("problems.admin.areas.map"));
        map.getElement().setAttribute("aria-label", getTranslation("problems.admin.areas.map"));
        refreshChoices();
        if (organisation.isEmpty() && !organisation.getListDataView().getItems().toList().isEmpty()) {
            organisation.setValue(organisation.getListDataView().getItems().findFirst().orElseThrow());
        } else {
            showOrganisation();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.admin.areas.title") + " · " + getTranslation("app.name");
    }
}
