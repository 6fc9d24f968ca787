package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_AREA_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_ORGANISATION_CONTACT;
import static uz.muhokama_db.Tables.PROBLEM_SERVICE_AREA;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Service areas of organisations, the categories each covers, and where an organisation's notices go. */
@Repository
public class JooqAreaRepository {

    private final DSLContext dsl;

    JooqAreaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An area as routing needs it. */
    public record AreaRow(long id, long organisationId, String name, String district, String boundaryWkt) {
    }

    public long insert(long organisationId, String name, String district, String wkt, List<Long> categoryIds,
                       Instant now) {
        long id = dsl.insertInto(PROBLEM_SERVICE_AREA)
                .set(PROBLEM_SERVICE_AREA.ORGANISATION_ID, organisationId)
                .set(PROBLEM_SERVICE_AREA.NAME, name)
                .set(PROBLEM_SERVICE_AREA.DISTRICT, district)
                .set(PROBLEM_SERVICE_AREA.BOUNDARY_WKT, wkt)
                .set(PROBLEM_SERVICE_AREA.CREATED_AT, now.atOffset(ZoneOffset.UTC))
                .returning(PROBLEM_SERVICE_AREA.ID).fetchOne(PROBLEM_SERVICE_AREA.ID);
        for (long categoryId : categoryIds) {
            dsl.insertInto(PROBLEM_AREA_CATEGORY).set(PROBLEM_AREA_CATEGORY.AREA_ID, id)
                    .set(PROBLEM_AREA_CATEGORY.CATEGORY_ID, categoryId).execute();
        }
        return id;
    }

    /** The areas that cover a category. */
    public List<AreaRow> covering(long categoryId) {
        return dsl.select(PROBLEM_SERVICE_AREA.ID, PROBLEM_SERVICE_AREA.ORGANISATION_ID, PROBLEM_SERVICE_AREA.NAME,
                        PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.BOUNDARY_WKT)
                .from(PROBLEM_SERVICE_AREA)
                .join(PROBLEM_AREA_CATEGORY).on(PROBLEM_AREA_CATEGORY.AREA_ID.eq(PROBLEM_SERVICE_AREA.ID))
                .where(PROBLEM_AREA_CATEGORY.CATEGORY_ID.eq(categoryId))
                .orderBy(PROBLEM_SERVICE_AREA.ID)
                .fetch(r -> new AreaRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** Every area, for naming the district of a place whatever the category. */
    public List<AreaRow> all() {
        return dsl.select(PROBLEM_SERVICE_AREA.ID, PROBLEM_SERVICE_AREA.ORGANISATION_ID, PROBLEM_SERVICE_AREA.NAME,
                        PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.BOUNDARY_WKT)
                .from(PROBLEM_SERVICE_AREA).orderBy(PROBLEM_SERVICE_AREA.ID)
                .fetch(r -> new AreaRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public List<String> districts() {
        return dsl.selectDistinct(PROBLEM_SERVICE_AREA.DISTRICT).from(PROBLEM_SERVICE_AREA)
                .orderBy(PROBLEM_SERVICE_AREA.DISTRICT).fetch(PROBLEM_SERVICE_AREA.DISTRICT);
    }

    public boolean anyFor(long organisationId) {
        return dsl.fetchExists(PROBLEM_SERVICE_AREA, PROBLEM_SERVICE_AREA.ORGANISATION_ID.eq(organisationId));
    }

    public Optional<String> noticeEmail(long organisationId) {
        return dsl.select(PROBLEM_ORGANISATION_CONTACT.NOTICE_EMAIL).from(PROBLEM_ORGANISATION_CONTACT)
                .where(PROBLEM_ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId))
                .fetchOptional(PROBLEM_ORGANISATION_CONTACT.NOTICE_EMAIL);
    }

    public void setNoticeEmail(long organisationId, String email) {
        dsl.mergeInto(PROBLEM_ORGANISATION_CONTACT)
                .using(dsl.selectOne())
                .on(PROBLEM_ORGANISATION_CONTACT.ORGANISATION_ID.eq(organisationId))
                .whenMatchedThenUpdate().set(PROBLEM_ORGANISATION_CONTACT.NOTICE_EMAIL, email)
                .whenNotMatchedThenInsert(PROBLEM_ORGANISATION_CONTACT.ORGANISATION_ID,
                        PROBLEM_ORGANISATION_CONTACT.NOTICE_EMAIL)
                .values(organisationId, email)
                .execute();
    }
}
