package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftStatusTest {

    @Test
    void a_draft_is_adopted_only_after_the_agency_answered_and_nothing_follows_adoption_or_withdrawal() {
        assertThat(DraftStatus.DRAFT.next()).containsExactlyInAnyOrder(DraftStatus.OPEN, DraftStatus.WITHDRAWN);
        assertThat(DraftStatus.OPEN.canMoveTo(DraftStatus.ADOPTED)).isFalse();
        assertThat(DraftStatus.CLOSED.canMoveTo(DraftStatus.ADOPTED)).isFalse();
        assertThat(DraftStatus.ANSWERED.canMoveTo(DraftStatus.ADOPTED)).isTrue();
        assertThat(DraftStatus.ADOPTED.next()).isEmpty();
        assertThat(DraftStatus.WITHDRAWN.next()).isEmpty();
    }

    @Test
    void departmental_acts_may_be_discussed_for_ten_days_all_others_for_fifteen() {
        assertThat(DraftActType.DEPARTMENTAL_ACT.minimumDiscussionDays()).isEqualTo(10);
        assertThat(DraftActType.LAW.minimumDiscussionDays()).isEqualTo(15);
        assertThat(DraftActType.OTHER.minimumDiscussionDays()).isEqualTo(15);
    }

    @Test
    void a_period_ends_at_midnight_tashkent_time_after_its_last_day() {
        assertThat(DraftService.endOf(java.time.LocalDate.of(2026, 12, 15)))
                .isEqualTo(java.time.Instant.parse("2026-12-15T19:00:00Z"));
    }

    @Test
    void russian_readers_get_the_russian_title_and_everyone_else_the_uzbek_one_unless_it_is_missing() {
        assertThat(Texts.pick(java.util.Locale.of("ru"), "Loyiha", "Проект")).isEqualTo("Проект");
        assertThat(Texts.pick(java.util.Locale.ENGLISH, "Loyiha", "Проект")).isEqualTo("Loyiha");
        assertThat(Texts.pick(java.util.Locale.forLanguageTag("uz-Cyrl"), " ", "Проект")).isEqualTo("Проект");
    }
}
