package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

/**
 * Comments posted through the group-commit writer with the draft's facts held in memory: many at once, all stored
 * and counted exactly; the deadline and a withdrawal still refuse the very next comment.
 */
@IntegrationTest
class CommentIntakeTest {

    private static final List<String> SCOPES = new ArrayList<>(List.of("chp_1__art_1", "chp_1__art_2",
            OpenDrafts.ARTICLE_3));

    static {
        SCOPES.add(null);
    }

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    DSLContext dsl;

    @Autowired
    OpenDrafts open;

    OpenDrafts.Open draft;

    @BeforeEach
    void setUp() {
        draft = open.publish();
    }

    private CommentId post(TestAccount person, NewComment comment) {
        return DraftPeople.as(person, Roles.CITIZEN, () -> comments.post(comment));
    }

    @Test
    void comments_posted_at_the_same_time_are_all_stored_and_counted_exactly() throws Exception {
        int clients = 16;
        int each = 20;
        List<TestAccount> people = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            people.add(open.people.citizen());
        }
        List<Future<List<CommentId>>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                TestAccount person = people.get(c);
                int client = c;
                results.add(threads.submit(() -> {
                    List<CommentId> ids = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        String scope = SCOPES.get((client + n) % SCOPES.size());
                        ids.add(post(person, NewComment.on(draft.id(), scope, "Izoh " + client + "-" + n)));
                    }
                    return ids;
                }));
            }
            List<CommentId> acknowledged = new ArrayList<>();
            for (Future<List<CommentId>> r : results) {
                acknowledged.addAll(r.get(60, TimeUnit.SECONDS));
            }
            CommentId top = acknowledged.getFirst();
            post(people.getFirst(), NewComment.replyTo(draft.id(), top, "Javob: sanoqqa kirmaydi."));

            List<Long> stored = dsl.select(DRAFT_COMMENT.ID).from(DRAFT_COMMENT)
                    .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()).and(DRAFT_COMMENT.DEPTH.eq(1)))
                    .fetch(DRAFT_COMMENT.ID);
            assertThat(acknowledged).doesNotHaveDuplicates().hasSize(clients * each);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged.stream().map(CommentId::value)
                    .toList());
        }

        Map<String, Integer> counted = new HashMap<>();
        dsl.select(DRAFT_COMMENT.PROVISION_KEY, DSL.count()).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()).and(DRAFT_COMMENT.DEPTH.eq(1)))
                .groupBy(DRAFT_COMMENT.PROVISION_KEY).forEach(r -> counted.put(r.value1(), r.value2()));
        assertThat(counted).hasSize(SCOPES.size()).containsEntry(null, clients * each / SCOPES.size());
        assertThat(comments.countsByProvision(draft.id())).isEqualTo(counted);
        assertThat(comments.count(draft.id(), CommentScope.all())).isEqualTo(clients * each);
        assertThat(comments.count(draft.id(), CommentScope.wholeDraft())).isEqualTo(clients * each / SCOPES.size());
        assertThat(comments.count(draft.id(), CommentScope.provision(OpenDrafts.ARTICLE_3)))
                .isEqualTo(clients * each / SCOPES.size());
    }

    @Test
    void a_comment_after_the_deadline_is_refused_even_while_the_drafts_facts_are_held_in_memory() throws Exception {
        TestAccount citizen = open.people.citizen();
        Instant end = Instant.now().plusMillis(1500);
        open.endsAt(draft.id(), end);
        post(citizen, NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Muddat tugashidan oldin."));

        Thread.sleep(Math.max(0, end.toEpochMilli() - System.currentTimeMillis()) + 50);

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Kech qoldi.")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThat(comments.count(draft.id(), CommentScope.all())).isEqualTo(1);
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isEqualTo(1);
    }

    @Test
    void withdrawing_a_draft_refuses_the_next_comment_at_once() {
        TestAccount citizen = open.people.citizen();
        post(citizen, NewComment.on(draft.id(), null, "Qoʻllab-quvvatlayman."));

        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.withdraw(draft.id(), drafts.find(draft.id()).orElseThrow().version()));

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), null, "Yana bir izoh.")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThat(dsl.fetchCount(DRAFT_COMMENT, DRAFT_COMMENT.DRAFT_ID.eq(draft.id().value()))).isEqualTo(1);
    }

    @Test
    void a_comment_on_a_provision_the_latest_version_does_not_have_is_refused() {
        TestAccount citizen = open.people.citizen();
        post(citizen, NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Bor modda."));

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), "chp_9__art_99", "Yoʻq modda.")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.provisionNotFound");
    }
}
