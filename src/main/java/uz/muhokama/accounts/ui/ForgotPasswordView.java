package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.accounts.PasswordResetService;

/** Asks for a reset link; answers the same whether or not the address has an account. */
@Route("forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient PasswordResetService resets;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final EmailField email = new EmailField();
    private final Button submit = new Button();
    private final Paragraph sent = new Paragraph();
    private final RouterLink back = new RouterLink();

    ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("page", "account-page");
        email.setId("forgot-password-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.setAutofocus(true);
        submit.setId("forgot-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> submit());
        sent.setId("forgot-password-sent");
        sent.addClassName("form-notice");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        back.setRoute(SignInView.class);
        back.setId("forgot-password-back");
        Div footer = new Div(back);
        footer.addClassName("form-card-footer");
        Div card = new Div(title, lead, email, submit, sent, footer);
        card.addClassName("form-card");
        add(card);
    }

    private void submit() {
        if (!email.getValue().isBlank()) {
            resets.requestReset(email.getValue());
        }
        sent.setVisible(true);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("accounts.forgot.title"));
        lead.setText(getTranslation("accounts.forgot.lead"));
        email.setLabel(getTranslation("accounts.forgot.email"));
        submit.setText(getTranslation("accounts.forgot.submit"));
        sent.setText(getTranslation("accounts.forgot.sent"));
        back.setText(getTranslation("accounts.forgot.back"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.forgot.title");
    }
}
