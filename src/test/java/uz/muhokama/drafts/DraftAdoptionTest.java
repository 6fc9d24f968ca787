package uz.muhokama.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uz.muhokama_db.Tables.DRAFT;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.legislation.ActDiscussions;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class DraftAdoptionTest {

    static final LocalDate ADOPTED = LocalDate.of(2024, 3, 1);

    @Autowired
    DraftService drafts;

    @Autowired
    LegislationImportService imports;

    @Autowired
    SystemAdministrator system;

    @Autowired
    List<ActDiscussions> discussions;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MembershipService memberships;

    @Autowired
    DSLContext dsl;

    OpenDrafts.Open draft;
    int number;
    String actUri;

    @BeforeEach
    void anAnsweredDraftAndAnAct() {
        draft = new OpenDrafts(drafts, dsl, organisations, memberships).publish();
        dsl.update(DRAFT).set(DRAFT.STATUS, DraftStatus.ANSWERED.name()).where(DRAFT.ID.eq(draft.id().value()))
                .execute();
        number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        actUri = system.call(() -> {
            ImportPreview preview = imports.preview(new ByteArrayInputStream(
                    "1-modda. Maqsad\nMatn.\n2-modda. Kuchga kirish\nMatn.".getBytes(StandardCharsets.UTF_8)),
                    "qonun.txt");
            return imports.importEdition(preview.fileId(), new ActMetadata(ActType.LAW, "OʻRQ-" + number, ADOPTED,
                    null, null, null, null, ActStatus.IN_FORCE, null, null, null), "uz-Latn", ADOPTED,
                    "Mehnat toʻgʻrisida").uri();
        });
    }

    int version() {
        return DraftPeople.as(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.find(draft.id()).orElseThrow().version());
    }

    @Test
    void an_adopted_draft_names_its_act_by_number_in_any_script_and_the_act_names_the_draft() {
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.markAdopted(draft.id(), version(), "ЎРҚ-" + number));

        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.ADOPTED);
        assertThat(drafts.adoptedAct(draft.id())).contains(actUri);
        assertThat(discussions).flatExtracting(d -> d.of(actUri, Locale.ENGLISH))
                .extracting(ActDiscussions.Discussion::href).containsExactly("drafts/" + draft.id().value());
    }

    @Test
    void the_act_may_be_named_by_its_address_too() {
        DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.markAdopted(draft.id(), version(), "https://muhokama.example" + actUri + "#art_1"));

        assertThat(drafts.adoptedAct(draft.id())).contains(actUri);
    }

    @Test
    void an_unknown_act_is_refused_and_the_draft_stays_answered() {
        assertThatThrownBy(() -> DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.markAdopted(draft.id(), version(), "PQ-1")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.error.actNotFound");
        assertThatThrownBy(() -> DraftPeople.run(draft.agency().editor(), Roles.AGENCY_EDITOR,
                () -> drafts.markAdopted(draft.id(), version(), " ")))
                .isInstanceOf(DraftException.class).hasMessage("drafts.error.actNotFound");

        assertThat(drafts.find(draft.id()).orElseThrow().status()).isEqualTo(DraftStatus.ANSWERED);
        assertThat(drafts.adoptedAct(draft.id())).isEmpty();
    }
}
