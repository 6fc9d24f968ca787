package uz.muhokama.problems.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.LocalizedText;

/**
 * One extra question of a category (an Open311 attribute): its code, kind, whether it must be answered, the question
 * in four languages and, for a list, its choices as lines {@code key=name}. The service checks it all again.
 */
class QuestionEditor extends Div {

    private static final List<String> DATATYPES = List.of("string", "number", "text", "singlevaluelist");

    private final TextField code = new TextField();
    private final Select<String> datatype = new Select<>();
    private final Checkbox required = new Checkbox();
    private final TextField uzLatn = new TextField();
    private final TextField uzCyrl = new TextField();
    private final TextField ru = new TextField();
    private final TextField en = new TextField();
    private final TextArea values = new TextArea();

    QuestionEditor(int index, CategoryQuestion question, Runnable onRemove) {
        addClassName("problems-admin-question");
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s) "
                        + "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
        String prefix = "problem-question-" + index + "-";
        code.setId(prefix + "code");
        code.setLabel(getTranslation("problems.admin.question.code"));
        code.setMaxLength(40);
        code.setAllowedCharPattern("[a-z0-9_-]");
        datatype.setId(prefix + "type");
        datatype.setLabel(getTranslation("problems.admin.question.type"));
        datatype.setItems(DATATYPES);
        datatype.setItemLabelGenerator(t -> getTranslation("problems.admin.question.type." + t));
        datatype.setValue("string");
        required.setId(prefix + "required");
        required.setLabel(getTranslation("problems.admin.question.required"));
        uzLatn.setId(prefix + "uz-latn");
        uzLatn.setLabel(getTranslation("problems.admin.question.uzLatn"));
        uzCyrl.setId(prefix + "uz-cyrl");
        uzCyrl.setLabel(getTranslation("problems.admin.question.uzCyrl"));
        ru.setId(prefix + "ru");
        ru.setLabel(getTranslation("problems.admin.question.ru"));
        en.setId(prefix + "en");
        en.setLabel(getTranslation("problems.admin.question.en"));
        for (TextField text : List.of(uzLatn, uzCyrl, ru, en)) {
            text.setMaxLength(500);
        }
        values.setId(prefix + "values");
        values.setLabel(getTranslation("problems.admin.question.values"));
        values.setHelperText(getTranslation("problems.admin.question.valuesHelp"));
        values.setMaxLength(2000);
        values.setVisible(false);
        datatype.addValueChangeListener(e -> values.setVisible("singlevaluelist".equals(e.getValue())));
        Button remove = new Button(getTranslation("problems.admin.question.remove"), VaadinIcon.TRASH.create(),
                e -> onRemove.run());
        remove.setId(prefix + "remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        FormLayout form = new FormLayout(code, datatype, uzLatn, uzCyrl, ru, en, values, required, remove);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(values, 2);
        add(form);
        if (question != null) {
            code.setValue(question.code());
            datatype.setValue(question.datatype());
            required.setValue(question.required());
            uzLatn.setValue(question.question().uzLatn());
            uzCyrl.setValue(question.question().uzCyrl());
            ru.setValue(question.question().ru());
            en.setValue(question.question().en());
            values.setValue(question.values().stream().map(v -> v.key() + "=" + v.name())
                    .collect(Collectors.joining("\n")));
        }
    }

    /** The question as typed; a choice line without {@code =} becomes a choice the service refuses. */
    CategoryQuestion question(int position) {
        List<CategoryQuestion.Choice> choices = new ArrayList<>();
        if ("singlevaluelist".equals(datatype.getValue())) {
            for (String line : values.getValue().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int eq = line.indexOf('=');
                choices.add(eq < 0 ? new CategoryQuestion.Choice("", line)
                        : new CategoryQuestion.Choice(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
            }
        }
        return new CategoryQuestion(code.getValue(), datatype.getValue(), required.getValue(), position,
                new LocalizedText(uzLatn.getValue(), uzCyrl.getValue(), ru.getValue(), en.getValue()),
                List.copyOf(choices));
    }
}
