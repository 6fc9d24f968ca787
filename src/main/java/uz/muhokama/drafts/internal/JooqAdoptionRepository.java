package uz.muhokama.drafts.internal;

import static uz.muhokama_db.Tables.DRAFT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftStatus;

/** Which act each adopted draft became. */
@Repository
public class JooqAdoptionRepository {

    private final DSLContext dsl;

    JooqAdoptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A published draft and its number, as a link from an act shows it. */
    public record AdoptedDraft(DraftId id, String number, String titleUz, String titleRu) {
    }

    public void setAct(DraftId draft, String actUri) {
        dsl.update(DRAFT).set(DRAFT.ADOPTED_ACT_URI, actUri).where(DRAFT.ID.eq(draft.value())).execute();
    }

    public Optional<String> act(DraftId draft) {
        return dsl.select(DRAFT.ADOPTED_ACT_URI).from(DRAFT).where(DRAFT.ID.eq(draft.value()))
                .fetchOptional(DRAFT.ADOPTED_ACT_URI);
    }

    public List<AdoptedDraft> draftsOf(String actUri) {
        return dsl.select(DRAFT.ID, DRAFT.DRAFT_NUMBER, DRAFT.TITLE_UZ_LATN, DRAFT.TITLE_RU).from(DRAFT)
                .where(DRAFT.ADOPTED_ACT_URI.eq(actUri).and(DRAFT.STATUS.eq(DraftStatus.ADOPTED.name())))
                .orderBy(DRAFT.ID)
                .fetch(r -> new AdoptedDraft(new DraftId(r.value1()), r.value2(), r.value3(), r.value4()));
    }
}
