package uz.muhokama.e2e;

import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.MessageBundles;

/** The texts a journey expects to see, read from the application's own message bundles. */
final class Messages {

    private static final MessageBundles BUNDLES = MessageBundles.load();

    private Messages() {
    }

    /** A message in Uzbek Latin, the default language. */
    static String uzLatn(String key) {
        return in(SupportedLocale.UZ_LATN, key);
    }

    /** A message in Russian. */
    static String ru(String key) {
        return in(SupportedLocale.RU, key);
    }

    private static String in(SupportedLocale locale, String key) {
        String message = BUNDLES.messages(locale).get(key);
        if (message == null) {
            throw new IllegalStateException("message " + key + " is in no " + locale.tag() + " bundle");
        }
        return message;
    }
}
