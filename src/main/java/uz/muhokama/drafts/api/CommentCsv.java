package uz.muhokama.drafts.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import uz.muhokama.drafts.CommentView;

/**
 * Writes comments as CSV (RFC 4180, CRLF line ends). Starts with a byte order mark so that spreadsheet programs read
 * Cyrillic and ʻ correctly; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class CommentCsv {

    private static final List<String> HEADER = List.of("id", "parent_id", "thread_id", "depth", "version",
            "provision_e_id", "provision_key", "author", "created_at", "edited_at", "up_votes", "down_votes", "hidden",
            "hidden_reason", "disowned", "body", "proposed_wording", "disposition", "answer", "answered_at",
            "duplicate_group_id");

    private final Writer out;

    CommentCsv(Writer out) {
        this.out = out;
    }

    void header() {
        write("\uFEFF");
        line(HEADER);
    }

    void row(CommentView c) {
        line(List.of(Long.toString(c.id().value()), id(c.parent()), Long.toString(c.thread().value()),
                Integer.toString(c.depth()), Integer.toString(c.versionNumber()), text(c.provisionEId()),
                text(c.provisionKey()), text(c.authorName()), time(c.createdAt()), time(c.editedAt()),
                Integer.toString(c.upVotes()), Integer.toString(c.downVotes()), Boolean.toString(c.hidden()),
                text(c.hiddenReason()), Boolean.toString(c.disowned()), text(c.body()), text(c.proposedWording()),
                c.disposition() == null ? "" : c.disposition().name(), text(c.answer()), time(c.answeredAt()),
                id(c.duplicateGroup())));
    }

    static String cell(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private void line(List<String> cells) {
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String id(uz.muhokama.drafts.CommentId id) {
        return id == null ? "" : Long.toString(id.value());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
