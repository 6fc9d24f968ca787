package uz.muhokama.legislation.internal;

import static uz.muhokama_db.Tables.ACT_AMENDMENT;
import static uz.muhokama_db.Tables.ACT_CITATION;
import static uz.muhokama_db.Tables.ACT_EDITION;
import static uz.muhokama_db.Tables.ACT_PROVISION;
import static uz.muhokama_db.Tables.ACT_REPEAL;
import static uz.muhokama_db.Tables.LEGAL_ACT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import uz.muhokama.legislation.AmendmentKind;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;

/** Amendments, repeals and stored citations between acts. */
@Repository
public class JooqRelationRepository {

    private static final int CHUNK = 500;

    /** Pending citations of a code by its subject carry this before the subject. */
    public static final String CODE_KEY_PREFIX = "code:";

    private final DSLContext dsl;

    JooqRelationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An amendment as stored. */
    public record AmendmentRow(long id, long amendingActId, String amendingEId, long targetActId, String targetEId,
                               AmendmentKind kind, LocalDate inForceFrom) {
    }

    /** A repeal as stored. */
    public record RepealRow(long repealedActId, long repealingActId, String repealingEId, LocalDate lostForceOn) {
    }

    /** A citation as stored. */
    public record CitationRow(long citingActId, String citingEId, long citedActId, String citedEId) {
    }

    /**
     * A citation of an act not in the base yet, by what names it: the number key ({@code zru-798}) or
     * {@code code:} and a code's subject ({@code code:mehnat}), with the article number when one is named.
     */
    public record PendingCitation(long citingActId, String citingEId, String citedKey, String citedArticle) {
    }

    public boolean actExists(long actId) {
        return dsl.fetchExists(LEGAL_ACT, LEGAL_ACT.ID.eq(actId));
    }

    public Optional<LocalDate> adoptedOn(long actId) {
        return dsl.select(LEGAL_ACT.ADOPTED_ON).from(LEGAL_ACT).where(LEGAL_ACT.ID.eq(actId))
                .fetchOptional(LEGAL_ACT.ADOPTED_ON);
    }

    /** Whether any edition of the act, in any language, has a provision with this eId. */
    public boolean provisionExists(long actId, String eId) {
        return dsl.fetchExists(dsl.selectOne().from(ACT_PROVISION)
                .join(ACT_EDITION).on(ACT_EDITION.ID.eq(ACT_PROVISION.EDITION_ID))
                .where(ACT_EDITION.ACT_ID.eq(actId)).and(ACT_PROVISION.E_ID.eq(eId)));
    }

    public boolean amendmentExists(long amendingActId, String amendingEId, long targetActId, String targetEId) {
        return dsl.fetchExists(ACT_AMENDMENT, ACT_AMENDMENT.AMENDING_ACT_ID.eq(amendingActId)
                .and(ACT_AMENDMENT.AMENDING_E_ID.eq(amendingEId))
                .and(ACT_AMENDMENT.TARGET_ACT_ID.eq(targetActId))
                .and(ACT_AMENDMENT.TARGET_E_ID.eq(targetEId)));
    }

