package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class CommentsAcrossVersionsTest {

    /** {@link OpenDrafts#TEXT} with a new article 3 inserted: the old article 3 is now article 4. */
    static final String RENUMBERED = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Asosiy tushunchalar
            Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
            2-bob. Yakuniy qoidalar
            3-modda. Oʻtish davri
            Ish beruvchilar olti oy ichida ichki hujjatlarini ushbu Qonunga muvofiqlashtiradi.
            4-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    @Test
    void a_comment_on_article_3_shows_on_article_4_of_the_next_version_where_that_article_moved() {
        OpenDrafts open = new OpenDrafts(drafts, dsl, organisations, memberships);
        OpenDrafts.Open draft = open.publish();
        TestAccount citizen = open.people.citizen();
        CommentId comment = DraftPeople.as(citizen, Roles.CITIZEN, () -> comments.post(
                NewComment.on(draft.id(), OpenDrafts.ARTICLE_3, "Kuchga kirish muddati juda qisqa.")));

        int version = DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR, () -> drafts.addVersion(
                draft.id(), drafts.find(draft.id()).orElseThrow().version(), null, RENUMBERED, "Yangi modda"));

        DraftProvision moved = provision(draft.id(), version, "chp_2__art_4");
        DraftProvision inserted = provision(draft.id(), version, "chp_2__art_3");
        assertThat(moved.stableKey()).isEqualTo(OpenDrafts.ARTICLE_3);
        assertThat(inserted.stableKey()).isNotEqualTo(OpenDrafts.ARTICLE_3);
        assertThat(provision(draft.id(), version, "chp_1__art_1").stableKey()).isEqualTo("chp_1__art_1");
        assertThat(comments.countsByProvision(draft.id())).containsEntry(moved.stableKey(), 1)
                .doesNotContainKey(inserted.stableKey());
        CommentView shown = comments.topLevel(draft.id(), CommentScope.provision(moved.stableKey()),
                CommentOrder.NEWEST, 0, 10).getFirst();
        assertThat(shown.id()).isEqualTo(comment);
        assertThat(shown.versionNumber()).isEqualTo(1);
        assertThat(shown.provisionEId()).isEqualTo(OpenDrafts.ARTICLE_3);
    }

    private DraftProvision provision(DraftId draft, int version, String eId) {
        return drafts.text(draft, version).stream().filter(p -> p.eId().equals(eId)).findFirst().orElseThrow();
    }
}
