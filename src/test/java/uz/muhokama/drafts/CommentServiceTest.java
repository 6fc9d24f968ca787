package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class CommentServiceTest {

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    DSLContext dsl;

    @Autowired
    OpenDrafts open;

    OpenDrafts.Open draft;
    TestAccount citizen;

    @BeforeEach
    void setUp() {
        draft = open.publish();
        citizen = open.people.citizen();
    }

    CommentId post(TestAccount person, NewComment comment) {
        return DraftPeople.as(person, Roles.CITIZEN, () -> comments.post(comment));
    }

    @Test
    void a_citizen_comments_on_article_3_with_a_new_wording_and_the_comment_is_listed_under_that_article() {
        CommentId id = post(citizen, new NewComment(draft.id(), OpenDrafts.ARTICLE_3, null,
                "Kuchga kirish muddatini uch oyga koʻchirish taklif etiladi.",
                "Ushbu Qonun rasmiy eʼlon qilingan kundan boshlab uch oy oʻtgach kuchga kiradi.", null));

        CommentView view = comments.find(id).orElseThrow();
        assertThat(view.provisionEId()).isEqualTo(OpenDrafts.ARTICLE_3);
        assertThat(view.provisionKey()).isEqualTo(OpenDrafts.ARTICLE_3);
        assertThat(view.versionNumber()).isEqualTo(1);
        assertThat(view.depth()).isEqualTo(1);
        assertThat(view.authorName()).isNotBlank();
        assertThat(view.proposedWording()).startsWith("Ushbu Qonun rasmiy");
        assertThat(comments.topLevel(draft.id(), CommentScope.provision(OpenDrafts.ARTICLE_3), CommentOrder.NEWEST,
                0, 10)).extracting(CommentView::id).containsExactly(id);
        assertThat(comments.topLevel(draft.id(), CommentScope.wholeDraft(), CommentOrder.NEWEST, 0, 10)).isEmpty();
        assertThat(comments.countsByProvision(draft.id())).containsEntry(OpenDrafts.ARTICLE_3, 1);
    }

    @Test
    void replies_nest_three_deep_and_no_deeper() {
        CommentId top = post(citizen, NewComment.on(draft.id(), null, "Umuman olganda qoʻllab-quvvatlayman."));
        TestAccount other = open.people.citizen();
        CommentId second = post(other, NewComment.replyTo(draft.id(), top, "Nega?"));
        CommentId third = post(citizen, NewComment.replyTo(draft.id(), second, "Chunki aniq yozilgan."));

        assertThatThrownBy(() -> post(other, NewComment.replyTo(draft.id(), third, "Toʻrtinchi daraja")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.tooDeep");

        assertThat(comments.replies(List.of(top))).extracting(CommentView::id, CommentView::depth)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, 2),
                        org.assertj.core.groups.Tuple.tuple(third, 3));
        assertThat(comments.find(top).orElseThrow().replies()).isEqualTo(1);
        assertThat(comments.count(draft.id(), CommentScope.all())).isEqualTo(1);
    }

    @Test
    void an_empty_or_overlong_comment_is_refused_and_nothing_is_stored() {
        int before = dsl.fetchCount(DRAFT_COMMENT);

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), null, "  \n ")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.empty");
        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), null, "a".repeat(5001))))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.tooLong");
        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), "chp_9__art_99", "Yoʻq modda")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.provisionNotFound");
        assertThatThrownBy(() -> post(citizen, new NewComment(draft.id(), null, null, "Matn", "Yangi tahrir", null)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.wordingNeedsProvision");

        assertThat(dsl.fetchCount(DRAFT_COMMENT)).isEqualTo(before);
        assertThat(post(citizen, NewComment.on(draft.id(), null, "a".repeat(5000)))).isNotNull();
    }

    @Test
    void a_script_in_a_comment_is_stored_as_plain_text() {
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        CommentId id = post(citizen, NewComment.on(draft.id(), null, hostile));

        assertThat(comments.find(id).orElseThrow().body()).isEqualTo(hostile);
    }

    @Test
    void after_the_deadline_no_comment_reply_vote_stance_or_edit_is_accepted() {
        CommentId mine = post(citizen, NewComment.on(draft.id(), null, "Vaqtida yozilgan izoh."));
        TestAccount other = open.people.citizen();
        CommentId theirs = post(other, NewComment.on(draft.id(), null, "Boshqa izoh."));
        open.deadlinePasses(draft.id());

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), null, "Kechikkan izoh")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThatThrownBy(() -> post(citizen, NewComment.replyTo(draft.id(), theirs, "Kechikkan javob")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.vote(theirs, 1)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN,
                () -> comments.setStance(draft.id(), Stance.SUPPORT)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.edit(mine, "Tuzatish", null)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
        assertThat(comments.count(draft.id(), CommentScope.all())).isEqualTo(2);
    }

    @Test
    void a_withdrawn_draft_takes_no_comments() {
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.withdraw(draft.id(), drafts.find(draft.id()).orElseThrow().version()));

        assertThatThrownBy(() -> post(citizen, NewComment.on(draft.id(), null, "Izoh")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.closed");
    }

    @Test
    void only_the_author_edits_and_only_within_fifteen_minutes() {
        CommentId id = post(citizen, NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Birinchi matn"));
        TestAccount other = open.people.citizen();

        assertThatThrownBy(() -> DraftPeople.run(other, Roles.CITIZEN, () -> comments.edit(id, "Oʻzgartirdim", null)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.notYours");
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.edit(id, "Tuzatilgan matn", "Yangi tahrir"));
        CommentView edited = comments.find(id).orElseThrow();
        assertThat(edited.body()).isEqualTo("Tuzatilgan matn");
        assertThat(edited.proposedWording()).isEqualTo("Yangi tahrir");
        assertThat(edited.editedAt()).isNotNull();

        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.CREATED_AT,
                Instant.now().minusSeconds(16 * 60).atOffset(ZoneOffset.UTC)).where(DRAFT_COMMENT.ID.eq(id.value()))
                .execute();
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.edit(id, "Kech", null)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.editWindowOver");
        assertThat(comments.find(id).orElseThrow().body()).isEqualTo("Tuzatilgan matn");
    }

    @Test
    void one_vote_per_person_and_comment_changeable_and_counted() {
        CommentId id = post(citizen, NewComment.on(draft.id(), null, "Ovoz uchun izoh"));
        TestAccount a = open.people.citizen();
        TestAccount b = open.people.citizen();

        DraftPeople.run(a, Roles.CITIZEN, () -> comments.vote(id, 1));
        DraftPeople.run(a, Roles.CITIZEN, () -> comments.vote(id, 1));
        DraftPeople.run(b, Roles.CITIZEN, () -> comments.vote(id, -1));
        assertThat(comments.find(id).orElseThrow()).extracting(CommentView::upVotes, CommentView::downVotes)
                .containsExactly(1, 1);

        DraftPeople.run(b, Roles.CITIZEN, () -> comments.vote(id, 1));
        DraftPeople.run(a, Roles.CITIZEN, () -> comments.vote(id, 0));
        assertThat(comments.find(id).orElseThrow()).extracting(CommentView::upVotes, CommentView::downVotes)
                .containsExactly(1, 0);
        assertThat(DraftPeople.as(b, Roles.CITIZEN, () -> comments.myVotes(List.of(id)))).containsEntry(id, 1);

        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.vote(id, 1)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.ownComment");
        assertThatThrownBy(() -> DraftPeople.run(a, Roles.CITIZEN, () -> comments.vote(id, 2)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.badVote");
    }

    @Test
    void one_stance_per_person_changeable_until_the_deadline() {
        TestAccount other = open.people.citizen();
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.SUPPORT));
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.OPPOSE));
        DraftPeople.run(other, Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.OPPOSE));

        assertThat(comments.tally(draft.id())).isEqualTo(new StanceTally(0, 2));
        assertThat(DraftPeople.as(citizen, Roles.CITIZEN, () -> comments.myStance(draft.id())))
                .contains(Stance.OPPOSE);

        DraftPeople.run(other, Roles.CITIZEN, () -> comments.setStance(draft.id(), null));
        assertThat(comments.tally(draft.id())).isEqualTo(new StanceTally(0, 1));
    }

    @Test
    void anonymous_visitors_cannot_write() {
        assertThatThrownBy(() -> comments.post(NewComment.on(draft.id(), null, "Anonim")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> comments.setStance(draft.id(), Stance.SUPPORT))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_attachment_that_is_not_what_its_name_says_is_refused_and_no_comment_is_left() {
        int before = dsl.fetchCount(DRAFT_COMMENT);
        NewComment.Upload fake = new NewComment.Upload(
                new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                "taklif.pdf");

        assertThatThrownBy(() -> post(citizen, new NewComment(draft.id(), null, null, "Ilova bilan", null, fake)))
                .isInstanceOf(FileRejectedException.class);
        assertThat(dsl.fetchCount(DRAFT_COMMENT)).isEqualTo(before);
    }

    @Test
    void a_report_needs_a_reason_and_counts_once_per_person() {
        CommentId id = post(citizen, NewComment.on(draft.id(), null, "Haqoratli izoh"));
        TestAccount reporter = open.people.citizen();

        assertThatThrownBy(() -> DraftPeople.run(reporter, Roles.CITIZEN, () -> comments.report(id, " ")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.reasonRequired");
        DraftPeople.run(reporter, Roles.CITIZEN, () -> comments.report(id, "Haqorat"));
        DraftPeople.run(reporter, Roles.CITIZEN, () -> comments.report(id, "Yana haqorat"));

        assertThat(dsl.fetchCount(uz.muhokama_db.Tables.DRAFT_COMMENT_REPORT,
                uz.muhokama_db.Tables.DRAFT_COMMENT_REPORT.COMMENT_ID.eq(id.value()))).isEqualTo(1);
    }

    @Test
    void only_the_person_a_comment_is_posted_under_can_say_they_did_not_write_it() {
        CommentId id = post(citizen, NewComment.on(draft.id(), null, "Mening nomimdan yozilgan"));
        TestAccount other = open.people.citizen();

        assertThatThrownBy(() -> DraftPeople.run(other, Roles.CITIZEN, () -> comments.disown(id)))
                .isInstanceOf(DraftException.class).hasMessage("drafts.comment.error.notYours");
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.disown(id));

        assertThat(comments.find(id).orElseThrow().disowned()).isTrue();
    }

    @Test
    void a_citizen_follows_and_unfollows_a_draft() {
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.follow(draft.id(), true));
        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.follow(draft.id(), true));
        assertThat(DraftPeople.as(citizen, Roles.CITIZEN, () -> comments.following(draft.id()))).isTrue();

        DraftPeople.run(citizen, Roles.CITIZEN, () -> comments.follow(draft.id(), false));
        assertThat(DraftPeople.as(citizen, Roles.CITIZEN, () -> comments.following(draft.id()))).isFalse();
    }
}
