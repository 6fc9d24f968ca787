package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.accounts.AccountException;
import uz.muhokama.accounts.SignUpRequest;
import uz.muhokama.accounts.SignUpService;
import uz.muhokama.shared.SupportedLocale;

/** Sign-up: e-mail, name, password twice and consent; then "check your e-mail". */
@Route("sign-up")
@AnonymousAllowed
class SignUpView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    static final int MIN_PASSWORD = 10;

    private final transient SignUpService signUps;
    private final H1 title = new H1();
    private final Paragraph lead = new Paragraph();
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final Button submit = new Button();
    private final Span haveAccount = new Span();
    private final RouterLink signIn = new RouterLink();
    private final FormErrors errors = new FormErrors("sign-up-error");
    private final Div card = new Div();
    private String signedUpEmail;

    SignUpView(SignUpService signUps) {
        this.signUps = signUps;
        addClassNames("page", "account-page");
        email.setId("sign-up-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(254);
        email.setAutofocus(true);
        name.setId("sign-up-name");
        name.setAutocomplete(Autocomplete.NAME);
        name.setMaxLength(100);
        password.setId("sign-up-password");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(128);
        repeat.setId("sign-up-password-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(128);
        consent.setId("sign-up-consent");
        submit.setId("sign-up-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> submit());
        signIn.setRoute(SignInView.class);
        signIn.setId("sign-in-link");
        errors.field(AccountException.EMAIL, email).field(AccountException.DISPLAY_NAME, name)
                .field(AccountException.PASSWORD, password).field(AccountException.PASSWORD_REPEAT, repeat);
        Div footer = new Div(haveAccount, signIn);
        footer.addClassName("form-card-footer");
        card.addClassNames("form-card", "sign-up-card");
        card.add(title, lead, email, name, password, repeat, consent, errors.alert(), submit, footer);
        add(card);
    }

    private void submit() {
        errors.clear();
        consent.setInvalid(false);
        try {
            signUps.signUp(new SignUpRequest(email.getValue(), name.getValue(), password.getValue(),
                    repeat.getValue(), consent.getValue(), SupportedLocale.closestTo(getLocale())));
        } catch (AccountException refused) {
            if (refused.field().filter(AccountException.CONSENT::equals).isPresent()) {
                consent.setErrorMessage(getTranslation(refused.messageKey()));
                consent.setInvalid(true);
                consent.focus();
            } else {
                errors.show(refused, this);
            }
            return;
        }
        signedUpEmail = email.getValue().trim();
        showDone();
    }

    private void showDone() {
        card.removeAll();
        Paragraph done = new Paragraph(getTranslation("accounts.signUp.done.text", signedUpEmail));
        done.setId("sign-up-done");
        card.add(new H1(getTranslation("accounts.signUp.done.title")), done);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (signedUpEmail != null) {
            showDone();
            return;
        }
        title.setText(getTranslation("accounts.signUp.title"));
        lead.setText(getTranslation("accounts.signUp.lead"));
        email.setLabel(getTranslation("accounts.signUp.email"));
        email.setHelperText(getTranslation("accounts.signUp.emailHelper"));
        name.setLabel(getTranslation("accounts.signUp.displayName"));
        name.setHelperText(getTranslation("accounts.signUp.displayNameHelper"));
        password.setLabel(getTranslation("accounts.signUp.password"));
        password.setHelperText(getTranslation("accounts.signUp.passwordHelper", MIN_PASSWORD));
        repeat.setLabel(getTranslation("accounts.signUp.passwordRepeat"));
        consent.setLabel(getTranslation("accounts.signUp.consent"));
        submit.setText(getTranslation("accounts.signUp.submit"));
        haveAccount.setText(getTranslation("accounts.signUp.haveAccount") + " ");
        signIn.setText(getTranslation("accounts.signUp.signInLink"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.signUp.title");
    }
}
