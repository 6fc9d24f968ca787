package uz.muhokama.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import uz.muhokama.accounts.AccountException;
import uz.muhokama.accounts.Profile;
import uz.muhokama.accounts.ProfileChange;
import uz.muhokama.accounts.ProfileService;
import uz.muhokama.accounts.PublicNameChoice;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.LanguageSelection;

/** The signed-in person's profile: name, which name the public sees, language, and the password. */
@Route("profile")
@PermitAll
class ProfileView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final transient ProfileService profiles;
    private final transient LanguageSelection languages;
    private final H1 title = new H1();
    private final TextField email = new TextField();
    private final TextField displayName = new TextField();
    private final RadioButtonGroup<PublicNameChoice> publicName = new RadioButtonGroup<>();
    private final Select<SupportedLocale> language = new Select<>();
    private final Button save = new Button();
    private final H2 passwordTitle = new H2();
    private final PasswordField currentPassword = new PasswordField();
    private final PasswordField newPassword = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button changePassword = new Button();
    private final FormErrors profileErrors = new FormErrors("profile-error");
    private final FormErrors passwordErrors = new FormErrors("profile-password-error");
    private Profile profile;

    ProfileView(ProfileService profiles, LanguageSelection languages) {
        this.profiles = profiles;
        this.languages = languages;
        addClassNames("page", "account-page");
        email.setId("profile-email");
        email.setReadOnly(true);
        displayName.setId("profile-display-name");
        displayName.setMaxLength(100);
        displayName.setAutofocus(true);
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.addValueChangeListener(e -> relabelPublicName());
        publicName.setId("profile-public-name");
        publicName.setItems(PublicNameChoice.values());
        language.setId("profile-language");
        language.setItems(SupportedLocale.values());
        language.setItemLabelGenerator(SupportedLocale::nativeName);
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        currentPassword.setId("profile-current-password");
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setId("profile-new-password");
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        newPassword.setMaxLength(128);
        repeat.setId("profile-new-password-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setMaxLength(128);
        changePassword.setId("profile-change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        profileErrors.field(AccountException.DISPLAY_NAME, displayName);
        passwordErrors.field(AccountException.CURRENT_PASSWORD, currentPassword)
                .field(AccountException.PASSWORD, newPassword).field(AccountException.PASSWORD_REPEAT, repeat);
        Div details = new Div(title, email, displayName, publicName, language, profileErrors.alert(), save);
        details.addClassNames("form-card", "profile-card");
        details.setId("profile-details");
        Div password = new Div(passwordTitle, currentPassword, newPassword, repeat, passwordErrors.alert(),
                changePassword);
        password.addClassNames("form-card", "profile-card");
        password.setId("profile-password");
        save.addClickShortcut(Key.ENTER).listenOn(details);
        changePassword.addClickShortcut(Key.ENTER).listenOn(password);
        add(details, password);
        show(profiles.currentProfile());
    }

    private void show(Profile shown) {
        profile = shown;
        email.setValue(shown.email());
        displayName.setValue(shown.displayName());
        publicName.setValue(shown.publicName());
        language.setValue(shown.language());
        currentPassword.setVisible(shown.hasPassword());
    }

    /** Refreshing the items re-renders their labels but drops the selection, so it is put back. */
    private void relabelPublicName() {
        PublicNameChoice chosen = publicName.getValue();
        publicName.getDataProvider().refreshAll();
        publicName.setValue(chosen);
    }

    private void save() {
        profileErrors.clear();
        SupportedLocale chosen = language.getValue();
        try {
            show(profiles.update(new ProfileChange(displayName.getValue(), publicName.getValue(), chosen,
                    profile.version())));
        } catch (AccountException refused) {
            profileErrors.show(refused, this);
            return;
        }
        if (chosen != SupportedLocale.closestTo(getLocale())) {
            languages.switchTo(UI.getCurrent(), chosen);
        }
        notice("accounts.profile.saved");
    }

    private void changePassword() {
        passwordErrors.clear();
        try {
            profiles.changePassword(currentPassword.getValue(), newPassword.getValue(), repeat.getValue());
        } catch (AccountException refused) {
            passwordErrors.show(refused, this);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeat.clear();
        show(profiles.currentProfile());
        notice("accounts.profile.passwordChanged");
    }

    private void notice(String key) {
        Notification notification = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("accounts.profile.title"));
        email.setLabel(getTranslation("accounts.profile.email"));
        displayName.setLabel(getTranslation("accounts.profile.displayName"));
        publicName.setLabel(getTranslation("accounts.profile.publicName"));
        publicName.setItemLabelGenerator(choice -> choice == PublicNameChoice.NAME
                ? getTranslation("accounts.profile.publicName.name", displayName.getValue())
                : getTranslation("accounts.profile.publicName.pseudonym", profile.pseudonym()));
        language.setLabel(getTranslation("accounts.profile.language"));
        save.setText(getTranslation("accounts.profile.save"));
        passwordTitle.setText(getTranslation("accounts.profile.passwordTitle"));
        currentPassword.setLabel(getTranslation("accounts.profile.currentPassword"));
        newPassword.setLabel(getTranslation("accounts.profile.newPassword"));
        newPassword.setHelperText(getTranslation("accounts.signUp.passwordHelper", SignUpView.MIN_PASSWORD));
        repeat.setLabel(getTranslation("accounts.profile.newPasswordRepeat"));
        changePassword.setText(getTranslation("accounts.profile.changePassword"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name") + " · " + getTranslation("accounts.profile.title");
    }
}
