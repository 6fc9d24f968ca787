package uz.muhokama.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uz.muhokama.shared.SupportedLocale;

/**
 * All message bundles of all modules, read once. Each module keeps its own bundle in {@code i18n/<module>.properties}
 * (Uzbek Latin, the default) beside {@code _uz_Cyrl}, {@code _ru} and {@code _en} files, so that modules never edit
 * one another's files. A key may live in one module's bundle only.
 */
public final class MessageBundles {

    static final String LOCATION = "classpath*:i18n/*.properties";
    private static final Pattern TRANSLATION_FILE = Pattern.compile(".*_(uz_Cyrl|ru|en)\\.properties$");

    private final Map<SupportedLocale, Map<String, String>> messages;
    private final SortedSet<String> baseNames;

    private MessageBundles(Map<SupportedLocale, Map<String, String>> messages, SortedSet<String> baseNames) {
        this.messages = messages;
        this.baseNames = baseNames;
    }

    public static MessageBundles load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            SortedSet<String> baseNames = new TreeSet<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                if (name != null && !TRANSLATION_FILE.matcher(name).matches()) {
                    baseNames.add(name.substring(0, name.length() - ".properties".length()));
                }
            }
            Map<SupportedLocale, Map<String, String>> messages = new EnumMap<>(SupportedLocale.class);
            for (SupportedLocale locale : SupportedLocale.values()) {
                Map<String, String> all = new HashMap<>();
                for (String baseName : baseNames) {
                    read(baseName, locale).forEach((key, value) -> {
                        if (all.putIfAbsent(key, value) != null) {
                            throw new IllegalStateException("Message key " + key + " is defined in more than one bundle");
                        }
                    });
                }
                messages.put(locale, Map.copyOf(all));
            }
            return new MessageBundles(messages, baseNames);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
    }

    /** The file that holds a bundle's messages in one language. */
    public static String fileName(String baseName, SupportedLocale locale) {
        String suffix = switch (locale) {
            case UZ_LATN -> "";
            case UZ_CYRL -> "_uz_Cyrl";
            case RU -> "_ru";
            case EN -> "_en";
        };
        return "i18n/" + baseName + suffix + ".properties";
    }

    private static Map<String, String> read(String baseName, SupportedLocale locale) throws IOException {
        Properties properties = new Properties();
        var resource = new PathMatchingResourcePatternResolver().getResource("classpath:" + fileName(baseName, locale));
        if (resource.exists()) {
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        Map<String, String> result = new HashMap<>();
        properties.forEach((k, v) -> result.put((String) k, (String) v));
        return result;
    }

    public SortedSet<String> baseNames() {
        return baseNames;
    }

    /** Every key of one language. */
    public Map<String, String> messages(SupportedLocale locale) {
        return messages.get(locale);
    }

    /** The message in the given language, else in the default language, else {@code null}. */
    public String find(SupportedLocale locale, String key) {
        String message = messages.get(locale).get(key);
        return message != null ? message : messages.get(SupportedLocale.DEFAULT).get(key);
    }
}
