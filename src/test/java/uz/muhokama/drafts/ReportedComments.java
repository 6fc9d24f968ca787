package uz.muhokama.drafts;

import java.util.List;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.TestAccount;

/** Reported comments on a fresh open draft, and signed-in moderators, for tests outside this package. */
public final class ReportedComments {

    private final OpenDrafts open;
    private final CommentService comments;
    private final OpenDrafts.Open draft;

    public ReportedComments(DraftService drafts, CommentService comments, DSLContext dsl,
                            OrganisationService organisations, MembershipService memberships) {
        this.open = new OpenDrafts(drafts, dsl, organisations, memberships);
        this.comments = comments;
        this.draft = open.publish();
    }

    public DraftId draft() {
        return draft.id();
    }

    /** The ministry that published the draft. */
    public OrganisationId agency() {
        return draft.agency().id();
    }

    /** A comment on article 3 by a fresh citizen, reported by other fresh citizens with these reasons. */
    public CommentId reported(String text, String... reasons) {
        return reported(OpenDrafts.ARTICLE_3, text, reasons);
    }

    /** A comment on the draft as a whole, reported as {@link #reported(String, String...)} is. */
    public CommentId reportedOnTheWholeDraft(String text, String... reasons) {
        return reported(null, text, reasons);
    }

    private CommentId reported(String provisionEId, String text, String... reasons) {
        CommentId id = DraftPeople.as(open.people.citizen(), Roles.CITIZEN,
                () -> comments.post(NewComment.on(draft.id(), provisionEId, text)));
        for (String reason : reasons) {
            DraftPeople.run(open.people.citizen(), Roles.CITIZEN, () -> comments.report(id, reason));
        }
        return id;
    }

    /** A security context for a fresh account with these roles, e.g. to sign a view test in as a moderator. */
    public SecurityContext signedIn(String... roles) {
        TestAccount person = open.people.citizen();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                List.of(roles).stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        return context;
    }
}
