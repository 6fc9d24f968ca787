package uz.muhokama.legislation.internal;

import static uz.muhokama_db.Tables.ACT_EDITION;
import static uz.muhokama_db.Tables.ACT_PROVISION;
import static uz.muhokama_db.Tables.LEGAL_ACT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.legislation.ActUpdate;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.EditionInfo;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionOption;
import uz.muhokama.legislation.ProvisionView;

/** Reads acts for the reading pages and lists. */
@Repository
public class JooqActQuery {

    private final DSLContext dsl;

    JooqActQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<ActDetails> byUri(String uri) {
        return dsl.selectFrom(LEGAL_ACT).where(LEGAL_ACT.URI.eq(uri)).fetchOptional().map(act -> new ActDetails(
                summary(act), act.getIssuingBody(), act.getPublicationSource(), act.getPublicationDate(),
                act.getPublicationNumber(), act.getStatusSince(), act.getStatusReason(), act.getMojRegistrationNo(),
                act.getMojRegisteredOn(), editions(act.getId())));
    }

    public Optional<Long> idByNumberKey(String numberKey) {
        return dsl.select(LEGAL_ACT.ID).from(LEGAL_ACT).where(LEGAL_ACT.NUMBER_KEY.eq(numberKey))
                .orderBy(LEGAL_ACT.ADOPTED_ON.desc()).limit(1).fetchOptional(LEGAL_ACT.ID);
    }

    public Optional<String> uriById(long id) {
        return dsl.select(LEGAL_ACT.URI).from(LEGAL_ACT).where(LEGAL_ACT.ID.eq(id)).fetchOptional(LEGAL_ACT.URI);
    }

    public Optional<Long> idByUri(String uri) {
        return dsl.select(LEGAL_ACT.ID).from(LEGAL_ACT).where(LEGAL_ACT.URI.eq(uri)).fetchOptional(LEGAL_ACT.ID);
    }

    /** The summaries of the given acts, by id. */
    public Map<Long, ActSummary> summaries(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ActSummary> found = new HashMap<>();
        dsl.selectFrom(LEGAL_ACT).where(LEGAL_ACT.ID.in(ids)).fetch(JooqActQuery::summary)
                .forEach(summary -> found.put(summary.id(), summary));
        return found;
    }

