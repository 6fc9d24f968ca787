package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import uz.muhokama.accounts.SignInOptions;
import uz.muhokama.accounts.SignUpService;
import uz.muhokama.accounts.internal.SignInFailureHandler;
import uz.muhokama.shared.ui.SignInLinks;

/**
 * Sign-in with e-mail and password (Vaadin's login form posting to Spring Security), and with OneID when it is on.
 * A refused sign-in comes back here with its reason in the address ({@code ?error=locked&until=...}).
 */
@Route("sign-in")
@AnonymousAllowed
class SignInView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final transient AuthenticationContext authentication;
    private final transient SignUpService signUps;
    private final LoginForm login = new LoginForm();
    private final Button resend = new Button();
    private final Paragraph resent = new Paragraph();
    private final Span noAccount = new Span();
    private final RouterLink signUp = new RouterLink();
    private final Div oneIdBlock = new Div();
    private final Span or = new Span();
    private final Anchor oneId;
    private String error;
    private Instant lockedUntil;

    SignInView(AuthenticationContext authentication, SignUpService signUps, SignInOptions options) {
        this.authentication = authentication;
        this.signUps = signUps;
        addClassNames("page", "account-page");
        login.setId("sign-in-form");
        login.setAction("sign-in");
        login.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        resend.setId("resend-confirmation");
        resend.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resend.setVisible(false);
        resend.addClickListener(e -> resendConfirmation());
        resent.setId("confirmation-resent");
        resent.setVisible(false);
        signUp.setRoute(SignUpView.class);
        signUp.setId("sign-up-link");
        Div signUpLine = new Div(noAccount, signUp);
        signUpLine.addClassName("form-card-footer");
        oneId = new Anchor(options.oneIdPath(), "");
        oneId.setRouterIgnore(true);
        oneId.setId("sign-in-oneid");
        oneId.addClassName("oneid-button");
        or.addClassName("form-card-divider");
        oneIdBlock.add(or, oneId);
        oneIdBlock.setVisible(options.oneIdEnabled());
        Div card = new Div(login, resend, resent, oneIdBlock, signUpLine);
        card.addClassNames("form-card", "sign-in-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter(SignInLinks.CONTINUE).flatMap(SignInLinks::safe).ifPresent(SignInView::returnTo);
        error = query.getSingleParameter("error").orElse(null);
        lockedUntil = query.getSingleParameter("until").map(SignInView::epochSeconds).orElse(null);
        render();
    }

    /**
     * Where Vaadin's sign-in success handler sends the person (the same session attributes its navigation access
     * control sets when an anonymous person opens a protected view).
     */
    private static void returnTo(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return;
        }
        HttpServletRequest http = request.getHttpServletRequest();
        String absolute = ServletUriComponentsBuilder.fromContextPath(http).path(path).build().toUriString();
        WrappedSession session = request.getWrappedSession();
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, path.substring(1));
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, absolute);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("accounts.signIn.title"));
        i18n.getForm().setUsername(getTranslation("accounts.signIn.email"));
        i18n.getForm().setPassword(getTranslation("accounts.signIn.password"));
        i18n.getForm().setSubmit(getTranslation("accounts.signIn.submit"));
        i18n.getForm().setForgotPassword(getTranslation("accounts.signIn.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("accounts.signIn.error.title"));
        i18n.getErrorMessage().setMessage(errorText());
        i18n.getErrorMessage().setUsername(getTranslation("accounts.signIn.emailRequired"));
        i18n.getErrorMessage().setPassword(getTranslation("accounts.signIn.passwordRequired"));
        login.setI18n(i18n);
        login.setError(error != null);
        resend.setText(getTranslation("accounts.signIn.resend"));
        resend.setVisible("unconfirmed".equals(error) && unconfirmedEmail() != null && !resent.isVisible());
        resent.setText(getTranslation("accounts.signIn.resent"));
        noAccount.setText(getTranslation("accounts.signIn.noAccount") + " ");
        signUp.setText(getTranslation("accounts.signIn.signUpLink"));
        or.setText(getTranslation("accounts.signIn.or"));
        oneId.removeAll();
        oneId.add(VaadinIcon.KEY_O.create(), new Span(getTranslation("accounts.signIn.oneId")));
        login.getElement().executeJs("setTimeout(() => { const f = this.querySelector('input[name=username]');"
                + " if (f) { f.focus(); } })");
    }

    private String errorText() {
        if (error == null) {
            return "";
        }
        return switch (error) {
            case "locked" -> getTranslation("accounts.signIn.error.locked", lockedUntil == null ? ""
                    : DateTimeFormatter.ofPattern("HH:mm").format(lockedUntil.atZone(TASHKENT)));
            case "unconfirmed" -> getTranslation("accounts.signIn.error.unconfirmed");
            case "throttled" -> getTranslation("accounts.signIn.error.throttled");
            case "oneid" -> getTranslation("accounts.signIn.error.oneid");
            default -> getTranslation("accounts.signIn.error.credentials");
        };
    }

    private void resendConfirmation() {
        String email = unconfirmedEmail();
        if (email != null) {
            signUps.resendConfirmation(email);
            VaadinSession.getCurrent().getSession().removeAttribute(SignInFailureHandler.UNCONFIRMED_EMAIL);
        }
        resend.setVisible(false);
        resent.setVisible(true);
    }

    private static String unconfirmedEmail() {
        VaadinSession session = VaadinSession.getCurrent();
        Object email = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(SignInFailureHandler.UNCONFIRMED_EMAIL);
        return email instanceof String text ? text : null;
    }

    private static Instant epochSeconds(String text) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(text));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.signIn.title");
    }
}
