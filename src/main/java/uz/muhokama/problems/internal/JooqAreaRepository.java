package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_AREA_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_ORGANISATION_CONTACT;
import static uz.muhokama_db.Tables.PROBLEM_SERVICE_AREA;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** An organisation's areas, oldest first. */
    public List<AreaRow> ofOrganisation(long organisationId) {
        return dsl.select(PROBLEM_SERVICE_AREA.ID, PROBLEM_SERVICE_AREA.ORGANISATION_ID, PROBLEM_SERVICE_AREA.NAME,
                        PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.BOUNDARY_WKT)
                .from(PROBLEM_SERVICE_AREA).where(PROBLEM_SERVICE_AREA.ORGANISATION_ID.eq(organisationId))
                .orderBy(PROBLEM_SERVICE_AREA.ID)
                .fetch(r -> new AreaRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public Optional<AreaRow> find(long id) {
        return dsl.select(PROBLEM_SERVICE_AREA.ID, PROBLEM_SERVICE_AREA.ORGANISATION_ID, PROBLEM_SERVICE_AREA.NAME,
                        PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.BOUNDARY_WKT)
                .from(PROBLEM_SERVICE_AREA).where(PROBLEM_SERVICE_AREA.ID.eq(id))
                .fetchOptional(r -> new AreaRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** The category codes of each of the given areas, in code order. */
    public Map<Long, List<String>> categoryCodes(List<Long> areaIds) {
        return dsl.select(PROBLEM_AREA_CATEGORY.AREA_ID, PROBLEM_CATEGORY.CODE).from(PROBLEM_AREA_CATEGORY)
                .join(PROBLEM_CATEGORY).on(PROBLEM_CATEGORY.ID.eq(PROBLEM_AREA_CATEGORY.CATEGORY_ID))
                .where(PROBLEM_AREA_CATEGORY.AREA_ID.in(areaIds))
                .orderBy(PROBLEM_CATEGORY.CODE)
                .fetch().stream()
                .collect(Collectors.groupingBy(r -> r.value1(), LinkedHashMap::new,
                        Collectors.mapping(r -> r.value2(), Collectors.toList())));
    }

    /** Each district's boundary as first drawn for it, to reuse when another organisation serves the district. */
    public Map<String, String> firstBoundaryOfEachDistrict() {
        Map<String, String> boundaries = new LinkedHashMap<>();
        dsl.select(PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.BOUNDARY_WKT).from(PROBLEM_SERVICE_AREA)
                .orderBy(PROBLEM_SERVICE_AREA.DISTRICT, PROBLEM_SERVICE_AREA.ID)
                .forEach(r -> boundaries.putIfAbsent(r.value1(), r.value2()));
        return boundaries;
    }

    /** Replaces the categories an area covers. */
    public void setCategories(long areaId, List<Long> categoryIds) {
        dsl.deleteFrom(PROBLEM_AREA_CATEGORY).where(PROBLEM_AREA_CATEGORY.AREA_ID.eq(areaId)).execute();
        for (long categoryId : categoryIds) {
            dsl.insertInto(PROBLEM_AREA_CATEGORY).set(PROBLEM_AREA_CATEGORY.AREA_ID, areaId)
                    .set(PROBLEM_AREA_CATEGORY.CATEGORY_ID, categoryId).execute();
        }
    }

    public void delete(long areaId) {
        dsl.deleteFrom(PROBLEM_AREA_CATEGORY).where(PROBLEM_AREA_CATEGORY.AREA_ID.eq(areaId)).execute();
        dsl.deleteFrom(PROBLEM_SERVICE_AREA).where(PROBLEM_SERVICE_AREA.ID.eq(areaId)).execute();
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
