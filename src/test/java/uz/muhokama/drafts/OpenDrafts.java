package uz.muhokama.drafts;

import static uz.muhokama_db.Tables.DRAFT;

import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.MembershipService;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.internal.ParticipationFactsCache;
import uz.muhokama.shared.Roles;
import uz.muhokama.support.CurrentTestContext;

/**
 * Published drafts for tests of what happens during and after a discussion: each one fresh, with its own agency. A bean
 * of the test context, so a test only asks for it.
 */
@Component
final class OpenDrafts {

    static final String TEXT = """
            1-bob. Umumiy qoidalar
            1-modda. Maqsad
            Ushbu Qonunning maqsadi mehnat munosabatlarini tartibga solishdir.
            2-modda. Asosiy tushunchalar
            Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi.
            2-bob. Yakuniy qoidalar
            3-modda. Kuchga kirishi
            Ushbu Qonun rasmiy eʼlon qilingan kundan eʼtiboran kuchga kiradi.
            """;

    /** The eId of article 3 in {@link #TEXT}. */
    static final String ARTICLE_3 = "chp_2__art_3";

    private final DraftService drafts;
    private final DSLContext dsl;
    final DraftPeople people;

    OpenDrafts(DraftService drafts, DSLContext dsl, OrganisationService organisations, MembershipService memberships) {
        this.drafts = drafts;
        this.dsl = dsl;
        this.people = new DraftPeople(dsl, organisations, memberships);
    }

    record Open(DraftId id, DraftPeople.Agency agency) {
    }

    /** A law draft with {@link #TEXT}, published for the default period by a fresh ministry's editor. */
    Open publish() {
        DraftPeople.Agency ministry = people.agency(OrganisationType.MINISTRY);
        DraftId id = DraftPeople.as(ministry.editor(), Roles.AGENCY_EDITOR, () -> {
            DraftId created = drafts.create(new DraftFields(ministry.id(), DraftActType.LAW, "ID-" + System.nanoTime(),
                    "Mehnat toʻgʻrisidagi qonun loyihasi", "Проект закона о труде",
                    "Loyiha mehnat munosabatlarini tartibga soladi.", "Проект регулирует трудовые отношения."));
            drafts.setTypedText(created, 0, TEXT);
            drafts.publish(created, drafts.find(created).orElseThrow().version(),
                    drafts.defaultLastDay(DraftActType.LAW));
            return created;
        });
        return new Open(id, ministry);
    }

    /**
     * Moves the draft's deadline into the past, as if the period had just run out (the closing job has not run). The
     * change bypasses the application, so the facts it keeps about the draft are dropped as its own changes do.
     */
    void deadlinePasses(DraftId id) {
        endsAt(id, Instant.now().minusSeconds(1));
    }

    /** Sets the end of the draft's period (its start 16 days before), bypassing the application as above. */
    void endsAt(DraftId id, Instant end) {
        dsl.update(DRAFT).set(DRAFT.DISCUSSION_START, end.minusSeconds(16 * 86_400).atOffset(ZoneOffset.UTC))
                .set(DRAFT.DISCUSSION_END, end.atOffset(ZoneOffset.UTC))
                .where(DRAFT.ID.eq(id.value())).execute();
        CurrentTestContext.applicationContext().getBean(ParticipationFactsCache.class).changed(id);
    }
}
