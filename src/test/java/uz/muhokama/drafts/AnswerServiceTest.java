package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama_db.Tables.DRAFT_COMMENT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class AnswerServiceTest {

    @Autowired
    AnswerService answers;

    @Autowired
    ConsolidatedTable table;

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

    CommentId post(NewComment comment) {
        return DraftPeople.as(citizen, Roles.CITIZEN, () -> comments.post(comment));
    }

    void answer(CommentId id, Disposition disposition, String reason) {
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR, () -> answers.answer(id, disposition, reason));
    }

    void close() {
        open.deadlinePasses(draft.id());
        drafts.closeEnded();
    }

    void publishTable() {
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.publishTable(draft.id(), drafts.find(draft.id()).orElseThrow().version()));
    }

    @Test
    void the_agency_editor_answers_a_proposal_while_open_and_after_closing() {
        CommentId first = post(new NewComment(draft.id(), OpenDrafts.ARTICLE_3, null, "Muddatni uzaytiring.",
                "Ushbu Qonun uch oydan keyin kuchga kiradi.", null));
        CommentId second = post(NewComment.on(draft.id(), null, "Umuman qoʻllab-quvvatlayman."));

        answer(first, Disposition.PARTLY_ACCEPTED, "Muddat ikki oyga uzaytirildi.");
        close();
        answer(second, Disposition.NOTED, "Eʼtiborga olindi.");

        List<Proposal> listed = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.proposals(draft.id(), ProposalFilter.all(), 0, 10));
        assertThat(listed).extracting(Proposal::id).containsExactly(second, first);
        assertThat(listed.get(1).disposition()).isEqualTo(Disposition.PARTLY_ACCEPTED);
        assertThat(listed.get(1).answer()).isEqualTo("Muddat ikki oyga uzaytirildi.");
        assertThat(listed.get(1).provisionLabel()).isEqualTo("3-modda. Kuchga kirishi");
        assertThat(answers.progress(draft.id())).isEqualTo(new AnswerProgress(2, 2));
    }

    @Test
    void unanswered_proposals_come_first_and_replies_and_hidden_comments_are_no_proposals() {
        CommentId answered = post(NewComment.on(draft.id(), null, "Birinchi taklif."));
        CommentId open1 = post(NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Ikkinchi taklif."));
        CommentId reply = post(NewComment.replyTo(draft.id(), answered, "Javob."));
        CommentId hidden = post(NewComment.on(draft.id(), null, "Haqorat."));
        dsl.update(DRAFT_COMMENT).set(DRAFT_COMMENT.HIDDEN_REASON, "haqorat")
                .where(DRAFT_COMMENT.ID.eq(hidden.value())).execute();
        answer(answered, Disposition.REJECTED, "Asossiz.");

        List<Proposal> listed = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.proposals(draft.id(), ProposalFilter.all(), 0, 10));
        assertThat(listed).extracting(Proposal::id).containsExactly(open1, answered);
        assertThat(DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.count(draft.id(), new ProposalFilter(true, null)))).isEqualTo(1);
        assertThat(DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.proposals(draft.id(), new ProposalFilter(false, OpenDrafts.ARTICLE_3), 0, 10)))
                .extracting(Proposal::id).containsExactly(open1);
        assertThatThrownBy(() -> answer(reply, Disposition.NOTED, "x"))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.notAProposal");
        assertThatThrownBy(() -> answer(hidden, Disposition.NOTED, "x"))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.notAProposal");
    }

    @Test
    void an_editor_of_another_agency_is_refused_and_nothing_is_stored() {
        CommentId id = post(NewComment.on(draft.id(), null, "Taklif."));
        DraftPeople.Agency other = open.people.agency(OrganisationType.AGENCY);

        assertThatThrownBy(() -> DraftPeople.run(other.editor(), Roles.AGENCY_EDITOR,
                () -> answers.answer(id, Disposition.ACCEPTED, "Qabul qilindi.")))
                .isInstanceOf(DraftException.class)
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.notYourAgency");
        assertThat(dsl.select(DRAFT_COMMENT.DISPOSITION).from(DRAFT_COMMENT)
                .where(DRAFT_COMMENT.ID.eq(id.value())).fetchOne(DRAFT_COMMENT.DISPOSITION)).isNull();
        assertThatThrownBy(() -> DraftPeople.run(citizen, Roles.CITIZEN,
                () -> answers.answer(id, Disposition.ACCEPTED, "Qabul qilindi.")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_reason_is_required_and_at_most_5000_characters() {
        CommentId id = post(NewComment.on(draft.id(), null, "Taklif."));
        assertThatThrownBy(() -> answer(id, Disposition.REJECTED, "  "))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.reasonRequired");
        assertThatThrownBy(() -> answer(id, Disposition.REJECTED, "a".repeat(5001)))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.reasonTooLong");
        assertThatThrownBy(() -> answer(id, null, "Sabab."))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.dispositionRequired");
        answer(id, Disposition.REJECTED, "a".repeat(5000));
    }

    @Test
    void the_table_is_refused_while_proposals_lack_a_disposition_and_then_moves_the_draft_to_answered() {
        CommentId first = post(NewComment.on(draft.id(), null, "Birinchi."));
        CommentId second = post(NewComment.on(draft.id(), null, "Ikkinchi."));
        post(NewComment.on(draft.id(), null, "Uchinchi."));
        answer(first, Disposition.ACCEPTED, "Qabul qilindi.");
        assertThatThrownBy(this::publishTable).hasFieldOrPropertyWithValue("messageKey", "drafts.table.error.notClosed");
        close();

        assertThatThrownBy(this::publishTable).isInstanceOfSatisfying(UnansweredProposalsException.class,
                e -> assertThat(e.missing()).isEqualTo(2));
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.CLOSED);
        assertThat(table.find(draft.id())).isEmpty();

        answer(second, Disposition.NOTED, "Eʼtiborga olindi.");
        List<Proposal> rest = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> answers.proposals(draft.id(), new ProposalFilter(true, null), 0, 10));
        rest.forEach(p -> answer(p.id(), Disposition.REJECTED, "Rad etildi."));
        publishTable();

        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.ANSWERED);
        assertThat(table.find(draft.id())).hasValueSatisfying(t -> assertThat(t.rows()).isEqualTo(3));
        List<TableRow> rows = new ArrayList<>();
        table.each(draft.id(), rows::add);
        assertThat(rows).extracting(TableRow::number).containsExactly(1, 2, 3);
        assertThat(rows.getFirst().reason()).isEqualTo("Qabul qilindi.");
        assertThat(rows.getFirst().authorName()).isNotBlank();
        assertThat(table.rows(draft.id(), 1, 10)).extracting(TableRow::number).containsExactly(2, 3);
        assertThatThrownBy(() -> answer(first, Disposition.REJECTED, "Endi emas."))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.answers.error.status");
    }

    @Test
    void nothing_but_the_table_moves_a_draft_to_answered() {
        close();
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR, () -> assertThatThrownBy(() ->
                drafts.markAdopted(draft.id(), drafts.find(draft.id()).orElseThrow().version(), "PQ-1"))
                .hasFieldOrPropertyWithValue("messageKey", "drafts.error.status"));
        publishTable();
        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.ANSWERED);
    }
}
