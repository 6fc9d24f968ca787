package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class DraftStatisticsTest {

    static final String CAMPAIGN = "Loyihaning 3-moddasi tadbirkorlar uchun ortiqcha hisobot talab qiladi, "
            + "shuning uchun uni butunlay chiqarib tashlashni talab qilamiz va boshqa tartib taklif etamiz.";

    @Autowired
    DraftStatistics statistics;

    @Autowired
    DuplicateGroupingService grouping;

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

    CommentId post(TestAccount person, NewComment comment) {
        return DraftPeople.as(person, Roles.CITIZEN, () -> comments.post(comment));
    }

    CommentId post(String text) {
        return post(open.people.citizen(), NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, text));
    }

    void answer(CommentId id, Disposition disposition, Duration after) {
        Instant created = dsl.select(DRAFT_COMMENT.CREATED_AT).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.ID.eq(id.value())).fetchOne().value1().toInstant();
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.DISPOSITION, disposition.name())
                .set(DRAFT_COMMENT.ANSWER, "Javob")
                .set(DRAFT_COMMENT.ANSWERED_AT, created.plus(after).atOffset(ZoneOffset.UTC))
                .where(DRAFT_COMMENT.ID.eq(id.value())).execute();
    }

    DraftId secondDraftOfTheSameAgency() {
        return DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR, () -> {
            DraftId id = drafts.create(new DraftFields(draft.agency().id(), DraftActType.LAW, null,
                    "Ikkinchi loyiha", "Второй проект", "Qisqacha", "Кратко"));
            drafts.setTypedText(id, 0, OpenDrafts.TEXT);
            drafts.publish(id, drafts.find(id).orElseThrow().version(), drafts.defaultLastDay(DraftActType.LAW));
            return id;
        });
    }

    @Test
    void a_campaign_counts_as_one_proposal_and_all_its_authors_as_participants() {
        CommentId campaign = post(CAMPAIGN);
        for (int i = 0; i < 4; i++) {
            post(CAMPAIGN);
        }
        CommentId own = post("Atamalar roʻyxatiga «masofaviy ish» tushunchasini qoʻshish kerak.");
        CommentId other = post("Kuchga kirish muddatini olti oyga uzaytirish lozim.");
        TestAccount replier = open.people.citizen();
        post(replier, NewComment.replyTo(draft.id(), own, "Qoʻshilaman."));
        DraftPeople.run(open.people.citizen(), Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.SUPPORT));
        DraftPeople.run(replier, Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.OPPOSE));
        DraftPeople.run(open.people.citizen(), Roles.MODERATOR, () -> grouping.regroup(draft.id()));
        answer(campaign, Disposition.REJECTED, Duration.ofHours(30));
        answer(own, Disposition.ACCEPTED, Duration.ofHours(10));
        answer(other, Disposition.PARTLY_ACCEPTED, Duration.ofHours(20));

        DraftStats stats = statistics.of(draft.id()).orElseThrow();

        assertThat(stats.comments()).isEqualTo(8);
        assertThat(stats.topLevel()).isEqualTo(7);
        assertThat(stats.groups()).isEqualTo(1);
        assertThat(stats.inGroups()).isEqualTo(5);
        assertThat(stats.individual()).isEqualTo(2);
        assertThat(stats.proposals()).isEqualTo(3);
        assertThat(stats.participants()).isEqualTo(9);
        assertThat(stats.supports()).isEqualTo(1);
        assertThat(stats.opposes()).isEqualTo(1);
        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.dispositions()).containsEntry(Disposition.REJECTED, 1)
                .containsEntry(Disposition.ACCEPTED, 1).containsEntry(Disposition.PARTLY_ACCEPTED, 1);
        assertThat(stats.acceptedShare()).isEqualTo(2.0 / 3);
        assertThat(stats.medianSecondsToAnswer()).isEqualTo(Duration.ofHours(20).toSeconds());
        assertThat(stats.commentsPerDay()).extracting(DraftStats.DayCount::comments).containsExactly(8);
    }

    @Test
    void a_draft_without_comments_has_zeros_and_no_answer_times() {
        DraftStats stats = statistics.of(draft.id()).orElseThrow();

        assertThat(stats.comments()).isZero();
        assertThat(stats.proposals()).isZero();
        assertThat(stats.acceptedShare()).isNull();
        assertThat(stats.medianSecondsToAnswer()).isNull();
        assertThat(stats.commentsPerDay()).isEmpty();
    }

    @Test
    void an_unpublished_or_unknown_draft_has_no_statistics() {
        assertThat(statistics.of(new DraftId(Long.MAX_VALUE))).isEmpty();
        DraftId unpublished = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.create(new DraftFields(draft.agency().id(), DraftActType.LAW, null, "Qoralama",
                        "Черновик", "Qisqacha", "Кратко")));

        assertThat(statistics.of(unpublished)).isEmpty();
        assertThat(statistics.ofAgency(draft.agency().id()).drafts()).extracting(AgencyStats.DraftRow::draft)
                .containsExactly(draft.id());
    }

    @Test
    void an_agency_counts_a_person_once_across_its_drafts() {
        DraftId second = secondDraftOfTheSameAgency();
        TestAccount citizen = open.people.citizen();
        post(citizen, NewComment.on(draft.id(), null, "Birinchi loyiha haqida"));
        post(citizen, NewComment.on(second, null, "Ikkinchi loyiha haqida"));
        post(open.people.citizen(), NewComment.on(second, null, "Yana bir fikr"));

        AgencyStats stats = statistics.ofAgency(draft.agency().id());

        assertThat(stats.total().comments()).isEqualTo(3);
        assertThat(stats.total().participants()).isEqualTo(2);
        assertThat(stats.drafts()).extracting(AgencyStats.DraftRow::draft).containsExactlyInAnyOrder(draft.id(),
                second);
        assertThat(stats.drafts()).filteredOn(r -> r.draft().equals(second))
                .extracting(AgencyStats.DraftRow::comments).isEqualTo(List.of(2));
        assertThat(statistics.agencies()).contains(draft.agency().id());
    }
}
