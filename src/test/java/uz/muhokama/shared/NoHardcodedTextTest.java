package uz.muhokama.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees comes from the message bundles: this test reads the UI sources and fails on a string
 * literal with letters handed to a component's text, label, title or notification.
 */
class NoHardcodedTextTest {

    private static final Pattern TEXT_CALL = Pattern.compile(
            "(new\\s+(Button|Span|Paragraph|H[1-6]|Label|NativeLabel|Anchor|RouterLink|SideNavItem|TextField|"
                    + "PasswordField|EmailField|TextArea|Checkbox|Details|Tab|ListItem|Div|Text|ComboBox|Select|"
                    + "DatePicker|DateTimePicker|IntegerField|NumberField|Notification|ConfirmDialog)"
                    + "|\\.(setText|setLabel|setTitle|setPlaceholder|setHelperText|setErrorMessage|setHeaderText|"
                    + "setHeader|setConfirmText|setCancelText|setAriaLabel|addItem|setTooltipText|show))"
                    + "\\s*\\(\\s*(\\w+\\s*,\\s*)?\"([^\"]*\\p{L}[^\"]*)\"");

    private static final Pattern ALLOWED = Pattern.compile("^[a-z][a-zA-Z0-9]*([.-][a-zA-Z0-9]+)*$");

    @Test
    void views_take_their_text_from_the_bundles() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).filter(NoHardcodedTextTest::isUi).toList()) {
                String source = Files.readString(file);
                Matcher m = TEXT_CALL.matcher(source);
                while (m.find()) {
                    String literal = m.group(5);
                    boolean routeOrKey = ALLOWED.matcher(literal).matches() || literal.startsWith("/");
                    if (!routeOrKey) {
                        offences.add(file + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(offences).as("hard-coded user-facing text").isEmpty();
    }

    private static boolean isUi(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/ui/");
    }
}
