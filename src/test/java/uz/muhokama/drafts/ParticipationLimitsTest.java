package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
@TestPropertySource(properties = {
        "muhokama.limits.comments.per-minute=2", "muhokama.limits.comments.per-day=3",
        "muhokama.limits.comments.per-address-per-minute=3", "muhokama.limits.comments.per-address-per-day=100",
        "muhokama.limits.votes.per-minute=2", "muhokama.limits.votes.per-day=100",
        "muhokama.limits.votes.per-address-per-minute=100", "muhokama.limits.votes.per-address-per-day=100"})
class ParticipationLimitsTest {

    @Autowired
    CommentService comments;

    @Autowired
    DraftService drafts;

    @Autowired
    OpenDrafts open;

    OpenDrafts.Open draft;

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @BeforeEach
    void setUp() {
        draft = open.publish();
        from(freshAddress());
    }

    /** Each test its own client address, as the test framework gives every request the same one. */
    static String freshAddress() {
        return "192.0.2." + ADDRESSES.incrementAndGet();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    CommentId post(TestAccount person, String text) {
        return DraftPeople.as(person, Roles.CITIZEN, () -> comments.post(NewComment.on(draft.id(), null, text)));
    }

    static void from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void a_third_comment_within_a_minute_is_refused_with_the_time_to_wait_and_nothing_is_stored() {
        TestAccount citizen = open.people.citizen();
        post(citizen, "Birinchi izoh");
        post(citizen, "Ikkinchi izoh");

        assertThatThrownBy(() -> post(citizen, "Uchinchi izoh"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("drafts.limits.tooMany");
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 61L);
                    assertThat(e.messageArguments()).containsExactly(1L);
                });
        assertThat(comments.count(draft.id(), CommentScope.all())).isEqualTo(2);
        assertThat(post(open.people.citizen(), "Boshqa odamning izohi")).isNotNull();
    }

    @Test
    void people_behind_one_address_share_its_higher_limit_and_another_address_is_not_affected() {
                post(open.people.citizen(), "Birinchi");
        post(open.people.citizen(), "Ikkinchi");
        post(open.people.citizen(), "Uchinchi");

        assertThatThrownBy(() -> post(open.people.citizen(), "Toʻrtinchi"))
                .isInstanceOf(RateLimitedException.class);

        from(freshAddress());
        assertThat(post(open.people.citizen(), "Boshqa manzildan")).isNotNull();
    }

    @Test
    void votes_and_stances_share_one_limit_per_person() {
        CommentId first = post(open.people.citizen(), "Birinchi fikr");
        TestAccount voter = open.people.citizen();
        DraftPeople.run(voter, Roles.CITIZEN, () -> comments.vote(first, 1));
        DraftPeople.run(voter, Roles.CITIZEN, () -> comments.setStance(draft.id(), Stance.SUPPORT));

        assertThatThrownBy(() -> DraftPeople.run(voter, Roles.CITIZEN, () -> comments.vote(first, -1)))
                .isInstanceOf(RateLimitedException.class);
        assertThat(comments.tally(draft.id())).isEqualTo(new StanceTally(1, 0));
        assertThat(comments.find(first).orElseThrow().upVotes()).isEqualTo(1);
    }
}
