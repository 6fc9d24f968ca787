package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import uz.muhokama.shared.AuditableAction;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
@WithMockUser(username = "lex-editor@test", roles = "ADMIN")
class ActRelationServiceTest {

    private static final LocalDate LAW_ADOPTED = LocalDate.of(2020, 3, 2);
    private static final LocalDate RESOLUTION_ADOPTED = LocalDate.of(2023, 5, 10);
    private static final String LAW_TEXT = """
            1-modda. Maqsad
            Ushbu Qonunning maqsadi jamoat tartibini taʼminlashdir.
            2-modda. Hashar
            Hashar har yili ikki marta oʻtkaziladi.
            """;
    private static final String RESOLUTION_TEXT = """
            1-modda. Oʻzgartish
            Qonunning 2-moddasi yangi tahrirda bayon etilsin.
            2-modda. Kuchga kirish
            Ushbu qaror eʼlon qilingan kundan kuchga kiradi.
            """;

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActRelationService relations;

    @Autowired
    ActService acts;

    @Autowired
    ApplicationEvents events;

    ImportResult law;
    ImportResult resolution;
    String resolutionNumber;
    String lawNumber;

    @BeforeEach
    void twoActs() {
        lawNumber = "OʻRQ-" + Acts.uniqueNumber();
        resolutionNumber = String.valueOf(Acts.uniqueNumber());
        law = Acts.imported(imports, ActType.LAW, lawNumber, LAW_ADOPTED, "Hashar toʻgʻrisida", LAW_TEXT);
        resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + resolutionNumber,
                RESOLUTION_ADOPTED, "Hashar toʻgʻrisidagi qonunga oʻzgartish kiritish haqida", RESOLUTION_TEXT);
    }

    @Test
    void an_amendment_named_by_a_number_in_another_script_shows_on_both_acts_and_is_audited() {
        Amendment recorded = relations.recordAmendment(new NewAmendment(law.actId(), "art_2", "ПҚ-" + resolutionNumber,
                "art_1", AmendmentKind.SUBSTITUTED, LocalDate.of(2023, 6, 1)));

        assertThat(recorded.amending().act().id()).isEqualTo(resolution.actId());
        ActRelations ofLaw = relations.of(law.actId());
        assertThat(ofLaw.amendedBy()).singleElement().satisfies(a -> {
            assertThat(a.amending().href()).isEqualTo(resolution.uri() + "/art_1");
            assertThat(a.target().eId()).isEqualTo("art_2");
            assertThat(a.kind()).isEqualTo(AmendmentKind.SUBSTITUTED);
            assertThat(a.inForceFrom()).isEqualTo(LocalDate.of(2023, 6, 1));
        });
        assertThat(ofLaw.amends()).isEmpty();
        assertThat(relations.of(resolution.actId()).amends()).singleElement()
                .satisfies(a -> assertThat(a.target().href()).isEqualTo(law.uri() + "/art_2"));
        assertThat(events.stream(AuditableAction.class))
                .filteredOn(e -> e.type().equals("LEGISLATION_AMENDMENT_RECORDED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("lex-editor@test");
                    assertThat(e.target()).isEqualTo("act:" + law.actId());
                });
    }

    @Test
    void bad_amendments_are_refused_with_a_reason_and_leave_nothing_behind() {
        String number = "PQ-" + resolutionNumber;
        LocalDate date = LocalDate.of(2023, 6, 1);
        refused(new NewAmendment(law.actId(), "art_2", "PQ-1", "art_1", AmendmentKind.SUBSTITUTED, date),
                "legislation.relations.unknownAct");
        refused(new NewAmendment(-1, "art_2", number, "art_1", AmendmentKind.SUBSTITUTED, date),
                "legislation.relations.unknownAct");
        refused(new NewAmendment(law.actId(), "art_9", number, "art_1", AmendmentKind.SUBSTITUTED, date),
                "legislation.relations.provisionNotFound");
        refused(new NewAmendment(law.actId(), "art_2", number, "art_7", AmendmentKind.SUBSTITUTED, date),
                "legislation.relations.provisionNotFound");
        refused(new NewAmendment(law.actId(), "art_2", number, "art_1", AmendmentKind.SUBSTITUTED,
                RESOLUTION_ADOPTED.minusDays(1)), "legislation.relations.beforeAdoption");
        refused(new NewAmendment(law.actId(), "art_2", lawNumber, "art_1", AmendmentKind.SUBSTITUTED, date),
                "legislation.relations.selfAmendment");
        refused(new NewAmendment(law.actId(), "art_2", number, "art_1", null, date),
                "legislation.relations.incomplete");
        refused(new NewAmendment(law.actId(), " ", number, "art_1", AmendmentKind.REPEALED, date),
                "legislation.relations.incomplete");
        assertThat(relations.of(law.actId()).hasAny()).isFalse();

        relations.recordAmendment(new NewAmendment(law.actId(), "art_2", number, "art_1", AmendmentKind.SUBSTITUTED,
                date));
        refused(new NewAmendment(law.actId(), "art_2", number, "art_1", AmendmentKind.REPEALED, date.plusDays(1)),
                "legislation.relations.duplicate");
        assertThat(relations.of(law.actId()).amendedBy()).hasSize(1);
        assertThat(events.stream(AuditableAction.class))
                .filteredOn(e -> e.type().startsWith("LEGISLATION_AMENDMENT")).hasSize(1);
    }

    @Test
    void an_amendment_recorded_by_mistake_is_removed_once_and_audited() {
        Amendment recorded = relations.recordAmendment(new NewAmendment(law.actId(), "art_2", "PQ-" + resolutionNumber,
                "art_1", AmendmentKind.INSERTED, LocalDate.of(2023, 6, 1)));

        relations.removeAmendment(recorded.id());

        assertThat(relations.of(law.actId()).hasAny()).isFalse();
        assertThat(relations.of(resolution.actId()).amends()).isEmpty();
        assertThat(events.stream(AuditableAction.class))
                .filteredOn(e -> e.type().equals("LEGISLATION_AMENDMENT_REMOVED"))
                .singleElement().satisfies(e -> assertThat(e.target()).isEqualTo("act:" + law.actId()));
        assertThatThrownBy(() -> relations.removeAmendment(recorded.id()))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.relations.notFound"));
    }

    @Test
    @WithMockUser(username = "citizen@test", roles = "CITIZEN")
    void only_a_legislation_administrator_records_relations() {
        assertThatThrownBy(() -> relations.recordAmendment(new NewAmendment(law.actId(), "art_2",
                "PQ-" + resolutionNumber, "art_1", AmendmentKind.SUBSTITUTED, LocalDate.of(2023, 6, 1))))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> relations.recordRepeal(new NewRepeal(law.actId(), "PQ-" + resolutionNumber, null,
                LocalDate.of(2023, 6, 1)))).isInstanceOf(AuthorizationDeniedException.class);
        Amendment recorded = uz.muhokama.support.SignedIn.asAdmin(() -> relations.recordAmendment(new NewAmendment(
                law.actId(), "art_2", "PQ-" + resolutionNumber, "art_1", AmendmentKind.REPEALED,
                LocalDate.of(2023, 6, 1))));
        assertThatThrownBy(() -> relations.removeAmendment(recorded.id()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(relations.of(law.actId()).amendedBy()).hasSize(1);
    }

    @Test
    void an_act_that_lost_force_says_because_of_which_act_and_loses_force_once() {
        Repeal repeal = relations.recordRepeal(new NewRepeal(law.actId(), "PQ-" + resolutionNumber, "art_2",
                LocalDate.of(2023, 7, 1)));

        assertThat(repeal.repealing().href()).isEqualTo(resolution.uri() + "/art_2");
        ActSummary summary = acts.byUri(law.uri()).orElseThrow().summary();
        assertThat(summary.status()).isEqualTo(ActStatus.LOST_FORCE);
        assertThat(acts.byUri(law.uri()).orElseThrow().statusSince()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(relations.of(law.actId()).lostForceBy().repealing().act().id()).isEqualTo(resolution.actId());
        assertThat(relations.of(resolution.actId()).repeals()).singleElement()
                .satisfies(r -> assertThat(r.repealed().id()).isEqualTo(law.actId()));
        assertThat(events.stream(AuditableAction.class))
                .anyMatch(e -> e.type().equals("LEGISLATION_REPEAL_RECORDED"));

        assertThatThrownBy(() -> relations.recordRepeal(new NewRepeal(law.actId(), "PQ-" + resolutionNumber, null,
                LocalDate.of(2023, 8, 1)))).isInstanceOfSatisfying(LegislationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("legislation.relations.duplicate"));
    }

    @Test
    void a_loss_of_force_still_ahead_keeps_the_status_and_bad_repeals_are_refused() {
        String number = "PQ-" + resolutionNumber;
        LocalDate future = LocalDate.now(ActService.TASHKENT).plusYears(1);
        assertThatThrownBy(() -> relations.recordRepeal(new NewRepeal(law.actId(), number, "art_5", future)))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.relations.provisionNotFound"));
        assertThatThrownBy(() -> relations.recordRepeal(new NewRepeal(law.actId(), lawNumber, null, future)))
                .isInstanceOfSatisfying(LegislationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legislation.relations.selfAmendment"));
        assertThatThrownBy(() -> relations.recordRepeal(new NewRepeal(law.actId(), number, null,
                RESOLUTION_ADOPTED.minusDays(1)))).isInstanceOfSatisfying(LegislationException.class,
                e -> assertThat(e.messageKey()).isEqualTo("legislation.relations.beforeAdoption"));
        assertThat(relations.of(law.actId()).lostForceBy()).isNull();

        relations.recordRepeal(new NewRepeal(law.actId(), number, null, future));

        assertThat(acts.byUri(law.uri()).orElseThrow().summary().status()).isEqualTo(ActStatus.IN_FORCE);
        assertThat(relations.of(law.actId()).lostForceBy().lostForceOn()).isEqualTo(future);
    }

    @Test
    void a_number_without_its_series_finds_the_act_and_its_provisions_are_offered() {
        assertThat(relations.actByNumber("pq " + resolutionNumber)).hasValueSatisfying(
                a -> assertThat(a.id()).isEqualTo(resolution.actId()));
        assertThat(relations.actByNumber("nothing at all")).isEmpty();
        assertThat(relations.provisions(law.actId())).extracting(ProvisionOption::eId)
                .containsExactly("art_1", "art_1__para_1", "art_2", "art_2__para_1");
    }

    private void refused(NewAmendment amendment, String key) {
        assertThatThrownBy(() -> relations.recordAmendment(amendment)).as(key)
                .isInstanceOfSatisfying(LegislationException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
