package uz.muhokama.drafts.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uz.muhokama.drafts.CommentId;
import uz.muhokama.drafts.CommentPosted;
import uz.muhokama.drafts.internal.JooqCommentRepository.NewRow;

/**
 * What {@link CommentWriter} does with a batch: inserts the comments, adds them to the counts per provision and
 * publishes a {@link CommentPosted} for each, all in one transaction, as posting one comment does.
 */
@Component
class CommentBatchStore implements CommentWriter.Store {

    private final JooqCommentRepository comments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    CommentBatchStore(JooqCommentRepository comments, ApplicationEventPublisher events,
                      PlatformTransactionManager transactions) {
        this.comments = comments;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public List<CommentId> store(List<NewRow> rows) {
        return transactions.execute(status -> {
            List<CommentId> ids = comments.insertAll(rows);
            for (int i = 0; i < rows.size(); i++) {
                NewRow row = rows.get(i);
                events.publishEvent(new CommentPosted(row.draft(), ids.get(i), row.parent(), row.authorId()));
            }
            return ids;
        });
    }
}
