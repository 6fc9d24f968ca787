package uz.muhokama.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The texts a journey expects to see, read from the application's own message bundles (any module's). */
final class Messages {

    private Messages() {
    }

    /** A message in Uzbek Latin, the default language. */
    static String uzLatn(String key) {
        return in("", key);
    }

    /** A message in Russian. */
    static String ru(String key) {
        return in("_ru", key);
    }

    private static String in(String suffix, String key) {
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*.properties")) {
                String name = bundle.getFilename();
                if (name != null && isOfLanguage(name, suffix)) {
                    String message = load(bundle).getProperty(key);
                    if (message != null) {
                        return message;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("message " + key + " is in no bundle i18n/*" + suffix + ".properties");
    }

    /** {@code shared.properties} is Uzbek Latin, {@code shared_ru.properties} Russian; the module name has no {@code _}. */
    private static boolean isOfLanguage(String fileName, String suffix) {
        String base = fileName.substring(0, fileName.length() - ".properties".length());
        int languageStart = base.indexOf('_');
        return suffix.isEmpty() ? languageStart < 0 : languageStart >= 0 && base.substring(languageStart).equals(suffix);
    }

    private static Properties load(Resource bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = bundle.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
