package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class DuplicateGroupingServiceTest {

    static final String CAMPAIGN = "Ushbu loyihaning 3-moddasini qoʻllab-quvvatlamaymiz: kuchga kirish muddati juda "
            + "qisqa, tadbirkorlar yangi talablarga tayyorlanib ulgurmaydi. Muddatni kamida olti oyga uzaytirishni "
            + "va oʻtish davrida jarimalarni qoʻllamaslikni soʻraymiz.";

    @Autowired
    DuplicateGroupingService grouping;

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

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

    CommentView seen(CommentId id) {
        return comments.find(id).orElseThrow();
    }

    @Test
    void a_campaign_forms_one_group_led_by_its_first_comment_and_new_comments_join_it() {
        CommentId first = post(CAMPAIGN);
        List<CommentId> copies = new ArrayList<>();
        copies.add(post(CAMPAIGN.toUpperCase()));
        copies.add(post(CAMPAIGN.replace("qisqa", "qiska")));
        CommentId own = post("Menimcha, 3-modda yaxshi yozilgan, lekin atamalar izohini qoʻshish kerak.");

        DuplicateGrouping result = DraftPeople.as(moderator, Roles.MODERATOR, () -> grouping.regroup(draft.id()));

        assertThat(result).isEqualTo(new DuplicateGrouping(4, 1, 2));
        assertThat(seen(first).duplicateGroup()).isEqualTo(first);
        assertThat(seen(first).groupSize()).isEqualTo(3);
        copies.forEach(c -> assertThat(seen(c).duplicateGroup()).isEqualTo(first));
        assertThat(seen(own).duplicateGroup()).isNull();
        assertThat(comments.groupMembers(first, 0, 10)).extracting(CommentView::id)
                .containsExactly(first, copies.get(0), copies.get(1));

        CommentId later = post(CAMPAIGN);
        CommentId likeOwn = post("Menimcha, 3-modda yaxshi yozilgan, lekin atamalar izohini qoʻshish kerak!");
        // The background job may have grouped them first: the outcome is the same either way.
        DraftPeople.run(moderator, Roles.MODERATOR, () -> grouping.groupNew(draft.id()));

        assertThat(seen(later).duplicateGroup()).isEqualTo(first);
        assertThat(seen(own).duplicateGroup()).isEqualTo(own);
        assertThat(seen(likeOwn).duplicateGroup()).isEqualTo(own);
        assertThat(DraftPeople.as(moderator, Roles.MODERATOR, () -> grouping.groupNew(draft.id())))
                .isEqualTo(new DuplicateGrouping(0, 0, 0));
    }

    @Test
    void a_full_regroup_gives_the_same_groups_as_the_incremental_runs() {
        CommentId first = post(CAMPAIGN);
        DraftPeople.run(moderator, Roles.MODERATOR, () -> grouping.groupNew(draft.id()));
        CommentId second = post(CAMPAIGN);

        DraftPeople.run(moderator, Roles.MODERATOR, () -> grouping.regroup(draft.id()));

        assertThat(seen(second).duplicateGroup()).isEqualTo(first);
        assertThat(seen(first).groupSize()).isEqualTo(2);
    }

    @Test
    void a_citizen_may_not_start_a_regroup() {
        assertThatThrownBy(() -> DraftPeople.run(open.people.citizen(), Roles.CITIZEN,
                () -> grouping.regroup(draft.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(moderator, Roles.MODERATOR,
                () -> grouping.regroup(new DraftId(Long.MAX_VALUE))))
                .isInstanceOf(DraftException.class).hasMessage("drafts.error.notFound");
    }
}
