package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.CategorySetup;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.NewCategory;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemSetupService;

/**
 * The form to create a category or change one: names in four languages, group, answer deadline, questions, active.
 * The code is fixed once created (Open311 clients know the category by it); a category with reports can be made
 * inactive but not deleted. The service checks everything again and keeps nothing of a refused save.
 */
class CategoryDialog extends Dialog {

    private final transient ProblemSetupService setup;
    private final CategorySetup existing;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField nameUzLatn = new TextField();
    private final TextField nameUzCyrl = new TextField();
    private final TextField nameRu = new TextField();
    private final TextField nameEn = new TextField();
    private final Select<CategoryGroup> group = new Select<>();
    private final IntegerField deadline = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final Div questions = new Div();
    private final List<QuestionEditor> editors = new ArrayList<>();
    private int nextQuestion;

    /** A dialog for a new category ({@code existing} is {@code null}) or for changing one. */
    CategoryDialog(ProblemSetupService setup, CategorySetup existing, Runnable onSaved) {
        this.setup = setup;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("problem-category-dialog");
        setHeaderTitle(getTranslation(existing == null ? "problems.admin.categories.new"
                : "problems.admin.categories.edit"));
        setWidth("min(48rem, 100vw)");
        buildFields();
        FormLayout form = new FormLayout(code, group, nameUzLatn, nameUzCyrl, nameRu, nameEn, deadline, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button addQuestion = new Button(getTranslation("problems.admin.question.add"), VaadinIcon.PLUS.create(),
                e -> addQuestion(null));
        addQuestion.setId("problem-question-add");
        addQuestion.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph questionsHelp = new Paragraph(getTranslation("problems.admin.question.help"));
        questionsHelp.addClassName("admin-hint");
        H3 questionsHeading = new H3(getTranslation("problems.admin.category.questions"));
        questionsHeading.getStyle().set("margin", "var(--lumo-space-l) 0 var(--lumo-space-xs)");
        add(form, questionsHeading, questionsHelp, questions, addQuestion);
        if (existing != null) {
            fill(existing);
        }
        buildFooter();
    }

    private void buildFields() {
        code.setId("problem-category-code");
        code.setLabel(getTranslation("problems.admin.category.code"));
        code.setHelperText(getTranslation("problems.admin.category.codeHelp"));
        code.setMaxLength(40);
        code.setAllowedCharPattern("[a-z0-9_-]");
        code.setRequiredIndicatorVisible(true);
        nameUzLatn.setId("problem-category-name-uz-latn");
        nameUzLatn.setLabel(getTranslation("problems.admin.category.nameUzLatn"));
        nameUzCyrl.setId("problem-category-name-uz-cyrl");
        nameUzCyrl.setLabel(getTranslation("problems.admin.category.nameUzCyrl"));
        nameRu.setId("problem-category-name-ru");
        nameRu.setLabel(getTranslation("problems.admin.category.nameRu"));
        nameEn.setId("problem-category-name-en");
        nameEn.setLabel(getTranslation("problems.admin.category.nameEn"));
        for (TextField name : List.of(nameUzLatn, nameUzCyrl, nameRu, nameEn)) {
            name.setMaxLength(200);
            name.setRequiredIndicatorVisible(true);
        }
        group.setId("problem-category-group");
        group.setLabel(getTranslation("problems.admin.category.group"));
        group.setItems(CategoryGroup.values());
        group.setItemLabelGenerator(g -> getTranslation("problems.group." + g.code()));
        group.setRequiredIndicatorVisible(true);
        deadline.setId("problem-category-deadline");
        deadline.setLabel(getTranslation("problems.admin.category.deadline"));
        deadline.setHelperText(getTranslation("problems.admin.category.deadlineHelp"));
        deadline.setMin(1);
        deadline.setMax(30);
        deadline.setStepButtonsVisible(true);
        deadline.setValue(15);
        active.setId("problem-category-active");
        active.setLabel(getTranslation("problems.admin.category.activeLabel"));
        active.setValue(true);
        active.setVisible(existing != null);
    }

    private void fill(CategorySetup setup) {
        code.setValue(setup.category().code());
        code.setReadOnly(true);
        code.setHelperText(getTranslation("problems.admin.category.codeFixed"));
        LocalizedText names = setup.category().names();
        nameUzLatn.setValue(names.uzLatn());
        nameUzCyrl.setValue(names.uzCyrl());
        nameRu.setValue(names.ru());
        nameEn.setValue(names.en());
        group.setValue(setup.category().group());
        deadline.setValue(setup.category().deadlineDays());
        active.setValue(setup.active());
        setup.category().questions().forEach(this::addQuestion);
    }

    private void addQuestion(CategoryQuestion question) {
        int index = nextQuestion++;
        QuestionEditor[] editor = new QuestionEditor[1];
        editor[0] = new QuestionEditor(index, question, () -> {
            editors.remove(editor[0]);
            questions.remove(editor[0]);
        });
        editors.add(editor[0]);
        questions.add(editor[0]);
    }

    private void buildFooter() {
        Button cancel = new Button(getTranslation("problems.admin.cancel"), e -> close());
        cancel.setId("problem-category-cancel");
        Button save = new Button(getTranslation("problems.admin.save"), e -> save());
        save.setId("problem-category-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (existing != null && existing.reportCount() == 0) {
            Button delete = new Button(getTranslation("problems.admin.category.delete"), VaadinIcon.TRASH.create(),
                    e -> delete());
            delete.setId("problem-category-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private void save() {
        List<CategoryQuestion> typed = new ArrayList<>();
        for (QuestionEditor editor : editors) {
            typed.add(editor.question(typed.size() + 1));
        }
        NewCategory category = new NewCategory(code.getValue(), group.getValue(),
                new LocalizedText(nameUzLatn.getValue(), nameUzCyrl.getValue(), nameRu.getValue(), nameEn.getValue()),
                deadline.getValue() == null ? 0 : deadline.getValue(), typed);
        try {
            if (existing == null) {
                setup.createCategory(category);
            } else {
                setup.updateCategory(existing.category().id(), existing.version(), category, active.getValue());
            }
        } catch (ProblemException e) {
            AdminNotices.refused(this, e);
            return;
        }
        AdminNotices.done(this, "problems.admin.categories.saved");
        close();
        onSaved.run();
    }

    private void delete() {
        try {
            setup.deleteCategory(existing.category().id());
        } catch (ProblemException e) {
            AdminNotices.refused(this, e);
            return;
        }
        AdminNotices.done(this, "problems.admin.categories.deleted");
        close();
        onSaved.run();
    }
}
