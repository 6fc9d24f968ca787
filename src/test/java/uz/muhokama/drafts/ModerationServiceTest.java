package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static uz.muhokama_db.Tables.AUDIT_EVENT;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    DSLContext dsl;

    @Autowired
    OpenDrafts open;

    OpenDrafts.Open draft;
    TestAccount moderator;

    @BeforeEach
    void setUp() {
        draft = open.publish();
        moderator = open.people.citizen();
    }

    CommentId post(String text) {
        return DraftPeople.as(open.people.citizen(), Roles.CITIZEN,
                () -> comments.post(NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, text)));
    }

    void report(CommentId id, String reason) {
        DraftPeople.run(open.people.citizen(), Roles.CITIZEN, () -> comments.report(id, reason));
    }

    <T> T asModerator(java.util.function.Supplier<T> action) {
        return DraftPeople.as(moderator, Roles.MODERATOR, action);
    }

    void asModerator(Runnable action) {
        DraftPeople.run(moderator, Roles.MODERATOR, action);
    }

    /** The queue's entries for this test's comments (other tests' reports share the database). */
    List<ModeratedComment> queueOf(CommentId... ids) {
        List<CommentId> mine = List.of(ids);
        return asModerator(() -> moderation.queue(0, 200)).stream().filter(c -> mine.contains(c.id())).toList();
    }

    @Test
    void the_queue_groups_reports_per_comment_with_their_reasons_the_longest_waiting_first() {
        CommentId insult = post("Haqoratli izoh " + System.nanoTime());
        CommentId spam = post("Reklama " + System.nanoTime());
        report(insult, "Haqorat");
        report(spam, "Reklama");
        report(insult, "Soʻkinish");

        List<ModeratedComment> queue = queueOf(insult, spam);

        assertThat(queue).extracting(ModeratedComment::id).containsExactly(insult, spam);
        ModeratedComment first = queue.getFirst();
        assertThat(first.reports()).isEqualTo(2);
        assertThat(first.reasons()).containsExactly("Haqorat", "Soʻkinish");
        assertThat(first.draft()).isEqualTo(draft.id());
        assertThat(first.draftTitle(java.util.Locale.ROOT)).isEqualTo("Mehnat toʻgʻrisidagi qonun loyihasi");
        assertThat(first.provision().eId()).isEqualTo(OpenDrafts.ARTICLE_3);
        assertThat(first.body()).startsWith("Haqoratli izoh");
        assertThat(first.authorName()).isNotBlank();
        assertThat(asModerator(() -> moderation.queueSize())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_hidden_comment_shows_the_reason_to_the_public_keeps_its_text_and_leaves_the_queue() {
        CommentId id = post("Haqoratli matn " + System.nanoTime());
        report(id, "Haqorat");

        asModerator(() -> moderation.hide(id, "  Haqoratli soʻzlar  "));

        CommentView seen = comments.find(id).orElseThrow();
        assertThat(seen.hidden()).isTrue();
        assertThat(seen.hiddenReason()).isEqualTo("Haqoratli soʻzlar");
        assertThat(seen.body()).isNull();
        assertThat(dsl.select(DRAFT_COMMENT.BODY, DRAFT_COMMENT.HIDDEN_BY).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.ID.eq(id.value())).fetchOne())
                .satisfies(r -> {
                    assertThat(r.value1()).startsWith("Haqoratli matn");
                    assertThat(r.value2()).isEqualTo(moderator.userId());
                });
        assertThat(queueOf(id)).isEmpty();
        assertThat(asModerator(() -> moderation.hidden(0, 200))).extracting(ModeratedComment::id).contains(id);
        awaitAudit("DRAFT_COMMENT_HIDDEN", id);
    }

    @Test
    void hiding_needs_a_reason_and_nothing_changes_without_one() {
        CommentId id = post("Matn " + System.nanoTime());
        report(id, "Spam");

        assertThatThrownBy(() -> asModerator(() -> moderation.hide(id, "   ")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.reasonRequired");
        assertThatThrownBy(() -> asModerator(() -> moderation.hide(id, null)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.reasonRequired");
        assertThatThrownBy(() -> asModerator(() -> moderation.hide(id, "x".repeat(1001))))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.reasonTooLong");

        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();
        assertThat(queueOf(id)).hasSize(1);
    }

    @Test
    void a_citizen_or_an_agency_editor_may_not_moderate_or_see_the_queue() {
        CommentId id = post("Matn " + System.nanoTime());
        report(id, "Spam");
        TestAccount citizen = open.people.citizen();

        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> moderation.hide(id, "Sabab")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> moderation.queue(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> moderation.dismiss(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> moderation.restore(id, "Sabab")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();
        assertThat(queueOf(id)).hasSize(1);
    }

    @Test
    void an_administrator_may_moderate_too() {
        CommentId id = post("Matn " + System.nanoTime());
        report(id, "Spam");

        DraftPeople.run(open.people.citizen(), Roles.ADMIN, () -> moderation.hide(id, "Reklama"));

        assertThat(comments.find(id).orElseThrow().hiddenReason()).isEqualTo("Reklama");
    }

    @Test
    void dismissed_reports_leave_the_queue_and_the_comment_stays_visible() {
        CommentId id = post("Keskin, lekin odobli tanqid " + System.nanoTime());
        report(id, "Menga yoqmadi");

        asModerator(() -> moderation.dismiss(id));

        assertThat(queueOf(id)).isEmpty();
        assertThat(comments.find(id).orElseThrow().hidden()).isFalse();
        assertThatThrownBy(() -> asModerator(() -> moderation.dismiss(id)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.nothingToDismiss");
        awaitAudit("DRAFT_COMMENT_REPORTS_DISMISSED", id);

        report(id, "Yana yoqmadi");
        assertThat(queueOf(id)).singleElement().extracting(ModeratedComment::reasons)
                .isEqualTo(List.of("Yana yoqmadi"));
    }

    @Test
    void a_hidden_comment_is_restored_with_a_reason_and_not_twice() {
        CommentId id = post("Matn " + System.nanoTime());
        asModerator(() -> moderation.hide(id, "Xato bilan"));

        assertThatThrownBy(() -> asModerator(() -> moderation.hide(id, "Yana")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.alreadyHidden");
        assertThatThrownBy(() -> asModerator(() -> moderation.restore(id, " ")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.reasonRequired");
        assertThat(comments.find(id).orElseThrow().hidden()).isTrue();

        asModerator(() -> moderation.restore(id, "Qoidalarni buzmaydi"));

        CommentView seen = comments.find(id).orElseThrow();
        assertThat(seen.hidden()).isFalse();
        assertThat(seen.body()).startsWith("Matn");
        assertThatThrownBy(() -> asModerator(() -> moderation.restore(id, "Yana")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.notHidden");
        awaitAudit("DRAFT_COMMENT_RESTORED", id);
    }

    @Test
    void an_unknown_comment_is_refused() {
        assertThatThrownBy(() -> asModerator(() -> moderation.hide(new CommentId(Long.MAX_VALUE), "Sabab")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.moderation.error.notFound");
    }

    void awaitAudit(String type, CommentId id) {
        await().atMost(Duration.ofSeconds(10)).until(() -> dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.TYPE.eq(type)
                .and(AUDIT_EVENT.DETAILS.startsWith("comment " + id.value() + ":"))
                .and(AUDIT_EVENT.ACTOR_ID.eq(moderator.userId()))));
    }
}
