package uz.muhokama.drafts;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.TestAccount;

/**
 * Drafts whose discussion is over, for tests of the answers, the consolidated table and its downloads: a fresh
 * agency's draft with a citizen's proposals, closed, and (when asked) every proposal answered and the table published.
 */
public final class AnsweredDrafts {

    private final DraftService drafts;
    private final CommentService comments;
    private final AnswerService answers;
    private final OpenDrafts open;

    public AnsweredDrafts(DraftService drafts, CommentService comments, AnswerService answers, DSLContext dsl,
                          OrganisationService organisations, MembershipService memberships) {
        this.drafts = drafts;
        this.comments = comments;
        this.answers = answers;
        this.open = new OpenDrafts(drafts, dsl, organisations, memberships);
    }

    /** A closed draft with one citizen's proposals, in order: on article 3 with a wording, then on the whole draft. */
    public record Closed(DraftId id, long editorId, String editorEmail, long citizenId, String citizenEmail,
                         List<CommentId> proposals) {
    }

    /** A closed draft with these proposals by one citizen; the first is on article 3 with {@code wording}. */
    public Closed closed(String wording, String... bodies) {
        OpenDrafts.Open draft = open.publish();
        TestAccount citizen = open.people.citizen();
        List<CommentId> posted = new ArrayList<>();
        DraftPeople.run(citizen, Roles.CITIZEN, () -> {
            for (int i = 0; i < bodies.length; i++) {
                posted.add(comments.post(i == 0
                        ? new NewComment(draft.id(), OpenDrafts.ARTICLE_3, null, bodies[i], wording, null)
                        : NewComment.on(draft.id(), null, bodies[i])));
            }
        });
        open.deadlinePasses(draft.id());
        drafts.closeEnded();
        TestAccount editor = draft.agency().editor();
        return new Closed(draft.id(), editor.userId(), editor.email(), citizen.userId(), citizen.email(), posted);
    }

    /** Answers every proposal of the draft with {@code reason} and publishes the table, as the agency's editor. */
    public void answerAllAndPublish(Closed draft, Disposition disposition, String reason) {
        TestAccount editor = new TestAccount(draft.editorId(), draft.editorEmail(), "Editor");
        DraftPeople.run(editor, Roles.AGENCY_EDITOR, () -> {
            draft.proposals().forEach(id -> answers.answer(id, disposition, reason));
            drafts.publishTable(draft.id(), drafts.find(draft.id()).orElseThrow().version());
        });
    }
}
