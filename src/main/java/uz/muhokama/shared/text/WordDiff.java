package uz.muhokama.shared.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * The word-level difference between two texts as HTML: unchanged words as they are, removed words in {@code <del>},
 * added words in {@code <ins>}. Words are compared whole, with the spaces and punctuation after them, so a change
 * reads the way a lawyer marks up a text. All text is escaped.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

    private WordDiff() {
    }

    public static String html(String before, String after) {
        List<String> from = tokens(before);
        List<String> to = tokens(after);
        Patch<String> patch = DiffUtils.diff(from, to, (a, b) -> a.strip().equals(b.strip()));
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (int i = position; i < start; i++) {
                html.append(escape(from.get(i)));
            }
            wrap(html, "del", delta.getSource().getLines());
            wrap(html, "ins", delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        for (int i = position; i < from.size(); i++) {
            html.append(escape(from.get(i)));
        }
        return html.toString();
    }

    /** Whether the two texts differ in their words (not only in spacing). */
    public static boolean differ(String before, String after) {
        return !tokens(before).stream().map(String::strip).toList()
                .equals(tokens(after).stream().map(String::strip).toList());
    }

    private static void wrap(StringBuilder html, String tag, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        String trailing = text.substring(text.stripTrailing().length());
        html.append('<').append(tag).append('>').append(escape(text.stripTrailing())).append("</").append(tag)
                .append('>').append(escape(trailing));
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
