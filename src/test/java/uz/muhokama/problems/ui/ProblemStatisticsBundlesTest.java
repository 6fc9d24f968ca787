package uz.muhokama.problems.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProblemStatisticsBundlesTest {

    private static final String PREFIX = "problems.stats.";

    @Test
    void every_statistics_text_is_in_all_four_languages_and_uzbek_has_no_ascii_apostrophe() throws IOException {
        Map<String, String> latin = keys("problems.properties");
        Map<String, String> cyrillic = keys("problems_uz_Cyrl.properties");
        Map<String, String> russian = keys("problems_ru.properties");
        Map<String, String> english = keys("problems_en.properties");

        assertThat(latin).hasSizeGreaterThan(40);
        assertThat(cyrillic.keySet()).isEqualTo(latin.keySet());
        assertThat(russian.keySet()).isEqualTo(latin.keySet());
        assertThat(english.keySet()).isEqualTo(latin.keySet());
        assertThat(latin.values()).allSatisfy(v -> assertThat(v).isNotBlank().doesNotContain("'"));
        assertThat(cyrillic.values()).allSatisfy(v -> assertThat(v).isNotBlank().doesNotContain("'"));
        assertThat(latin.get(PREFIX + "title")).isNotEqualTo(english.get(PREFIX + "title"));
        assertThat(russian.get(PREFIX + "title")).isNotEqualTo(english.get(PREFIX + "title"));
    }

    private static Map<String, String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ProblemStatisticsBundlesTest.class.getResourceAsStream("/i18n/" + file), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> keys = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
                .forEach(k -> keys.put(k, properties.getProperty(k)));
        return keys;
    }
}
