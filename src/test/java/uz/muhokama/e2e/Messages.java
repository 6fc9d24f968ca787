package uz.muhokama.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts a journey expects to see, read from the application's own message bundles. */
final class Messages {

    private Messages() {
    }

    /**
     * One message of a bundle.
     *
     * @param bundle the bundle's file name without {@code .properties}, e.g. {@code shared_ru}
     */
    static String get(String bundle, String key) {
        String resource = "i18n/" + bundle + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + resource + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            String message = properties.getProperty(key);
            if (message == null) {
                throw new IllegalStateException("message " + key + " is missing from " + resource);
            }
            return message;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
