package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama_db.Tables.DRAFT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.TestAccount;

@IntegrationTest
class DraftServiceTest {

    static final String TEXT = OpenDrafts.TEXT;

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    DraftPeople people;
    DraftPeople.Agency ministry;

    @BeforeEach
    void setUp() {
        people = new DraftPeople(dsl, organisations, memberships);
        ministry = people.agency(OrganisationType.MINISTRY);
    }

    DraftFields fields(DraftActType type, String titleUz) {
        return new DraftFields(ministry.id(), type, "ID-" + System.nanoTime(), titleUz, "Проект закона",
                "Loyiha mehnat munosabatlarini tartibga soladi.", "Проект регулирует трудовые отношения.");
    }

    DraftId draftWithText(DraftActType type) {
        return DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            DraftId id = drafts.create(fields(type, "Mehnat toʻgʻrisidagi qonun loyihasi"));
            drafts.setTypedText(id, 0, TEXT);
            return id;
        });
    }

    int version(DraftId id) {
        return DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.find(id).orElseThrow().version());
    }

    @Test
    void an_editor_creates_a_draft_gives_it_a_text_and_publishes_it_for_fifteen_days_ending_at_midnight_in_tashkent() {
        DraftId id = draftWithText(DraftActType.LAW);
        LocalDate lastDay = drafts.defaultLastDay(DraftActType.LAW);

        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.publish(id, version(id), lastDay));

        DraftDetails draft = drafts.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.OPEN);
        assertThat(draft.end()).isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneOffset.ofHours(5)).toInstant());
        assertThat(draft.end().atOffset(ZoneOffset.UTC).getHour()).isEqualTo(19);
        assertThat(draft.versions()).singleElement().extracting(VersionInfo::number).isEqualTo(1);
        assertThat(drafts.text(id, 1)).filteredOn(p -> p.kind() == ProvisionKind.ARTICLE)
                .extracting(DraftProvision::eId, DraftProvision::stableKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chp_1__art_1", "chp_1__art_1"),
                        org.assertj.core.groups.Tuple.tuple("chp_1__art_2", "chp_1__art_2"),
                        org.assertj.core.groups.Tuple.tuple("chp_2__art_3", "chp_2__art_3"));
        assertThat(drafts.acceptsParticipation(id, Instant.now())).isTrue();
        assertThat(drafts.acceptsParticipation(id, draft.end())).isFalse();
        assertThat(drafts.list(new DraftFilter(null, ministry.id(), null, true, null, DraftSort.NEWEST), 0, 10))
                .extracting(DraftListItem::id).containsExactly(id);
    }

    @Test
    void an_unpublished_draft_is_neither_listed_nor_shown_to_the_public() {
        DraftId id = draftWithText(DraftActType.LAW);

        assertThat(drafts.find(id)).isEmpty();
        assertThat(drafts.list(new DraftFilter(null, ministry.id(), null, null, null, DraftSort.NEWEST), 0, 10))
                .isEmpty();
    }

    @Test
    void a_citizen_or_an_editor_of_another_agency_may_not_create_edit_or_publish() {
        TestAccount citizen = people.citizen();
        DraftPeople.Agency other = people.agency(OrganisationType.AGENCY);
        DraftId id = draftWithText(DraftActType.LAW);
        int before = dsl.fetchCount(DRAFT);

        assertThatThrownBy(() -> DraftPeople.as(citizen, Roles.CITIZEN,
                () -> drafts.create(fields(DraftActType.LAW, "Loyiha")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.as(other.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.create(fields(DraftActType.LAW, "Loyiha")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(other.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.publish(id, 1, drafts.defaultLastDay(DraftActType.LAW))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> DraftPeople.run(other.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.update(id, 1, fields(DraftActType.LAW, "Boshqa nom"))))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(dsl.fetchCount(DRAFT)).isEqualTo(before);
        DraftDetails draft = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.find(id)).orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.DRAFT);
        assertThat(draft.titleUz()).isEqualTo("Mehnat toʻgʻrisidagi qonun loyihasi");
    }

    @Test
    void a_period_shorter_than_the_law_allows_or_ending_in_the_past_is_refused() {
        DraftId law = draftWithText(DraftActType.LAW);
        DraftId order = draftWithText(DraftActType.DEPARTMENTAL_ACT);
        LocalDate today = LocalDate.now(DraftService.TASHKENT);

        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            assertThatThrownBy(() -> drafts.publish(law, version(law), today.plusDays(14)))
                    .hasMessage("drafts.error.periodTooShort");
            assertThatThrownBy(() -> drafts.publish(law, version(law), today.minusDays(1)))
                    .hasMessage("drafts.error.endInPast");
            assertThatThrownBy(() -> drafts.publish(order, version(order), today.plusDays(9)))
                    .hasMessage("drafts.error.periodTooShortDepartmental");
            drafts.publish(order, version(order), today.plusDays(10));
        });

        assertThat(drafts.find(law)).isEmpty();
        assertThat(drafts.find(order).orElseThrow().status()).isEqualTo(DraftStatus.OPEN);
    }

    @Test
    void a_draft_without_text_cannot_be_published() {
        DraftId id = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.create(fields(DraftActType.LAW, "Matnsiz loyiha")));

        assertThatThrownBy(() -> DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.publish(id, version(id), drafts.defaultLastDay(DraftActType.LAW))))
                .hasMessage("drafts.error.noText");
        assertThatThrownBy(() -> DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.setTypedText(id, version(id), "  "))).hasMessage("drafts.error.noText");
    }

    @Test
    void a_picture_named_docx_is_refused_with_a_translated_reason_and_nothing_changes() {
        DraftId id = draftWithText(DraftActType.LAW);
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

        assertThatThrownBy(() -> DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.previewFile(new ByteArrayInputStream(png), "qonun.docx")))
                .isInstanceOfSatisfying(FileRejectedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("files.typeNotAllowed"));
        assertThat(drafts.text(id, 1)).isEmpty();
    }

    @Test
    void a_text_file_is_previewed_before_it_becomes_the_draft_text() {
        DraftId id = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.create(fields(DraftActType.LAW, "Fayldan loyiha")));

        TextPreview preview = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.previewFile(
                new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "loyiha.txt"));
        assertThat(preview.articleCount()).isEqualTo(3);
        assertThat(preview.warnings()).isEmpty();
        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.setTextFromFile(id, version(id),
                preview.fileId()));

        DraftDetails draft = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.find(id))
                .orElseThrow();
        assertThat(draft.versions()).singleElement().satisfies(v -> {
            assertThat(v.sourceFileId()).isEqualTo(preview.fileId());
            assertThat(v.provisionCount()).isEqualTo(preview.provisions().size());
        });
    }

    @Test
    void scripts_in_titles_are_kept_as_plain_text() {
        String title = "<script>alert(1)</script> Loyiha";
        DraftId id = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.create(fields(DraftActType.LAW, title)));

        assertThat(DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.find(id)).orElseThrow()
                .titleUz()).isEqualTo(title);
    }

    @Test
    void a_change_made_on_a_stale_form_is_refused() {
        DraftId id = draftWithText(DraftActType.LAW);
        int seen = version(id);
        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.update(id, seen, fields(DraftActType.LAW, "Birinchi tahrir")));

        assertThatThrownBy(() -> DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.update(id, seen, fields(DraftActType.LAW, "Ikkinchi tahrir"))))
                .hasMessage("drafts.error.stale");
        assertThat(DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> drafts.find(id)).orElseThrow()
                .titleUz()).isEqualTo("Birinchi tahrir");
    }

    @Test
    void an_open_draft_is_extended_with_a_reason_and_closes_by_itself_at_the_deadline() {
        DraftId id = draftWithText(DraftActType.LAW);
        LocalDate lastDay = drafts.defaultLastDay(DraftActType.LAW);
        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            drafts.publish(id, version(id), lastDay);
            assertThatThrownBy(() -> drafts.extend(id, version(id), lastDay, "Sabab"))
                    .hasMessage("drafts.error.extendEarlier");
            drafts.extend(id, version(id), lastDay.plusDays(5), "Koʻp murojaat kelib tushdi");
        });

        DraftDetails extended = drafts.find(id).orElseThrow();
        assertThat(extended.end()).isEqualTo(DraftService.endOf(lastDay.plusDays(5)));
        assertThat(extended.extensions()).singleElement().satisfies(c -> {
            assertThat(c.oldEnd()).isEqualTo(DraftService.endOf(lastDay));
            assertThat(c.reason()).isEqualTo("Koʻp murojaat kelib tushdi");
        });

        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
        dsl.update(DRAFT).set(DRAFT.DISCUSSION_START, past.minus(20, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                .set(DRAFT.DISCUSSION_END, past.atOffset(ZoneOffset.UTC)).where(DRAFT.ID.eq(id.value())).execute();
        assertThat(drafts.acceptsParticipation(id, Instant.now())).isFalse();

        assertThat(drafts.closeEnded()).contains(id);
        assertThat(drafts.closeEnded()).doesNotContain(id);
        assertThat(drafts.find(id).orElseThrow().status()).isEqualTo(DraftStatus.CLOSED);
        assertThatThrownBy(() -> DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR,
                () -> drafts.extend(id, version(id), lastDay.plusDays(30), "Yana")))
                .hasMessage("drafts.error.notOpen");
    }

    @Test
    void a_new_version_gets_the_next_number_and_adoption_waits_for_the_answers() {
        DraftId id = draftWithText(DraftActType.LAW);
        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            drafts.publish(id, version(id), drafts.defaultLastDay(DraftActType.LAW));
            int number = drafts.addVersion(id, version(id), null, TEXT.replace("tartibga solishdir",
                    "tartibga solish va himoya qilishdir"), "Takliflar hisobga olindi");
            assertThat(number).isEqualTo(2);
            assertThatThrownBy(() -> drafts.markAdopted(id, version(id), "OʻRQ-798")).hasMessage("drafts.error.status");
            drafts.withdraw(id, version(id));
        });

        DraftDetails draft = drafts.find(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(DraftStatus.WITHDRAWN);
        assertThat(draft.versions()).extracting(VersionInfo::number).containsExactly(1, 2);
        assertThat(drafts.text(id, 2)).anySatisfy(p -> assertThat(p.text()).contains("himoya qilishdir"));
    }

    @Test
    void a_misread_heading_is_corrected_before_publication_but_not_after() {
        DraftId id = draftWithText(DraftActType.LAW);
        DraftPeople.run(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            drafts.correctHeading(id, version(id), "chp_1__art_2", "Asosiy tushunchalar va atamalar");
            drafts.publish(id, version(id), drafts.defaultLastDay(DraftActType.LAW));
            assertThatThrownBy(() -> drafts.correctHeading(id, version(id), "chp_1__art_1", "Boshqa"))
                    .hasMessage("drafts.error.status");
        });

        assertThat(drafts.text(id, 1)).filteredOn(p -> p.eId().equals("chp_1__art_2")).singleElement()
                .extracting(DraftProvision::heading).isEqualTo("Asosiy tushunchalar va atamalar");
        assertThat(drafts.text(id, 1)).filteredOn(p -> p.eId().equals("chp_1__art_1")).singleElement()
                .extracting(DraftProvision::heading).isEqualTo("Maqsad");
    }
}
