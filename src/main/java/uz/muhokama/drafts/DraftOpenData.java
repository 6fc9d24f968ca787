package uz.muhokama.drafts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.JooqCommentPages;
import uz.muhokama.drafts.internal.JooqCommentRepository.CommentRow;
import uz.muhokama.drafts.internal.JooqDraftRepository;

/**
 * Published drafts and their comments for machines: the public API's pages after an opaque cursor (the last id seen,
 * so that comments posted meanwhile are neither skipped nor repeated and there is no limit on how far one pages), the
 * bulk export streamed row by row, and the feeds. Read-only and anonymous; unpublished drafts do not exist here, and a
 * hidden comment comes without its text.
 */
@Service
public class DraftOpenData {

    /** The most rows one page holds. */
    public static final int MAX_PAGE = 1000;

    private static final int NAME_BATCH = 1000;

    private final JooqDraftRepository drafts;
    private final JooqCommentPages comments;
    private final PublicNames names;
    private final Clock clock;

    DraftOpenData(JooqDraftRepository drafts, JooqCommentPages comments, PublicNames names,
                  ObjectProvider<Clock> clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.names = names;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Published drafts matching the filter (its sort is ignored), newest first, after the draft {@code before}. */
    @Transactional(readOnly = true)
    public List<DraftListItem> drafts(DraftFilter filter, Long before, int limit) {
        return drafts.listBefore(filter, clock.instant(), before, Math.clamp(limit, 1, MAX_PAGE));
    }

    /** Drafts most recently opened for discussion, of one agency or act type when given, for the feeds. */
    @Transactional(readOnly = true)
    public List<DraftListItem> recentlyPublished(OrganisationId organisation, DraftActType type, int limit) {
        return drafts.recentlyPublished(organisation, type, Math.clamp(limit, 1, MAX_PAGE));
    }

    /** A published draft. */
    @Transactional(readOnly = true)
    public Optional<DraftDetails> draft(DraftId id) {
        return drafts.details(id).filter(d -> d.status().isPublic());
    }

    /** The provisions of one version of a published draft, in document order; empty when there is no such version. */
    @Transactional(readOnly = true)
    public List<DraftProvision> provisions(DraftId id, int version) {
        return published(id) ? drafts.provisions(id, version) : List.of();
    }

    /** Comments of a published draft, replies included, oldest first, with an id above {@code afterId}. */
    @Transactional(readOnly = true)
    public List<CommentView> comments(DraftId id, long afterId, int limit) {
        return published(id) ? views(comments.after(id, afterId, Math.clamp(limit, 1, MAX_PAGE))) : List.of();
    }

    /**
     * Whether the agency has published its consolidated table of proposals: from the moment the draft is answered
     * (and after its adoption).
     */
    @Transactional(readOnly = true)
    public boolean tablePublished(DraftId id) {
        return drafts.state(id).map(s -> s.status() == DraftStatus.ANSWERED || s.status() == DraftStatus.ADOPTED)
                .orElse(false);
    }

    /** The rows of the published table: answered top-level comments, oldest first, with an id above {@code afterId}. */
    @Transactional(readOnly = true)
    public List<CommentView> tableRows(DraftId id, long afterId, int limit) {
        return tablePublished(id) ? views(comments.answeredAfter(id, afterId, Math.clamp(limit, 1, MAX_PAGE)))
                : List.of();
    }

    /**
     * Hands every comment of a published draft to {@code sink}, oldest first, without holding them all: rows come
     * through a database cursor and public names are looked up a batch at a time. The reply and group counts are
     * left at 0 and 1. Returns false, handing nothing, when the draft is not published.
     */
    @Transactional(readOnly = true)
    public boolean export(DraftId id, Consumer<CommentView> sink) {
        if (!published(id)) {
            return false;
        }
        List<CommentRow> batch = new ArrayList<>(NAME_BATCH);
        comments.stream(id, row -> {
            batch.add(row);
            if (batch.size() == NAME_BATCH) {
                views(batch).forEach(sink);
                batch.clear();
            }
        });
        views(batch).forEach(sink);
        return true;
    }

    private boolean published(DraftId id) {
        return drafts.state(id).map(s -> s.status().isPublic()).orElse(false);
    }

    private List<CommentView> views(List<CommentRow> rows) {
        return CommentViews.of(rows, names);
    }
}
