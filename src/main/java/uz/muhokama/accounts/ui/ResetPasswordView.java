package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.accounts.AccountException;
import uz.muhokama.accounts.PasswordResetService;

/** Where the reset link leads: a new password, twice. A bad link is said so at once, before any typing. */
@Route("reset-password")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient PasswordResetService resets;
    private final H1 title = new H1();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button submit = new Button();
    private final Paragraph done = new Paragraph();
    private final RouterLink next = new RouterLink();
    private final FormErrors errors = new FormErrors("reset-password-error");
    private String token;
    private String linkProblem;

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("page", "account-page");
        password.setId("reset-password-new");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(128);
        password.setAutofocus(true);
        repeat.setId("reset-password-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(128);
        submit.setId("reset-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(e -> submit());
        done.setId("password-reset-done");
        done.addClassName("form-notice");
        done.setVisible(false);
        next.setId("reset-password-next");
        errors.field(AccountException.PASSWORD, password).field(AccountException.PASSWORD_REPEAT, repeat);
        Div footer = new Div(next);
        footer.addClassName("form-card-footer");
        Div card = new Div(title, errors.alert(), password, repeat, submit, done, footer);
        card.addClassName("form-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        linkProblem = null;
        errors.clear();
        password.setVisible(true);
        repeat.setVisible(true);
        submit.setVisible(true);
        done.setVisible(false);
        try {
            resets.checkLink(token);
        } catch (AccountException refused) {
            linkProblem = refused.messageKey();
            showLinkProblem();
        }
        render();
    }

    private void submit() {
        errors.clear();
        try {
            resets.resetPassword(token, password.getValue(), repeat.getValue());
        } catch (AccountException refused) {
            if (refused.field().isEmpty()) {
                linkProblem = refused.messageKey();
                showLinkProblem();
            }
            errors.show(refused, this);
            return;
        }
        password.setVisible(false);
        repeat.setVisible(false);
        submit.setVisible(false);
        done.setVisible(true);
        next.setRoute(SignInView.class);
    }

    private void showLinkProblem() {
        password.setVisible(false);
        repeat.setVisible(false);
        submit.setVisible(false);
        next.setRoute(ForgotPasswordView.class);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        title.setText(getTranslation("accounts.reset.title"));
        password.setLabel(getTranslation("accounts.reset.password"));
        password.setHelperText(getTranslation("accounts.signUp.passwordHelper", SignUpView.MIN_PASSWORD));
        repeat.setLabel(getTranslation("accounts.reset.passwordRepeat"));
        submit.setText(getTranslation("accounts.reset.submit"));
        done.setText(getTranslation("accounts.reset.done"));
        if (linkProblem != null) {
            errors.show(new AccountException(linkProblem), this);
            next.setText(getTranslation("accounts.reset.newLink"));
        } else {
            next.setText(getTranslation("accounts.forgot.back"));
            next.setRoute(SignInView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.reset.title");
    }
}
