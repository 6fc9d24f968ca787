package uz.muhokama.drafts.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uz.muhokama.drafts.RateLimitedException;

class ParticipationLimitsSwitchTest {

    @Test
    void limits_switched_off_refuse_nothing() {
        ParticipationLimits off = new ParticipationLimits(false, 1, 1, 1, 1, 1, 1, 1, 1);

        assertThatCode(() -> {
            for (int i = 0; i < 1000; i++) {
                off.comment(7);
                off.vote(7);
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void limits_switched_on_refuse_the_second_comment_of_a_one_per_minute_account() {
        ParticipationLimits on = new ParticipationLimits(true, 1, 5, 10, 10, 1, 5, 10, 10);
        on.comment(7);

        assertThatThrownBy(() -> on.comment(7)).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> on.vote(7)).doesNotThrowAnyException();
    }
}
