package uz.muhokama.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.muhokama.shared.SupportedLocale;

/**
 * Vaadin's translation provider, also used by services that write to people (e-mails, error messages). A missing key
 * shows as {@code !key} so that it is noticed, and is logged.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private final MessageBundles bundles = MessageBundles.load();

    @Override
    public List<Locale> getProvidedLocales() {
        return SupportedLocale.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        SupportedLocale language = SupportedLocale.closestTo(locale);
        String pattern = bundles.find(language, key);
        if (pattern == null) {
            log.warn("Missing message key {}", key);
            return "!" + key;
        }
        if (params == null || params.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, language.locale()).format(params);
    }

    /** Convenience for code outside a Vaadin UI. */
    public String get(SupportedLocale locale, String key, Object... params) {
        return getTranslation(key, locale.locale(), params);
    }
}