    /** Acts, newest adoption first, optionally only those whose title in any language contains the text. */
    public List<ActSummary> list(String titleContains, int offset, int limit) {
        return dsl.selectFrom(LEGAL_ACT).where(titleFilter(titleContains))
                .orderBy(LEGAL_ACT.ADOPTED_ON.desc(), LEGAL_ACT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(JooqActQuery::summary);
    }

    /** The latest code whose Uzbek or Russian title names the subject ({@code mehnat}, {@code трудов}). */
    public Optional<String> codeUri(String subject) {
        String uz = "%" + subject + "%kodeks%";
        String ru = "%" + subject + "%кодекс%";
        return dsl.select(LEGAL_ACT.URI).from(LEGAL_ACT)
                .where(LEGAL_ACT.ACT_TYPE.eq("CODE"))
                .and(DSL.lower(LEGAL_ACT.TITLE_UZ_LATN).like(uz).or(DSL.lower(LEGAL_ACT.TITLE_RU).like(ru)))
                .orderBy(LEGAL_ACT.ADOPTED_ON.desc(), LEGAL_ACT.ID.desc()).limit(1)
                .fetchOptional(LEGAL_ACT.URI);
    }

    /** The eId of an article of an act by its number, in its latest edition that has it. */
    public Optional<String> articleEId(String actUri, String articleNumber) {
        return dsl.select(ACT_PROVISION.E_ID).from(ACT_PROVISION)
                .join(ACT_EDITION).on(ACT_EDITION.ID.eq(ACT_PROVISION.EDITION_ID))
                .join(LEGAL_ACT).on(LEGAL_ACT.ID.eq(ACT_EDITION.ACT_ID))
                .where(LEGAL_ACT.URI.eq(actUri))
                .and(ACT_PROVISION.KIND.eq(ProvisionKind.ARTICLE.name()))
                .and(ACT_PROVISION.NUMBER.eq(articleNumber))
                .orderBy(ACT_EDITION.VALID_FROM.desc()).limit(1)
                .fetchOptional(ACT_PROVISION.E_ID);
    }

    /** Every provision any edition of the act has, once per eId, in document order of the edition it first appears in. */
    public List<ProvisionOption> provisionOptions(long actId) {
        var ordinal = DSL.min(ACT_PROVISION.ORDINAL);
        var edition = DSL.min(ACT_EDITION.VALID_FROM);
        var heading = DSL.min(DSL.case_().when(ACT_PROVISION.HEADING.ne(""), ACT_PROVISION.HEADING)
                .else_(DSL.substring(ACT_PROVISION.BODY, 1, 80)));
        return dsl.select(ACT_PROVISION.E_ID, heading)
                .from(ACT_PROVISION)
                .join(ACT_EDITION).on(ACT_EDITION.ID.eq(ACT_PROVISION.EDITION_ID))
                .where(ACT_EDITION.ACT_ID.eq(actId))
                .groupBy(ACT_PROVISION.E_ID)
                .orderBy(edition, ordinal)
                .fetch(Records.mapping(ProvisionOption::new));
    }

    /** The acts added or changed last, newest first. */
    public List<ActUpdate> recentlyUpdated(int limit) {
        return dsl.selectFrom(LEGAL_ACT).orderBy(LEGAL_ACT.UPDATED_AT.desc(), LEGAL_ACT.ID.desc()).limit(limit)
                .fetch(act -> new ActUpdate(summary(act), act.getUpdatedAt().toInstant()));
    }

    public int count(String titleContains) {
        return dsl.fetchCount(LEGAL_ACT, titleFilter(titleContains));
    }

    public List<EditionInfo> editions(long actId) {
        return dsl.select(ACT_EDITION.ID, ACT_EDITION.LANGUAGE, ACT_EDITION.VALID_FROM, ACT_EDITION.VALID_TO,
                        ACT_EDITION.TITLE)
                .from(ACT_EDITION)
                .where(ACT_EDITION.ACT_ID.eq(actId))
                .orderBy(ACT_EDITION.LANGUAGE, ACT_EDITION.VALID_FROM)
                .fetch(Records.mapping(EditionInfo::new));
    }

    /** The provisions of an edition in document order, with their depth in the tree. */
    public EditionText text(EditionInfo edition) {
        var rows = dsl.select(ACT_PROVISION.ID, ACT_PROVISION.PARENT_ID, ACT_PROVISION.KIND, ACT_PROVISION.NUMBER,
                        ACT_PROVISION.HEADING, ACT_PROVISION.BODY, ACT_PROVISION.E_ID)
                .from(ACT_PROVISION)
                .where(ACT_PROVISION.EDITION_ID.eq(edition.id()))
                .orderBy(ACT_PROVISION.ORDINAL)
                .fetch();
        Map<Long, Integer> depth = new HashMap<>();
        List<ProvisionView> provisions = new ArrayList<>(rows.size());
        for (Record row : rows) {
            Long parent = row.get(ACT_PROVISION.PARENT_ID);
            int d = parent == null ? 0 : depth.getOrDefault(parent, -1) + 1;
            depth.put(row.get(ACT_PROVISION.ID), d);
            provisions.add(new ProvisionView(ProvisionKind.valueOf(row.get(ACT_PROVISION.KIND)),
                    row.get(ACT_PROVISION.NUMBER), row.get(ACT_PROVISION.HEADING), row.get(ACT_PROVISION.BODY),
                    row.get(ACT_PROVISION.E_ID), d));
        }
        return new EditionText(edition, provisions);
    }

    private static Condition titleFilter(String text) {
        if (text == null || text.isBlank()) {
            return DSL.trueCondition();
        }
        String pattern = "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return DSL.lower(LEGAL_ACT.TITLE_UZ_LATN).like(pattern, '\\')
                .or(DSL.lower(LEGAL_ACT.TITLE_UZ_CYRL).like(pattern, '\\'))
                .or(DSL.lower(LEGAL_ACT.TITLE_RU).like(pattern, '\\'))
                .or(DSL.lower(LEGAL_ACT.TITLE_EN).like(pattern, '\\'))
                .or(DSL.lower(LEGAL_ACT.NUMBER).like(pattern, '\\'));
    }

    private static ActSummary summary(uz.muhokama_db.tables.records.LegalActRecord act) {
        Map<String, String> titles = new LinkedHashMap<>();
        putIfPresent(titles, "uz-Latn", act.getTitleUzLatn());
        putIfPresent(titles, "uz-Cyrl", act.getTitleUzCyrl());
        putIfPresent(titles, "ru", act.getTitleRu());
        putIfPresent(titles, "en", act.getTitleEn());
        return new ActSummary(act.getId(), ActType.valueOf(act.getActType()), act.getNumber(), act.getAdoptedOn(),
                ActStatus.valueOf(act.getStatus()), act.getUri(), titles);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

}
