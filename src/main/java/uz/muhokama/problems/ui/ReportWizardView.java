package uz.muhokama.problems.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.NewReport;
import uz.muhokama.problems.PhotoUpload;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportSummary;
import uz.muhokama.problems.Routing;
import uz.muhokama.shared.ui.map.GeoMap;
import uz.muhokama.shared.ui.map.MapSettings;

/**
 * Reporting a problem on a phone, one step at a time: the category, the place (typed coordinates or the phone's
 * position), the title and description with the category's questions, up to five photos, and a review that names the
 * organisation that will receive the report and offers similar reports nearby ("this is my problem too") before
 * sending. The server checks everything again when the report is sent.
 */
@Route("problems/new")
@PermitAll
class ReportWizardView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private static final int STEPS = 5;

    private final transient ProblemService problems;
    private final GeoMap map;
    private final Div content = new Div();
    private final Span stepLabel = new Span();
    private final NumberField latitude = new NumberField();
    private final NumberField longitude = new NumberField();
    private final TextField address = new TextField();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Checkbox showName = new Checkbox();
    private final Map<String, Component> answerFields = new LinkedHashMap<>();
    private final transient List<PhotoUpload> photos = new ArrayList<>();
    private transient Category category;
    private transient double[] photoLocation;
    private int step = 1;

    ReportWizardView(ProblemService problems, MapSettings mapSettings) {
        this.problems = problems;
        map = new GeoMap(mapSettings);
        map.setId("problems-map");
        map.addClassName("problem-place-map");
        map.addPickListener(e -> located(e.point().lat(), e.point().lon()));
        latitude.addValueChangeListener(e -> showPicked());
        longitude.addValueChangeListener(e -> showPicked());
        addClassNames("page", "problem-wizard");
        content.setId("problems-wizard-step");
        stepLabel.addClassName("problem-wizard-progress");
        latitude.setId("problems-lat");
        longitude.setId("problems-lon");
        latitude.setStep(0.000001);
        longitude.setStep(0.000001);
        address.setId("problems-address");
        address.setMaxLength(300);
        title.setId("problems-title");
        title.setMaxLength(120);
        description.setId("problems-description");
        description.setMaxLength(4000);
        showName.setId("problems-show-name");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        latitude.setLabel(getTranslation("problems.field.latitude"));
        longitude.setLabel(getTranslation("problems.field.longitude"));
        address.setLabel(getTranslation("problems.field.address"));
        address.setHelperText(getTranslation("problems.field.addressHelp"));
        title.setLabel(getTranslation("problems.field.title"));
        title.setHelperText(getTranslation("problems.field.titleHelp"));
        description.setLabel(getTranslation("problems.field.description"));
        showName.setLabel(getTranslation("problems.field.showName"));
        add(new H1(getTranslation("problems.wizard.title")), stepLabel, content);
        show(step);
    }

    private void show(int next) {
        step = next;
        stepLabel.setText(getTranslation("problems.wizard.progress", step, STEPS));
        content.removeAll();
        switch (step) {
            case 1 -> categoryStep();
            case 2 -> placeStep();
            case 3 -> detailsStep();
            case 4 -> photosStep();
            default -> reviewStep();
        }
    }

    private void categoryStep() {
        content.add(new H2(getTranslation("problems.wizard.category")));
        Map<CategoryGroup, List<Category>> byGroup = problems.categories().stream()
                .collect(Collectors.groupingBy(Category::group, () -> new EnumMap<>(CategoryGroup.class),
                        Collectors.toList()));
        byGroup.forEach((group, categories) -> {
            content.add(new H3(getTranslation("problems.group." + group.code())));
            Div buttons = new Div();
            buttons.addClassName("problem-category-buttons");
            for (Category c : categories) {
                Button choose = new Button(c.name(getLocale()), e -> {
                    if (category == null || !category.code().equals(c.code())) {
                        answerFields.clear();
                    }
                    category = c;
                    show(2);
                });
                choose.setId("problems-category-" + c.code());
                if (category != null && category.code().equals(c.code())) {
                    choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                buttons.add(choose);
            }
            content.add(buttons);
        });
    }

    private void placeStep() {
        content.add(new H2(getTranslation("problems.wizard.place")),
                new Paragraph(getTranslation("problems.wizard.placeHelp")));
        Button locate = new Button(getTranslation("problems.wizard.useMyLocation"), VaadinIcon.CROSSHAIRS.create(),
                e -> getElement().executeJs("const view = this;"
                        + "if (!navigator.geolocation) { view.$server.locationFailed(); return; }"
                        + "navigator.geolocation.getCurrentPosition("
                        + "p => view.$server.located(p.coords.latitude, p.coords.longitude),"
                        + "() => view.$server.locationFailed(), {enableHighAccuracy: true, timeout: 15000});"));
        locate.setId("problems-locate");
        Div coordinates = new Div(latitude, longitude);
        coordinates.addClassName("problem-coordinates");
        map.setPickable(true, getTranslation("problems.wizard.mapLabel"));
        showPicked();
        content.add(map, locate, coordinates, address, navigation(1, () -> {
            if (latitude.getValue() == null || longitude.getValue() == null) {
                latitude.setInvalid(true);
                latitude.setErrorMessage(getTranslation("problems.error.placeRequired"));
                return false;
            }
            try {
                problems.route(category.code(), latitude.getValue(), longitude.getValue());
                latitude.setInvalid(false);
                return true;
            } catch (ProblemException ex) {
                latitude.setInvalid(true);
                latitude.setErrorMessage(getTranslation(ex.messageKey(), ex.arguments()));
                return false;
            }
        }));
    }

    /** The phone's position arrived from the browser. */
    @ClientCallable
    void located(double lat, double lon) {
        latitude.setValue(lat);
        longitude.setValue(lon);
        latitude.setInvalid(false);
    }

    private void showPicked() {
        if (latitude.getValue() == null || longitude.getValue() == null) {
            map.setPicked(null);
            return;
        }
        GeoMap.Point point = new GeoMap.Point(latitude.getValue(), longitude.getValue());
        map.setPicked(point);
        map.setCenter(point, 16);
    }

    @ClientCallable
    void locationFailed() {
        ProblemTexts.error(getTranslation("problems.wizard.locationFailed"));
    }

    private void detailsStep() {
        content.add(new H2(getTranslation("problems.wizard.details")), title, description);
        for (CategoryQuestion question : category.questions()) {
            Component field = answerFields.computeIfAbsent(question.code(), code -> answerField(question));
            content.add(field);
        }
        content.add(showName, new Paragraph(getTranslation("problems.wizard.anonymous")),
                navigation(2, () -> {
                    boolean ok = !title.getValue().isBlank() && !description.getValue().isBlank();
                    title.setInvalid(title.getValue().isBlank());
                    title.setErrorMessage(getTranslation("problems.error.titleLength", 5, 120));
                    description.setInvalid(description.getValue().isBlank());
                    description.setErrorMessage(getTranslation("problems.error.descriptionLength", 5, 4000));
                    return ok;
                }));
    }

    private Component answerField(CategoryQuestion question) {
        String label = question.question().in(getLocale());
        if (question.datatype().equals("singlevaluelist")) {
            Select<CategoryQuestion.Choice> select = new Select<>();
            select.setItems(question.values());
            select.setItemLabelGenerator(CategoryQuestion.Choice::name);
            select.setLabel(label);
            select.setRequiredIndicatorVisible(question.required());
            select.setId("problems-answer-" + question.code());
            return select;
        }
        TextField field = new TextField();
        field.setLabel(label);
        field.setRequiredIndicatorVisible(question.required());
        field.setMaxLength(500);
        field.setId("problems-answer-" + question.code());
        return field;
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answerFields.forEach((code, field) -> {
            if (field instanceof Select<?> select && select.getValue() instanceof CategoryQuestion.Choice choice) {
                answers.put(code, choice.key());
            } else if (field instanceof TextField text && !text.getValue().isBlank()) {
                answers.put(code, text.getValue());
            }
        });
        return answers;
    }

    private void photosStep() {
        content.add(new H2(getTranslation("problems.wizard.photos")),
                new Paragraph(getTranslation("problems.wizard.photosHelp")));
        Div added = new Div();
        added.setId("problems-photo-list");
        added.addClassName("problem-photo-list");
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(16 * 1024 * 1024);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String name = event.getFileName();
            ui.access(() -> addPhoto(name, bytes, added));
        });
        upload.setId("problems-photo-upload");
        upload.setMaxFiles(5);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", "image/heic", "image/heif",
                ".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif");
        PhotoUploadTexts.apply(upload, this);
        listPhotos(added);
        content.add(upload, added, navigation(3, () -> true));
    }

    private void addPhoto(String name, byte[] bytes, Div added) {
        if (photos.size() >= 5) {
            ProblemTexts.error(getTranslation("problems.photo.tooMany", 5));
            return;
        }
        try {
            problems.checkPhoto(bytes);
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
            return;
        }
        if (photos.isEmpty()) {
            photoLocation = problems.photoLocation(bytes).orElse(null);
        }
        photos.add(new PhotoUpload(name, bytes));
        listPhotos(added);
    }

    private void listPhotos(Div added) {
        added.removeAll();
        for (PhotoUpload photo : List.copyOf(photos)) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                photos.remove(photo);
                listPhotos(added);
            });
            remove.setAriaLabel(getTranslation("problems.wizard.removePhoto"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(VaadinIcon.PICTURE.create(), new Span(photo.fileName()), remove);
            row.addClassName("problem-photo-row");
            added.add(row);
        }
        if (photoLocation != null) {
            Button usePhotoPlace = new Button(getTranslation("problems.wizard.usePhotoLocation"),
                    VaadinIcon.MAP_MARKER.create(), e -> {
                latitude.setValue(photoLocation[0]);
                longitude.setValue(photoLocation[1]);
                photoLocation = null;
                listPhotos(added);
                ProblemTexts.done(this, "problems.wizard.placeFromPhoto");
            });
            usePhotoPlace.setId("problems-use-photo-location");
            added.add(usePhotoPlace);
        }
    }

    private void reviewStep() {
        content.add(new H2(getTranslation("problems.wizard.review")));
        double lat = latitude.getValue();
        double lon = longitude.getValue();
        Div summary = new Div(
                line("problems.field.category", category.name(getLocale())),
                line("problems.field.place", String.format(java.util.Locale.ROOT, "%.5f, %.5f", lat, lon)
                        + (address.getValue().isBlank() ? "" : " · " + address.getValue())),
                line("problems.field.title", title.getValue()),
                line("problems.wizard.photoCount", String.valueOf(photos.size())));
        summary.addClassName("problem-review");
        content.add(summary);
        try {
            Routing routing = problems.route(category.code(), lat, lon);
            Paragraph receiver = new Paragraph(getTranslation(routing.isTriage() ? "problems.wizard.toTriage"
                    : "problems.wizard.toOrganisation", ProblemTexts.organisation(this, routing.names())));
            receiver.setId("problems-receiver");
            receiver.addClassName("problem-receiver");
            content.add(receiver);
            List<ReportSummary> duplicates = problems.nearbyDuplicates(category.code(), lat, lon);
            if (!duplicates.isEmpty()) {
                content.add(duplicates(duplicates));
            }
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
        }
        Button submit = new Button(getTranslation("problems.wizard.submit"), VaadinIcon.PAPERPLANE.create(),
                e -> submit());
        submit.setId("problems-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setDisableOnClick(true);
        Button back = new Button(getTranslation("problems.wizard.back"), e -> show(4));
        back.setId("problems-back");
        Div buttons = new Div(back, submit);
        buttons.addClassName("problem-wizard-buttons");
        content.add(buttons);
    }

    private Div duplicates(List<ReportSummary> duplicates) {
        Div box = new Div(new H3(getTranslation("problems.wizard.duplicates")),
                new Paragraph(getTranslation("problems.wizard.duplicatesHelp")));
        box.setId("problems-duplicates");
        box.addClassName("problem-duplicates");
        Map<String, Category> categories = Map.of(category.code(), category);
        for (ReportSummary duplicate : duplicates) {
            Button meToo = new Button(getTranslation("problems.meToo"), VaadinIcon.HAND.create(), e -> {
                try {
                    problems.meToo(duplicate.id());
                    ProblemTexts.done(this, "problems.meToo.done");
                    open(duplicate.id());
                } catch (ProblemException ex) {
                    ProblemTexts.error(this, ex);
                }
            });
            meToo.setId("problems-metoo-" + duplicate.id().value());
            meToo.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            Div row = new Div(new ReportCard(duplicate, categories), meToo);
            row.addClassName("problem-duplicate");
            box.add(row);
        }
        return box;
    }

    private void submit() {
        try {
            ReportId id = problems.report(new NewReport(category.code(), latitude.getValue(), longitude.getValue(),
                    address.getValue(), title.getValue(), description.getValue(), showName.getValue(), answers()),
                    List.copyOf(photos));
            ProblemTexts.done(this, "problems.wizard.sent");
            open(id);
        } catch (ProblemException e) {
            ProblemTexts.error(this, e);
            show(stepOf(e.messageKey()));
        }
    }

    /** The step whose field a refusal is about, so that the person lands where they can fix it. */
    private static int stepOf(String key) {
        if (key.startsWith("problems.photo.")) {
            return 4;
        }
        if (key.equals("problems.error.outsideCountry") || key.equals("problems.error.addressLength")) {
            return 2;
        }
        if (key.equals("problems.error.unknownCategory")) {
            return 1;
        }
        return 3;
    }

    private void open(ReportId id) {
        getUI().ifPresent(ui -> ui.navigate(ReportView.class, new RouteParameters("id", String.valueOf(id.value()))));
    }

    private Div line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("problem-review-label");
        Div row = new Div(label, new Span(value));
        row.addClassName("problem-review-line");
        return row;
    }

    private interface StepCheck {
        boolean passes();
    }

    private Div navigation(int previous, StepCheck check) {
        Button back = new Button(getTranslation("problems.wizard.back"), e -> show(previous));
        back.setId("problems-back");
        Button next = new Button(getTranslation("problems.wizard.next"), VaadinIcon.ARROW_RIGHT.create(), e -> {
            if (check.passes()) {
                show(step + 1);
            }
        });
        next.setIconAfterText(true);
        next.setId("problems-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(back, next);
        buttons.addClassName("problem-wizard-buttons");
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problems.wizard.title") + " · " + getTranslation("app.name");
    }
}
