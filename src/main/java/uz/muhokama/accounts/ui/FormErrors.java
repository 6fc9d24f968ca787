package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.Map;
import uz.muhokama.accounts.AccountException;

/**
 * Shows a service's refusal where it belongs: on the field it is about, else in the form's alert line. Fields are
 * validated on the server only, so their invalid state is set by hand.
 */
final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Paragraph alert = new Paragraph();

    FormErrors(String alertId) {
        alert.setId(alertId);
        alert.addClassName("form-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.setVisible(false);
    }

    FormErrors field(String name, HasValidation field) {
        field.setManualValidation(true);
        fields.put(name, field);
        return this;
    }

    Paragraph alert() {
        return alert;
    }

    void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        alert.setVisible(false);
    }

    void show(AccountException refusal, Component context) {
        String text = context.getTranslation(refusal.messageKey(), refusal.arguments());
        HasValidation field = refusal.field().map(fields::get).orElse(null);
        if (field == null) {
            alert.setText(text);
            alert.setVisible(true);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
        if (field instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
