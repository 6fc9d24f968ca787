package uz.muhokama.drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.accounts.PublicNames;
import uz.muhokama.drafts.internal.JooqAnswerRepository;
import uz.muhokama.drafts.internal.JooqAnswerRepository.ProposalRow;
import uz.muhokama.drafts.internal.ProvisionLabels;

/**
 * The consolidated table of proposals ("yig'ma jadval") of a draft, for everyone once the agency has published it:
 * each proposal with its provision, proposed wording, author's public name, the disposition and the reason. The table
 * is read a page at a time for its page and row by row from a database cursor for its downloads, so that a draft with
 * a million comments never needs them all in memory.
 */
@Service
public class ConsolidatedTable {

    /** Rows whose authors' public names are looked up at a time while a download streams. */
    private static final int NAME_BATCH = 500;

    private final JooqAnswerRepository answers;
    private final DraftService drafts;
    private final PublicNames names;
    private final ProvisionLabels labels;

    ConsolidatedTable(JooqAnswerRepository answers, DraftService drafts, PublicNames names, ProvisionLabels labels) {
        this.answers = answers;
        this.drafts = drafts;
        this.names = names;
        this.labels = labels;
    }

    /** The published table of a draft; empty while it is not published (or the draft is unknown). */
    @Transactional(readOnly = true)
    public Optional<TableInfo> find(DraftId draft) {
        return answers.tablePublishedAt(draft).flatMap(at -> drafts.find(draft)
                .map(d -> new TableInfo(d, at, answers.progress(draft).total())));
    }

    /** A page of the published table's rows; nothing while it is not published. */
    @Transactional(readOnly = true)
    public List<TableRow> rows(DraftId draft, int offset, int limit) {
        if (answers.tablePublishedAt(draft).isEmpty()) {
            return List.of();
        }
        int start = Math.max(0, offset);
        return rows(answers.tablePage(draft, start, Math.clamp(limit, 0, 500)), start + 1);
    }

    /**
     * Hands every row of the published table to {@code action}, in order, while a database cursor stays open; does
     * nothing while the table is not published.
     */
    @Transactional(readOnly = true)
    public void each(DraftId draft, Consumer<TableRow> action) {
        if (answers.tablePublishedAt(draft).isEmpty()) {
            return;
        }
        List<ProposalRow> batch = new ArrayList<>(NAME_BATCH);
        int[] next = {1};
        answers.eachInTableOrder(draft, row -> {
            batch.add(row);
            if (batch.size() == NAME_BATCH) {
                rows(batch, next[0]).forEach(action);
                next[0] += batch.size();
                batch.clear();
            }
        });
        rows(batch, next[0]).forEach(action);
    }

    private List<TableRow> rows(List<ProposalRow> batch, int firstNumber) {
        Set<Long> authors = new HashSet<>();
        batch.forEach(r -> authors.add(r.authorId()));
        Map<Long, String> publicNames = names.of(authors);
        List<TableRow> rows = new ArrayList<>(batch.size());
        int number = firstNumber;
        for (ProposalRow r : batch) {
            rows.add(new TableRow(number++, labels.label(r.kind(), r.number(), r.heading()),
                    publicNames.getOrDefault(r.authorId(), ""), r.body(), r.proposedWording(), r.disposition(),
                    r.answer(), r.createdAt()));
        }
        return rows;
    }
}
