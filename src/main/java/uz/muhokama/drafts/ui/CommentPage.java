package uz.muhokama.drafts.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.files.FileService;
import uz.muhokama.legislation.ProvisionKind;

/**
 * What the comment components of one draft page share: the services, the draft, the version shown, who reads it,
 * whether the discussion takes comments, and the texts of the versions comments were written on.
 */
final class CommentPage {

    final CommentService comments;
    final DraftService drafts;
    final FileService files;
    final DraftDetails draft;
    final int shown;
    final Long me;
    final boolean open;
    final BiFunction<ProvisionKind, String, String> labels;
    private final Map<Integer, List<DraftProvision>> texts = new HashMap<>();
    private Consumer<String> changed = key -> { };
    private Consumer<DraftProvision> opener = p -> { };

    /** @param shownText the provisions of the version shown, already read by the page */
    CommentPage(CommentService comments, DraftService drafts, FileService files, DraftDetails draft, int shown,
                List<DraftProvision> shownText, Long me, boolean open,
                BiFunction<ProvisionKind, String, String> labels) {
        this.comments = comments;
        this.drafts = drafts;
        this.files = files;
        this.draft = draft;
        this.shown = shown;
        this.me = me;
        this.open = open;
        this.labels = labels;
        texts.put(shown, shownText);
    }

    boolean signedIn() {
        return me != null;
    }

    /** Whether this reader may write now: signed in, the discussion open, and the latest text in front of them. */
    boolean mayWrite() {
        return signedIn() && open;
    }

    boolean showsLatest() {
        return shown == draft.latestVersion();
    }

    /** The provisions of a version, read once per page. */
    List<DraftProvision> text(int version) {
        return texts.computeIfAbsent(version, v -> drafts.text(draft.id(), v));
    }

    /** The provision with this stable key in the version shown, if it is still there. */
    Optional<DraftProvision> byKey(String key) {
        return text(shown).stream().filter(p -> p.stableKey().equals(key)).findFirst();
    }

    /**
     * What a provision said in a version: its own text and that of the paragraphs and points it holds, without its
     * number and heading, which a proposed wording does not replace.
     */
    String wordingOf(int version, String eId) {
        List<DraftProvision> provisions = text(version);
        for (int i = 0; i < provisions.size(); i++) {
            DraftProvision p = provisions.get(i);
            if (p.eId().equals(eId)) {
                StringBuilder text = new StringBuilder(p.text());
                for (int j = i + 1; j < provisions.size()
                        && provisions.get(j).kind().depth() > p.kind().depth(); j++) {
                    if (!text.isEmpty()) {
                        text.append('\n');
                    }
                    text.append(provisions.get(j).text());
                }
                return text.toString().strip();
            }
        }
        return null;
    }

    String label(DraftProvision p) {
        return (labels.apply(p.kind(), p.number()) + " " + p.heading()).strip();
    }

    void onChanged(Consumer<String> listener) {
        this.changed = listener;
    }

    /** Tells the page that the comments on a provision (null: the draft as a whole) have changed. */
    void changed(String provisionKey) {
        changed.accept(provisionKey);
    }

    void onOpen(Consumer<DraftProvision> listener) {
        this.opener = listener;
    }

    /** Opens the comments of one provision. */
    void open(DraftProvision provision) {
        opener.accept(provision);
    }
}
