package uz.muhokama.accounts.internal;

import static uz.muhokama_db.Tables.MEMBERSHIP;
import static uz.muhokama_db.Tables.ORGANISATION;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import uz.muhokama.accounts.NewOrganisation;
import uz.muhokama.accounts.OrganisationChange;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationFilter;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationNames;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama_db.tables.Organisation;

/** Organisations in the database. */
@Repository
public class JooqOrganisationRepository {

    private static final Organisation PARENT = ORGANISATION.as("parent");
    private static final Field<Integer> MEMBER_COUNT = DSL.field(DSL.selectCount().from(MEMBERSHIP)
            .where(MEMBERSHIP.ORGANISATION_ID.eq(ORGANISATION.ID))).as("member_count");

    private final DSLContext dsl;

    JooqOrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public OrganisationId insert(NewOrganisation organisation, Instant now) {
        OrganisationNames names = organisation.names();
        Long id = dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.CODE, organisation.code())
                .set(ORGANISATION.TYPE, organisation.type().name())
                .set(ORGANISATION.NAME_UZ_LATN, names.uzLatn())
                .set(ORGANISATION.NAME_UZ_CYRL, names.uzCyrl())
                .set(ORGANISATION.NAME_RU, names.ru())
                .set(ORGANISATION.NAME_EN, names.en())
                .set(ORGANISATION.PARENT_ID, organisation.parent() == null ? null : organisation.parent().value())
                .set(ORGANISATION.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .set(ORGANISATION.VERSION, 0)
                .returning(ORGANISATION.ID)
                .fetchOne(ORGANISATION.ID);
        return new OrganisationId(id);
    }

    /** Saves a change if the row still has the version the editor saw; {@code false} when it does not. */
    public boolean update(OrganisationChange change) {
        OrganisationNames names = change.names();
        return dsl.update(ORGANISATION)
                .set(ORGANISATION.CODE, change.code())
                .set(ORGANISATION.TYPE, change.type().name())
                .set(ORGANISATION.NAME_UZ_LATN, names.uzLatn())
                .set(ORGANISATION.NAME_UZ_CYRL, names.uzCyrl())
                .set(ORGANISATION.NAME_RU, names.ru())
                .set(ORGANISATION.NAME_EN, names.en())
                .set(ORGANISATION.PARENT_ID, change.parent() == null ? null : change.parent().value())
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(change.id().value()))
                .and(ORGANISATION.VERSION.eq(change.version()))
                .execute() == 1;
    }

    public Optional<OrganisationDetails> find(OrganisationId id) {
        return select(ORGANISATION.ID.eq(id.value())).stream().findFirst();
    }

    public Optional<OrganisationDetails> findByCode(String code) {
        return select(ORGANISATION.CODE.eq(code)).stream().findFirst();
    }

    public boolean codeTaken(String code, OrganisationId except) {
        Condition sameCode = ORGANISATION.CODE.eq(code);
        if (except != null) {
            sameCode = sameCode.and(ORGANISATION.ID.ne(except.value()));
        }
        return dsl.fetchExists(ORGANISATION, sameCode);
    }

    public boolean exists(OrganisationId id) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id.value()));
    }

    /** The parent of an organisation, or empty for a top-level one. */
    public Optional<OrganisationId> parentOf(OrganisationId id) {
        return dsl.select(ORGANISATION.PARENT_ID).from(ORGANISATION).where(ORGANISATION.ID.eq(id.value()))
                .fetchOptional(ORGANISATION.PARENT_ID)
                .map(OrganisationId::new);
    }

    public List<OrganisationDetails> list(OrganisationFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add(ORGANISATION.TYPE.eq(filter.type().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + escape(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            conditions.add(DSL.or(
                    DSL.lower(ORGANISATION.CODE).like(pattern, '!'),
                    DSL.lower(ORGANISATION.NAME_UZ_LATN).like(pattern, '!'),
                    DSL.lower(ORGANISATION.NAME_UZ_CYRL).like(pattern, '!'),
                    DSL.lower(ORGANISATION.NAME_RU).like(pattern, '!'),
                    DSL.lower(ORGANISATION.NAME_EN).like(pattern, '!')));
        }
        return select(DSL.and(conditions));
    }

    private List<OrganisationDetails> select(Condition condition) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.CODE, ORGANISATION.TYPE,
                        ORGANISATION.NAME_UZ_LATN, ORGANISATION.NAME_UZ_CYRL, ORGANISATION.NAME_RU, ORGANISATION.NAME_EN,
                        ORGANISATION.PARENT_ID, PARENT.CODE,
                        PARENT.NAME_UZ_LATN, PARENT.NAME_UZ_CYRL, PARENT.NAME_RU, PARENT.NAME_EN,
                        MEMBER_COUNT, ORGANISATION.CREATED_AT, ORGANISATION.VERSION)
                .from(ORGANISATION)
                .leftJoin(PARENT).on(PARENT.ID.eq(ORGANISATION.PARENT_ID))
                .where(condition)
                .orderBy(ORGANISATION.CODE)
                .fetch(JooqOrganisationRepository::toDetails);
    }

    private static OrganisationDetails toDetails(Record r) {
        Long parentId = r.get(ORGANISATION.PARENT_ID);
        OrganisationNames parentNames = parentId == null ? null : new OrganisationNames(r.get(PARENT.NAME_UZ_LATN),
                r.get(PARENT.NAME_UZ_CYRL), r.get(PARENT.NAME_RU), r.get(PARENT.NAME_EN));
        return new OrganisationDetails(
                new OrganisationId(r.get(ORGANISATION.ID)),
                r.get(ORGANISATION.CODE),
                OrganisationType.valueOf(r.get(ORGANISATION.TYPE)),
                new OrganisationNames(r.get(ORGANISATION.NAME_UZ_LATN), r.get(ORGANISATION.NAME_UZ_CYRL),
                        r.get(ORGANISATION.NAME_RU), r.get(ORGANISATION.NAME_EN)),
                parentId == null ? null : new OrganisationId(parentId),
                r.get(PARENT.CODE),
                parentNames,
                r.get(MEMBER_COUNT),
                r.get(ORGANISATION.CREATED_AT).toInstant(),
                r.get(ORGANISATION.VERSION));
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
