package uz.muhokama.drafts.ui;

import com.vaadin.flow.component.Component;
import java.util.function.BiFunction;
import uz.muhokama.legislation.ProvisionKind;

/** The labels of numbered provisions ("3-modda.", "Статья 3.") in the reader's language. */
final class DraftLabels {

    private DraftLabels() {
    }

    static BiFunction<ProvisionKind, String, String> of(Component c) {
        return (kind, number) -> number == null || number.isBlank()
                ? (kind.isHeading() ? "" : "¶")
                : c.getTranslation("drafts.label." + kind.name(), number);
    }
}
