package uz.muhokama.drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.JooqCommentRepository.CommentRow;

/** Stored comments as readers see them: with their authors' public names, and without the text of hidden ones. */
final class CommentViews {

    private CommentViews() {
    }

    static List<CommentView> of(List<CommentRow> rows, PublicNames names) {
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(r.authorId()));
        Map<Long, String> publicNames = names.of(authors);
        List<CommentView> views = new ArrayList<>(rows.size());
        for (CommentRow r : rows) {
            boolean hidden = r.hiddenReason() != null;
            views.add(new CommentView(r.id(), r.draft(), r.parent(), r.thread(), r.depth(), r.versionNumber(),
                    r.provisionKey(), r.provisionEId(), r.authorId(), publicNames.getOrDefault(r.authorId(), ""),
                    hidden ? null : r.body(), hidden ? null : r.proposedWording(),
                    hidden ? null : r.attachmentFileId(), r.createdAt(), r.editedAt(), r.upVotes(), r.downVotes(),
                    r.replies(), r.hiddenReason(), r.disownedAt() != null, r.disposition(), r.answer(),
                    r.answeredAt(), r.duplicateGroup(), r.groupSize()));
        }
        return views;
    }
}
