package uz.muhokama.problems.internal;

import java.util.regex.Pattern;
import uz.muhokama.problems.ProblemException;

/**
 * The server's rules for what people type: trimmed, no control characters, within length, and no markup. Text is
 * always shown as text, so markup could do no harm; it is refused anyway so that a report reads the same everywhere
 * (e-mails, Open311 clients, other sites) and an attempt is visible to the person at once.
 */
public final class TextRules {

    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 120;
    public static final int DESCRIPTION_MIN = 5;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ADDRESS_MAX = 300;
    public static final int NOTE_MAX = 2000;

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private TextRules() {
    }

    /** A single line: whitespace runs become one space. */
    public static String line(String text, int min, int max, String lengthKey) {
        String clean = clean(text).replaceAll("\\s+", " ");
        return checked(clean, min, max, lengthKey);
    }

    /** Text with line breaks kept. */
    public static String text(String text, int min, int max, String lengthKey) {
        String clean = clean(text).replace("\r\n", "\n").replace('\r', '\n').replaceAll("\n{3,}", "\n\n");
        return checked(clean, min, max, lengthKey);
    }

    /** An optional line: {@code null} when empty. */
    public static String optionalLine(String text, int max, String lengthKey) {
        String clean = clean(text).replaceAll("\\s+", " ");
        return clean.isEmpty() ? null : checked(clean, 0, max, lengthKey);
    }

    private static String clean(String text) {
        return text == null ? "" : CONTROL.matcher(text).replaceAll("").strip();
    }

    private static String checked(String clean, int min, int max, String lengthKey) {
        if (clean.length() < min || clean.length() > max) {
            throw new ProblemException(lengthKey, min, max);
        }
        if (MARKUP.matcher(clean).find()) {
            throw new ProblemException("problems.error.markup");
        }
        return clean;
    }
}
