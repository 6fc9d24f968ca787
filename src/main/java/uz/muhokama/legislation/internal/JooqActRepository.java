package uz.muhokama.legislation.internal;

import static uz.muhokama_db.Tables.ACT_EDITION;
import static uz.muhokama_db.Tables.ACT_PROVISION;
import static uz.muhokama_db.Tables.LEGAL_ACT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.ProvisionKind;

/** Acts, their editions and provision trees. */
@Repository
public class JooqActRepository {

    private static final int CHUNK = 500;

    private final DSLContext dsl;

    JooqActRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An edition's place in its language's chain. */
    public record EditionRow(long id, long actId, String language, LocalDate validFrom, LocalDate validTo,
                             String contentHash) {
    }

    public Optional<Long> findAct(String numberKey, LocalDate adoptedOn) {
        return dsl.select(LEGAL_ACT.ID).from(LEGAL_ACT)
                .where(LEGAL_ACT.NUMBER_KEY.eq(numberKey).and(LEGAL_ACT.ADOPTED_ON.eq(adoptedOn)))
                .fetchOptional(LEGAL_ACT.ID);
    }

    public Optional<String> uriOf(long actId) {
        return dsl.select(LEGAL_ACT.URI).from(LEGAL_ACT).where(LEGAL_ACT.ID.eq(actId)).fetchOptional(LEGAL_ACT.URI);
    }

    public boolean uriTaken(String uri) {
        return dsl.fetchExists(LEGAL_ACT, LEGAL_ACT.URI.eq(uri));
    }

