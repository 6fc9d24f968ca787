package uz.muhokama.drafts.internal;

import java.util.List;
import java.util.function.Function;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uz.muhokama.drafts.CommentAnswered;
import uz.muhokama.drafts.DraftAdopted;
import uz.muhokama.drafts.DraftClosed;
import uz.muhokama.drafts.DraftDetails;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftVersionAdded;
import uz.muhokama.drafts.TablePublished;
import uz.muhokama.notifications.NewNotice;
import uz.muhokama.notifications.NoticeKind;
import uz.muhokama.notifications.NoticeService;

/**
 * Tells people what happened to a draft, after the change committed: the author of a proposal of its answer; the
 * draft's followers and everyone who commented on it of a new version, the closing, the consolidated table and the
 * adoption. The audience is walked a batch at a time (each batch delivered in its own transaction), so a draft with
 * ten thousand followers holds nothing up; the event publication registry re-runs a listener cut short by a crash,
 * and the dedup key keeps those already told from being told twice.
 */
@Component
class DraftNotices {

    private final JooqDraftRepository drafts;
    private final JooqAnswerRepository audience;
    private final NoticeService notices;

    DraftNotices(JooqDraftRepository drafts, JooqAnswerRepository audience, NoticeService notices) {
        this.drafts = drafts;
        this.audience = audience;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(CommentAnswered event) {
        drafts.details(event.draft()).ifPresent(draft -> notices.deliver(List.of(event.author()),
                notice(draft, NoticeKind.COMMENT_ANSWERED, "",
                        "answer:" + event.comment().value() + ":" + event.answeredAt().toEpochMilli())));
    }

    @ApplicationModuleListener
    void on(DraftVersionAdded event) {
        toEveryone(event.draft(), d -> notice(d, NoticeKind.DRAFT_VERSION_ADDED, "?v=" + event.number(),
                "version:" + d.id().value() + ":" + event.number()));
    }

    @ApplicationModuleListener
    void on(DraftClosed event) {
        toEveryone(event.draft(), d -> notice(d, NoticeKind.DRAFT_CLOSED, "", "closed:" + d.id().value()));
    }

    @ApplicationModuleListener
    void on(TablePublished event) {
        toEveryone(event.draft(), d -> notice(d, NoticeKind.TABLE_PUBLISHED, "/table", "table:" + d.id().value()));
    }

    @ApplicationModuleListener
    void on(DraftAdopted event) {
        toEveryone(event.draft(), d -> notice(d, NoticeKind.DRAFT_ADOPTED, "", "adopted:" + d.id().value()));
    }

    private void toEveryone(DraftId id, Function<DraftDetails, NewNotice> message) {
        DraftDetails draft = drafts.details(id).orElse(null);
        if (draft == null) {
            return;
        }
        NewNotice notice = message.apply(draft);
        long after = 0;
        while (true) {
            List<Long> batch = audience.audience(id, after, NoticeService.BATCH);
            if (batch.isEmpty()) {
                return;
            }
            notices.deliver(batch, notice);
            after = batch.getLast();
        }
    }

    private static NewNotice notice(DraftDetails draft, NoticeKind kind, String suffix, String dedupKey) {
        return new NewNotice(kind, draft.titleUz(), draft.titleRu(), "/drafts/" + draft.id().value() + suffix,
                dedupKey);
    }
}
