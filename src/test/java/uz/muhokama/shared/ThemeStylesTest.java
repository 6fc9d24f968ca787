package uz.muhokama.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The theme's stylesheets are appended to by several people; an unclosed block silently moves every later rule into a
 * media query (it happened once at a merge). Browsers forgive it, so this test does not.
 */
class ThemeStylesTest {

    private static final Path THEME = Path.of("frontend", "themes", "muhokama");

    @Test
    void every_stylesheet_closes_what_it_opens() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(THEME)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            String css = Files.readString(sheet).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\"[^\"]*\"", "\"\"");
            int depth = 0;
            for (char c : css.toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                assertThat(depth).as("%s closes a block it never opened", sheet).isNotNegative();
            }
            assertThat(depth).as("%s leaves %d block(s) open", sheet, depth).isZero();
        }
    }

    @Test
    void the_imported_stylesheets_exist() throws IOException {
        String styles = Files.readString(THEME.resolve("styles.css"));
        styles.lines().filter(l -> l.startsWith("@import")).forEach(line -> {
            String file = line.replaceAll(".*\"(.+)\".*", "$1");
            assertThat(THEME.resolve(file)).as(line).exists();
        });
    }
}
