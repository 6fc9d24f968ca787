package uz.muhokama.shared.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uz.muhokama.shared.SupportedLocale;

/**
 * Chooses the language of each page: a signed-in person's profile, else the cookie of an earlier choice, else the
 * browser's languages, else Uzbek Latin. Writes the choice back when someone switches, and sets {@code lang} on the
 * page, server-side for the first paint and in the browser on a switch.
 */
@Component
public class LanguageSelection implements VaadinServiceInitListener {

    public static final String COOKIE = "muhokama-lang";
    private static final int COOKIE_MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private final ObjectProvider<LocalePreference> preferences;

    LanguageSelection(ObjectProvider<LocalePreference> preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", choose(response.getVaadinRequest()).tag()));
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            SupportedLocale locale = choose(VaadinRequest.getCurrent());
            ui.setLocale(locale.locale());
            ui.getSession().setLocale(locale.locale());
        });
    }

    /** The language for a request, by the order this class describes. */
    public SupportedLocale choose(VaadinRequest request) {
        if (request == null) {
            return SupportedLocale.DEFAULT;
        }
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            Optional<SupportedLocale> preferred = preferences.stream().findFirst()
                    .flatMap(p -> p.preferredLocale(principal.getName()));
            if (preferred.isPresent()) {
                return preferred.get();
            }
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            Optional<SupportedLocale> fromCookie = Arrays.stream(cookies)
                    .filter(c -> COOKIE.equals(c.getName()))
                    .findFirst()
                    .flatMap(c -> SupportedLocale.fromTag(c.getValue()));
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
        }
        Locale browser = request.getLocale();
        return browser == null ? SupportedLocale.DEFAULT : SupportedLocale.closestTo(browser);
    }

    /** Switches the current UI to a language and remembers it in the profile or a cookie. */
    public void switchTo(UI ui, SupportedLocale locale) {
        ui.setLocale(locale.locale());
        VaadinSession.getCurrent().setLocale(locale.locale());
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.tag());
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null && request != null) {
            Cookie cookie = new Cookie(COOKIE, locale.tag());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_MAX_AGE);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        Principal principal = request == null ? null : request.getUserPrincipal();
        if (principal != null) {
            preferences.ifAvailable(p -> p.remember(principal.getName(), locale));
        }
    }
}
