package uz.muhokama.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import uz.muhokama.shared.i18n.MessageBundles;

class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private final MessageBundles bundles = MessageBundles.load();

    @ParameterizedTest
    @EnumSource(SupportedLocale.class)
    void every_language_has_every_key(SupportedLocale locale) {
        Set<String> all = new TreeSet<>();
        for (SupportedLocale l : SupportedLocale.values()) {
            all.addAll(bundles.messages(l).keySet());
        }
        assertThat(bundles.messages(locale).keySet())
                .as("keys missing in %s", locale.tag())
                .containsAll(all);
    }

    @ParameterizedTest
    @EnumSource(SupportedLocale.class)
    void no_message_is_blank_and_placeholders_match_the_default_language(SupportedLocale locale) {
        Map<String, String> defaults = bundles.messages(SupportedLocale.DEFAULT);
        bundles.messages(locale).forEach((key, message) -> {
            assertThat(message).as("%s in %s", key, locale.tag()).isNotBlank();
            assertThat(placeholders(message)).as("placeholders of %s in %s", key, locale.tag())
                    .isEqualTo(placeholders(defaults.get(key)));
        });
    }

    @Test
    void messages_with_placeholders_use_no_plain_apostrophe() {
        for (SupportedLocale locale : SupportedLocale.values()) {
            bundles.messages(locale).forEach((key, message) -> {
                if (PLACEHOLDER.matcher(message).find()) {
                    assertThat(message).as("%s in %s: MessageFormat would swallow ' (write ’ or ʻ)", key, locale.tag())
                            .doesNotContain("'");
                }
            });
        }
    }

    @Test
    void uzbek_latin_uses_the_proper_modifier_letters() {
        bundles.messages(SupportedLocale.UZ_LATN).forEach((key, message) ->
                assertThat(message).as("%s: write oʻ and gʻ with U+02BB, not an apostrophe", key)
                        .doesNotContainPattern("[oOgG]['‘’`]"));
    }

    private static Set<String> placeholders(String message) {
        Set<String> result = new TreeSet<>();
        if (message != null) {
            PLACEHOLDER.matcher(message).results().forEach(m -> result.add(m.group(1)));
        }
        return result;
    }
}
