package uz.muhokama.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.beans.factory.ObjectProvider;
import uz.muhokama.shared.PersonalNotices;
import uz.muhokama.shared.SignedInPerson;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.LanguageSelection;

/**
 * The frame of every page: the product name, the three parts of the platform, the language switcher and the
 * sign-in or profile menu. On a phone the navigation folds into a drawer.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient LanguageSelection languages;
    private final transient ObjectProvider<PersonalNotices> notices;
    private final Div header = new Div();
    private final SideNav nav = new SideNav();
    private final NoticeBell bell = new NoticeBell();

    public MainLayout(AuthenticationContext authentication, LanguageSelection languages,
                      ObjectProvider<PersonalNotices> notices) {
        this.authentication = authentication;
        this.languages = languages;
        this.notices = notices;
        setPrimarySection(Section.NAVBAR);
        header.addClassName("app-header");
        addToNavbar(new DrawerToggle(), header);
        nav.addClassName("app-nav");
        addToDrawer(nav);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        header.removeAll();
        header.add(brand(), spacer(), languageSwitcher(), userArea());
        nav.removeAll();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.drafts"), "drafts", VaadinIcon.COMMENTS_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.legislation"), "legislation", VaadinIcon.BOOK.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.problems"), "problems", VaadinIcon.WRENCH.create()));
        if (authentication.hasAnyRole("MODERATOR", "ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("drafts.moderation.nav"), "moderation",
                    VaadinIcon.FLAG_O.create()));
        }
        if (authentication.hasRole("ADMIN")) {
            SideNavItem admin = new SideNavItem(getTranslation("nav.admin"));
            admin.setPrefixComponent(VaadinIcon.COG_O.create());
            admin.addItem(new SideNavItem(getTranslation("nav.admin.organisations"), "admin/organisations"));
            admin.addItem(new SideNavItem(getTranslation("problems.admin.nav.categories"),
                    "admin/problem-categories"));
            admin.addItem(new SideNavItem(getTranslation("problems.admin.nav.areas"), "admin/service-areas"));
            admin.addItem(new SideNavItem(getTranslation("problems.admin.nav.hidden"), "admin/hidden-reports"));
            admin.addItem(new SideNavItem(getTranslation("nav.admin.audit"), "admin/audit"));
            admin.setExpanded(true);
            nav.addItem(admin);
        }
    }

    /** The unread count changes as the person reads notices on other pages. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        notices.ifAvailable(personal -> bell.show(this, personal));
    }

    private Component brand() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("app-brand");
        Span mark = new Span();
        mark.addClassName("app-brand-mark");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("app-brand-name");
        brand.add(mark, name);
        brand.getElement().setAttribute("aria-label", getTranslation("app.name"));
        return brand;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("app-header-spacer");
        return spacer;
    }

    private Component languageSwitcher() {
        Select<SupportedLocale> select = new Select<>();
        select.addClassName("app-language");
        select.setItems(SupportedLocale.values());
        select.setItemLabelGenerator(SupportedLocale::nativeName);
        select.setValue(SupportedLocale.closestTo(getLocale()));
        select.setAriaLabel(getTranslation("nav.language"));
        select.setId("language-switcher");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                languages.switchTo(UI.getCurrent(), e.getValue());
            }
        });
        return select;
    }

    private Component userArea() {
        if (!authentication.isAuthenticated()) {
            Button signIn = new Button(getTranslation("nav.signIn"), VaadinIcon.SIGN_IN.create(),
                    e -> UI.getCurrent().navigate("sign-in",
                            SignInLinks.returningTo(UI.getCurrent().getActiveViewLocation())));
            signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            signIn.setId("sign-in-button");
            return signIn;
        }
        String name = authentication.getAuthenticatedUser(Object.class)
                .filter(SignedInPerson.class::isInstance)
                .map(person -> ((SignedInPerson) person).displayName())
                .orElseGet(() -> authentication.getPrincipalName().orElse(""));
        notices.ifAvailable(personal -> bell.show(this, personal));
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(name);
        avatar.addClassName("app-avatar");
        Div trigger = new Div(avatar, new Span(name));
        trigger.addClassName("app-user");
        MenuItem item = menu.addItem(trigger);
        item.getElement().setAttribute("aria-label", getTranslation("nav.userMenu"));
        SubMenu sub = item.getSubMenu();
        sub.addItem(getTranslation("nav.profile"), e -> UI.getCurrent().navigate("profile"));
        sub.addItem(getTranslation("nav.signOut"), e -> authentication.logout());
        Div area = new Div(bell, menu);
        area.addClassName("app-user-area");
        return area;
    }
}