    public long insertAct(ActMetadata m, String numberKey, String uri, Instant now) {
        return dsl.insertInto(LEGAL_ACT)
                .set(LEGAL_ACT.ACT_TYPE, m.type().name())
                .set(LEGAL_ACT.NUMBER, m.number())
                .set(LEGAL_ACT.NUMBER_KEY, numberKey)
                .set(LEGAL_ACT.ADOPTED_ON, m.adoptedOn())
                .set(LEGAL_ACT.ISSUING_BODY, m.issuingBody())
                .set(LEGAL_ACT.PUBLICATION_SOURCE, m.publicationSource())
                .set(LEGAL_ACT.PUBLICATION_DATE, m.publicationDate())
                .set(LEGAL_ACT.PUBLICATION_NUMBER, m.publicationNumber())
                .set(LEGAL_ACT.STATUS, m.status().name())
                .set(LEGAL_ACT.STATUS_SINCE, m.statusSince())
                .set(LEGAL_ACT.MOJ_REGISTRATION_NO, m.mojRegistrationNo())
                .set(LEGAL_ACT.MOJ_REGISTERED_ON, m.mojRegisteredOn())
                .set(LEGAL_ACT.URI, uri)
                .set(LEGAL_ACT.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(LEGAL_ACT.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(LEGAL_ACT.ID)
                .fetchSingle(LEGAL_ACT.ID);
    }

    public void setTitle(long actId, String language, String title, Instant now) {
        dsl.update(LEGAL_ACT)
                .set(titleField(language), title)
                .set(LEGAL_ACT.UPDATED_AT, now.atOffset(ZoneOffset.UTC))
                .where(LEGAL_ACT.ID.eq(actId))
                .execute();
    }

    /** The editions of one language, oldest first. */
    public List<EditionRow> editions(long actId, String language) {
        return dsl.select(ACT_EDITION.ID, ACT_EDITION.ACT_ID, ACT_EDITION.LANGUAGE, ACT_EDITION.VALID_FROM,
                        ACT_EDITION.VALID_TO, ACT_EDITION.CONTENT_HASH)
                .from(ACT_EDITION)
                .where(ACT_EDITION.ACT_ID.eq(actId).and(ACT_EDITION.LANGUAGE.eq(language)))
                .orderBy(ACT_EDITION.VALID_FROM)
                .fetch(Records.mapping(EditionRow::new));
    }

    public void endEdition(long editionId, LocalDate validTo) {
        dsl.update(ACT_EDITION).set(ACT_EDITION.VALID_TO, validTo).where(ACT_EDITION.ID.eq(editionId)).execute();
    }

    public long insertEdition(long actId, String language, LocalDate validFrom, String title, String contentHash,
                              Long sourceFileId, boolean structured, Instant now) {
        return dsl.insertInto(ACT_EDITION)
                .set(ACT_EDITION.ACT_ID, actId)
                .set(ACT_EDITION.LANGUAGE, language)
                .set(ACT_EDITION.VALID_FROM, validFrom)
                .set(ACT_EDITION.TITLE, title)
                .set(ACT_EDITION.CONTENT_HASH, contentHash)
                .set(ACT_EDITION.SOURCE_FILE_ID, sourceFileId)
                .set(ACT_EDITION.STRUCTURED, structured)
                .set(ACT_EDITION.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(ACT_EDITION.ID)
                .fetchSingle(ACT_EDITION.ID);
    }

    /**
     * Saves the provision tree in document order. One level of the tree at a time, in multi-row inserts of
     * {@link #CHUNK} rows: a level's ids (looked up by eId, unique in an edition) are the next level's parents. A code
     * of five thousand provisions takes a few dozen statements instead of one round trip per provision.
     */
    public void insertProvisions(long editionId, ParsedText text) {
        List<Row> level = new ArrayList<>();
        int ordinal = 0;
        List<String> preamble = text.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            String number = String.valueOf(i + 1);
            level.add(new Row(null, new ParsedProvision(ProvisionKind.PARAGRAPH, number, "", preamble.get(i),
                    "preamble__para_" + number, "", List.of(), List.of()), ordinal++));
        }
        Map<ParsedProvision, Integer> ordinals = new IdentityHashMap<>();
        for (ParsedProvision top : text.provisions()) {
            for (ParsedProvision p : (Iterable<ParsedProvision>) top.flatten()::iterator) {
                ordinals.put(p, ordinal++);
            }
            level.add(new Row(null, top, ordinals.get(top)));
        }
        while (!level.isEmpty()) {
            insertLevel(editionId, level);
            Map<String, Long> ids = dsl.select(ACT_PROVISION.E_ID, ACT_PROVISION.ID).from(ACT_PROVISION)
                    .where(ACT_PROVISION.EDITION_ID.eq(editionId))
                    .fetchMap(ACT_PROVISION.E_ID, ACT_PROVISION.ID);
            List<Row> next = new ArrayList<>();
            for (Row row : level) {
                Long id = ids.get(row.provision().eId());
                row.provision().children().forEach(child -> next.add(new Row(id, child, ordinals.get(child))));
            }
            level = next;
        }
    }

    private void insertLevel(long editionId, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            var insert = dsl.insertInto(ACT_PROVISION, ACT_PROVISION.EDITION_ID, ACT_PROVISION.PARENT_ID,
                    ACT_PROVISION.ORDINAL, ACT_PROVISION.KIND, ACT_PROVISION.NUMBER, ACT_PROVISION.HEADING,
                    ACT_PROVISION.BODY, ACT_PROVISION.E_ID, ACT_PROVISION.SOURCE_ID);
            for (Row row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                ParsedProvision p = row.provision();
                insert = insert.values(editionId, row.parentId(), row.ordinal(), p.kind().name(), p.number(),
                        p.heading(), p.text(), p.eId(), p.sourceId());
            }
            insert.execute();
        }
    }

    private record Row(Long parentId, ParsedProvision provision, int ordinal) {
    }

    static Field<String> titleField(String language) {
        return switch (language) {
            case "uz-Latn" -> LEGAL_ACT.TITLE_UZ_LATN;
            case "uz-Cyrl" -> LEGAL_ACT.TITLE_UZ_CYRL;
            case "ru" -> LEGAL_ACT.TITLE_RU;
            case "en" -> LEGAL_ACT.TITLE_EN;
            default -> throw new IllegalArgumentException("Unknown language " + language);
        };
    }
}