    public long insertAmendment(long amendingActId, String amendingEId, long targetActId, String targetEId,
                                AmendmentKind kind, LocalDate inForceFrom, String recordedBy, Instant now) {
        return dsl.insertInto(ACT_AMENDMENT)
                .set(ACT_AMENDMENT.AMENDING_ACT_ID, amendingActId)
                .set(ACT_AMENDMENT.AMENDING_E_ID, amendingEId)
                .set(ACT_AMENDMENT.TARGET_ACT_ID, targetActId)
                .set(ACT_AMENDMENT.TARGET_E_ID, targetEId)
                .set(ACT_AMENDMENT.KIND, kind.name())
                .set(ACT_AMENDMENT.IN_FORCE_FROM, inForceFrom)
                .set(ACT_AMENDMENT.RECORDED_BY, recordedBy)
                .set(ACT_AMENDMENT.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(ACT_AMENDMENT.ID)
                .fetchSingle(ACT_AMENDMENT.ID);
    }

    public boolean repealExists(long repealedActId) {
        return dsl.fetchExists(ACT_REPEAL, ACT_REPEAL.REPEALED_ACT_ID.eq(repealedActId));
    }

    public void insertRepeal(long repealedActId, long repealingActId, String repealingEId, LocalDate lostForceOn,
                             String recordedBy, Instant now) {
        dsl.insertInto(ACT_REPEAL)
                .set(ACT_REPEAL.REPEALED_ACT_ID, repealedActId)
                .set(ACT_REPEAL.REPEALING_ACT_ID, repealingActId)
                .set(ACT_REPEAL.REPEALING_E_ID, repealingEId)
                .set(ACT_REPEAL.LOST_FORCE_ON, lostForceOn)
                .set(ACT_REPEAL.RECORDED_BY, recordedBy)
                .set(ACT_REPEAL.RECORDED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** Marks an act as having lost force on a date; a version bump keeps concurrent edits of the card honest. */
    public void markLostForce(long actId, LocalDate since, Instant now) {
        dsl.update(LEGAL_ACT)
                .set(LEGAL_ACT.STATUS, ActStatus.LOST_FORCE.name())
                .set(LEGAL_ACT.STATUS_SINCE, since)
                .set(LEGAL_ACT.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(LEGAL_ACT.VERSION, LEGAL_ACT.VERSION.plus(1))
                .where(LEGAL_ACT.ID.eq(actId))
                .execute();
    }

    public Optional<AmendmentRow> amendment(long id) {
        return amendments(ACT_AMENDMENT.ID.eq(id)).stream().findFirst();
    }

    public void deleteAmendment(long id) {
        dsl.deleteFrom(ACT_AMENDMENT).where(ACT_AMENDMENT.ID.eq(id)).execute();
    }

    public List<AmendmentRow> amendmentsOf(long targetActId) {
        return amendments(ACT_AMENDMENT.TARGET_ACT_ID.eq(targetActId));
    }

    public List<AmendmentRow> amendmentsBy(long amendingActId) {
        return amendments(ACT_AMENDMENT.AMENDING_ACT_ID.eq(amendingActId));
    }

    private List<AmendmentRow> amendments(Condition where) {
        return dsl.select(ACT_AMENDMENT.ID, ACT_AMENDMENT.AMENDING_ACT_ID, ACT_AMENDMENT.AMENDING_E_ID,
                        ACT_AMENDMENT.TARGET_ACT_ID, ACT_AMENDMENT.TARGET_E_ID, ACT_AMENDMENT.KIND,
                        ACT_AMENDMENT.IN_FORCE_FROM)
                .from(ACT_AMENDMENT).where(where)
                .orderBy(ACT_AMENDMENT.IN_FORCE_FROM, ACT_AMENDMENT.ID)
                .fetch(r -> new AmendmentRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        AmendmentKind.valueOf(r.value6()), r.value7()));
    }

    public Optional<RepealRow> repealOf(long repealedActId) {
        return repeals(ACT_REPEAL.REPEALED_ACT_ID.eq(repealedActId)).stream().findFirst();
    }

    public List<RepealRow> repealsBy(long repealingActId) {
        return repeals(ACT_REPEAL.REPEALING_ACT_ID.eq(repealingActId));
    }

    private List<RepealRow> repeals(Condition where) {
        return dsl.select(ACT_REPEAL.REPEALED_ACT_ID, ACT_REPEAL.REPEALING_ACT_ID, ACT_REPEAL.REPEALING_E_ID,
                        ACT_REPEAL.LOST_FORCE_ON)
                .from(ACT_REPEAL).where(where)
                .orderBy(ACT_REPEAL.LOST_FORCE_ON, ACT_REPEAL.ID)
                .fetch(Records.mapping(RepealRow::new));
    }

    /**
     * Replaces the stored citations of an act's text in one language, resolved and pending, by those of its new
     * edition.
     */
    public void replaceCitations(long actId, String language, long editionId, Collection<CitationRow> rows,
                                 Collection<PendingCitation> pending) {
        dsl.deleteFrom(ACT_CITATION)
                .where(ACT_CITATION.CITING_EDITION_ID.in(dsl.select(ACT_EDITION.ID).from(ACT_EDITION)
                        .where(ACT_EDITION.ACT_ID.eq(actId)).and(ACT_EDITION.LANGUAGE.eq(language))))
                .execute();
        List<CitationRow> list = List.copyOf(rows);
        for (int from = 0; from < list.size(); from += CHUNK) {
            var insert = dsl.insertInto(ACT_CITATION, ACT_CITATION.CITING_EDITION_ID, ACT_CITATION.CITING_ACT_ID,
                    ACT_CITATION.CITING_E_ID, ACT_CITATION.CITED_ACT_ID, ACT_CITATION.CITED_E_ID);
            for (CitationRow row : list.subList(from, Math.min(list.size(), from + CHUNK))) {
                insert = insert.values(editionId, row.citingActId(), row.citingEId(), row.citedActId(),
                        row.citedEId());
            }
            insert.execute();
        }
        List<PendingCitation> unresolved = List.copyOf(pending);
        for (int from = 0; from < unresolved.size(); from += CHUNK) {
            var insert = dsl.insertInto(ACT_CITATION, ACT_CITATION.CITING_EDITION_ID, ACT_CITATION.CITING_ACT_ID,
                    ACT_CITATION.CITING_E_ID, ACT_CITATION.CITED_KEY, ACT_CITATION.CITED_ARTICLE);
            for (PendingCitation row : unresolved.subList(from, Math.min(unresolved.size(), from + CHUNK))) {
                insert = insert.values(editionId, row.citingActId(), row.citingEId(), row.citedKey(),
                        row.citedArticle());
            }
            insert.execute();
        }
    }

    /** The number key and kind of an act, which pending citations may name. */
    public Optional<ActKey> keyOf(long actId) {
        return dsl.select(LEGAL_ACT.NUMBER_KEY, LEGAL_ACT.ACT_TYPE, LEGAL_ACT.URI).from(LEGAL_ACT)
                .where(LEGAL_ACT.ID.eq(actId))
                .fetchOptional(r -> new ActKey(r.value1(), ActType.valueOf(r.value2()), r.value3()));
    }

    /** What pending citations may name an act by. */
    public record ActKey(String numberKey, ActType type, String uri) {
    }

    /** Points the pending citations of a number key (made by other acts) at the act; returns how many. */
    public int resolveNumberCitations(String numberKey, long actId) {
        return dsl.update(ACT_CITATION)
                .set(ACT_CITATION.CITED_ACT_ID, actId)
                .where(ACT_CITATION.CITED_ACT_ID.isNull())
                .and(ACT_CITATION.CITED_KEY.eq(numberKey))
                .and(ACT_CITATION.CITING_ACT_ID.ne(actId))
                .execute();
    }

    /** The distinct keys of pending citations of codes by their subject ({@code code:mehnat}). */
    public List<String> pendingCodeKeys() {
        return dsl.selectDistinct(ACT_CITATION.CITED_KEY).from(ACT_CITATION)
                .where(ACT_CITATION.CITED_ACT_ID.isNull())
                .and(ACT_CITATION.CITED_KEY.like(CODE_KEY_PREFIX + "%"))
                .fetch(ACT_CITATION.CITED_KEY);
    }

    /** The distinct article numbers the pending citations of a code key name (empty when none is named). */
    public List<String> pendingArticles(String citedKey) {
        return dsl.selectDistinct(ACT_CITATION.CITED_ARTICLE).from(ACT_CITATION)
                .where(ACT_CITATION.CITED_ACT_ID.isNull())
                .and(ACT_CITATION.CITED_KEY.eq(citedKey))
                .fetch(r -> r.value1() == null ? "" : r.value1());
    }

    /** Points the pending citations of a code key and article (made by other acts) at the act and its article. */
    public int resolveCodeCitations(String citedKey, String article, long actId, String citedEId) {
        Condition articleMatches = article.isEmpty() ? ACT_CITATION.CITED_ARTICLE.isNull()
                : ACT_CITATION.CITED_ARTICLE.eq(article);
        return dsl.update(ACT_CITATION)
                .set(ACT_CITATION.CITED_ACT_ID, actId)
                .set(ACT_CITATION.CITED_E_ID, citedEId)
                .where(ACT_CITATION.CITED_ACT_ID.isNull())
                .and(ACT_CITATION.CITED_KEY.eq(citedKey))
                .and(articleMatches)
                .and(ACT_CITATION.CITING_ACT_ID.ne(actId))
                .execute();
    }

    /** Citations of the act by others, one row per citing provision and cited provision across languages. */
    public List<CitationRow> citationsOf(long citedActId) {
        return citations(ACT_CITATION.CITED_ACT_ID.eq(citedActId).and(ACT_CITATION.CITING_ACT_ID.ne(citedActId)));
    }

    public List<CitationRow> citationsBy(long citingActId) {
        return citations(ACT_CITATION.CITING_ACT_ID.eq(citingActId).and(ACT_CITATION.CITED_ACT_ID.ne(citingActId)));
    }

    private List<CitationRow> citations(Condition where) {
        return dsl.selectDistinct(ACT_CITATION.CITING_ACT_ID, ACT_CITATION.CITING_E_ID, ACT_CITATION.CITED_ACT_ID,
                        ACT_CITATION.CITED_E_ID)
                .from(ACT_CITATION).where(where)
                .orderBy(ACT_CITATION.CITING_ACT_ID, ACT_CITATION.CITING_E_ID, ACT_CITATION.CITED_E_ID)
                .fetch(Records.mapping(CitationRow::new));
    }
}
