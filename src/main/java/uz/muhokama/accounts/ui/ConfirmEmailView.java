package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uz.muhokama.accounts.AccountException;
import uz.muhokama.accounts.SignUpService;

/** Where the link in the confirmation e-mail leads: confirms the address and says so, or says what is wrong. */
@Route("confirm-email")
@AnonymousAllowed
class ConfirmEmailView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final transient SignUpService signUps;
    private String failureKey;
    private boolean confirmed;

    ConfirmEmailView(SignUpService signUps) {
        this.signUps = signUps;
        addClassNames("page", "account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        confirmed = false;
        failureKey = null;
        try {
            signUps.confirmEmail(token);
            confirmed = true;
        } catch (AccountException refused) {
            failureKey = refused.messageKey();
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        Div card = new Div();
        card.addClassNames("form-card", "result-card");
        card.add(new H1(getTranslation("accounts.confirm.title")));
        Icon icon = (confirmed ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.WARNING).create();
        icon.addClassNames("result-icon", confirmed ? "result-ok" : "result-bad");
        Div message = new Div(icon);
        message.addClassName("result-message");
        if (confirmed) {
            message.add(new Paragraph(getTranslation("accounts.confirm.done")));
            message.setId("email-confirmed");
            card.add(message);
        } else {
            message.add(new Paragraph(getTranslation(failureKey)));
            message.setId("email-confirmation-failed");
            card.add(message, new Paragraph(getTranslation("accounts.confirm.hint")));
        }
        RouterLink signIn = new RouterLink(getTranslation("accounts.confirm.signIn"), SignInView.class);
        signIn.setId("confirm-sign-in-link");
        signIn.addClassName("result-action");
        card.add(signIn);
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.confirm.title");
    }
}
