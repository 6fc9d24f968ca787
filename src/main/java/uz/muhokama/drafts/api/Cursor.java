package uz.muhokama.drafts.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import uz.muhokama.drafts.DraftException;

/**
 * The opaque position of a page: the last id the previous page ended with. Clients pass it back untouched; ids only
 * grow, so rows added meanwhile land after it (in id order) or before it (newest first) and no row is skipped or
 * repeated.
 */
final class Cursor {

    private static final String PREFIX = "last:";

    private Cursor() {
    }

    static String encode(long lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + lastId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor stands for, or null for none; a cursor not made here is refused as bad input. */
    static Long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // falls through to the refusal below
        }
        throw new DraftException("drafts.api.error.badCursor", "cursor");
    }
}
