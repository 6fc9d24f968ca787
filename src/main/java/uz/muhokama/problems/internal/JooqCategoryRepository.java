package uz.muhokama.problems.internal;

import static uz.muhokama_db.Tables.PROBLEM_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_AREA_CATEGORY;
import static uz.muhokama_db.Tables.PROBLEM_CATEGORY_ATTRIBUTE;
import static uz.muhokama_db.Tables.PROBLEM_REPORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategoryGroup;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.CategorySetup;
import uz.muhokama.problems.LocalizedText;
import uz.muhokama.problems.NewCategory;

/** Categories and their extra questions. */
@Repository
public class JooqCategoryRepository {

    private final DSLContext dsl;

    JooqCategoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active categories by group and code, with their questions. */
    public List<Category> active() {
        List<Record> rows = dsl.select().from(PROBLEM_CATEGORY).where(PROBLEM_CATEGORY.ACTIVE.isTrue())
                .orderBy(PROBLEM_CATEGORY.GROUP_CODE, PROBLEM_CATEGORY.CODE).fetch();
        Map<Long, List<CategoryQuestion>> questions = questions();
        return rows.stream().map(r -> category(r, questions)).toList();
    }

    public Optional<Category> findByCode(String code) {
        return dsl.select().from(PROBLEM_CATEGORY).where(PROBLEM_CATEGORY.CODE.eq(code)).fetchOptional()
                .map(r -> category(r, questions()));
    }

    public Optional<Category> find(long id) {
        return dsl.select().from(PROBLEM_CATEGORY).where(PROBLEM_CATEGORY.ID.eq(id)).fetchOptional()
                .map(r -> category(r, questions()));
    }

    public long insert(NewCategory category) {
        long id = dsl.insertInto(PROBLEM_CATEGORY)
                .set(PROBLEM_CATEGORY.CODE, category.code())
                .set(PROBLEM_CATEGORY.GROUP_CODE, category.group().name())
                .set(PROBLEM_CATEGORY.NAME_UZ_LATN, category.names().uzLatn())
                .set(PROBLEM_CATEGORY.NAME_UZ_CYRL, category.names().uzCyrl())
                .set(PROBLEM_CATEGORY.NAME_RU, category.names().ru())
                .set(PROBLEM_CATEGORY.NAME_EN, category.names().en())
                .set(PROBLEM_CATEGORY.DEADLINE_DAYS, category.deadlineDays())
                .returning(PROBLEM_CATEGORY.ID).fetchOne(PROBLEM_CATEGORY.ID);
        insertQuestions(id, category.questions());
        return id;
    }

    /** Every category, active or not, with how many reports each has, for the administrators' list. */
    public List<CategorySetup> allForSetup() {
        var reportCount = org.jooq.impl.DSL.field(org.jooq.impl.DSL.selectCount().from(PROBLEM_REPORT)
                .where(PROBLEM_REPORT.CATEGORY_ID.eq(PROBLEM_CATEGORY.ID)));
        Map<Long, List<CategoryQuestion>> questions = questions();
        return dsl.select(PROBLEM_CATEGORY.asterisk(), reportCount.as("report_count")).from(PROBLEM_CATEGORY)
                .orderBy(PROBLEM_CATEGORY.GROUP_CODE, PROBLEM_CATEGORY.CODE).fetch()
                .map(r -> new CategorySetup(category(r, questions), r.get(PROBLEM_CATEGORY.ACTIVE),
                        r.get("report_count", Integer.class), r.get(PROBLEM_CATEGORY.VERSION)));
    }

    public boolean isActive(long id) {
        return dsl.fetchExists(PROBLEM_CATEGORY, PROBLEM_CATEGORY.ID.eq(id).and(PROBLEM_CATEGORY.ACTIVE.isTrue()));
    }

    public boolean hasReports(long id) {
        return dsl.fetchExists(PROBLEM_REPORT, PROBLEM_REPORT.CATEGORY_ID.eq(id));
    }

    /**
     * Changes a category's names, group, deadline, active flag and questions (the code stays: Open311 clients know
     * it); {@code false} when someone changed it since {@code version}.
     */
    public boolean update(long id, int version, NewCategory changes, boolean active) {
        int updated = dsl.update(PROBLEM_CATEGORY)
                .set(PROBLEM_CATEGORY.GROUP_CODE, changes.group().name())
                .set(PROBLEM_CATEGORY.NAME_UZ_LATN, changes.names().uzLatn())
                .set(PROBLEM_CATEGORY.NAME_UZ_CYRL, changes.names().uzCyrl())
                .set(PROBLEM_CATEGORY.NAME_RU, changes.names().ru())
                .set(PROBLEM_CATEGORY.NAME_EN, changes.names().en())
                .set(PROBLEM_CATEGORY.DEADLINE_DAYS, changes.deadlineDays())
                .set(PROBLEM_CATEGORY.ACTIVE, active)
                .set(PROBLEM_CATEGORY.VERSION, version + 1)
                .where(PROBLEM_CATEGORY.ID.eq(id).and(PROBLEM_CATEGORY.VERSION.eq(version)))
                .execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(PROBLEM_CATEGORY_ATTRIBUTE).where(PROBLEM_CATEGORY_ATTRIBUTE.CATEGORY_ID.eq(id)).execute();
        insertQuestions(id, changes.questions());
        return true;
    }

    /** Deletes a category that has no reports, with its questions and its place in service areas. */
    public void delete(long id) {
        dsl.deleteFrom(PROBLEM_CATEGORY_ATTRIBUTE).where(PROBLEM_CATEGORY_ATTRIBUTE.CATEGORY_ID.eq(id)).execute();
        dsl.deleteFrom(PROBLEM_AREA_CATEGORY).where(PROBLEM_AREA_CATEGORY.CATEGORY_ID.eq(id)).execute();
        dsl.deleteFrom(PROBLEM_CATEGORY).where(PROBLEM_CATEGORY.ID.eq(id)).execute();
    }

    private void insertQuestions(long id, List<CategoryQuestion> questions) {
        for (CategoryQuestion q : questions) {
            dsl.insertInto(PROBLEM_CATEGORY_ATTRIBUTE)
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.CATEGORY_ID, id)
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.CODE, q.code())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.DATATYPE, q.datatype())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.REQUIRED, q.required())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.POSITION, q.position())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.QUESTION_UZ_LATN, q.question().uzLatn())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.QUESTION_UZ_CYRL, q.question().uzCyrl())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.QUESTION_RU, q.question().ru())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.QUESTION_EN, q.question().en())
                    .set(PROBLEM_CATEGORY_ATTRIBUTE.LIST_VALUES, q.values().isEmpty() ? null
                            : q.values().stream().map(v -> v.key() + "=" + v.name()).collect(Collectors.joining("\n")))
                    .execute();
        }
    }

    private Map<Long, List<CategoryQuestion>> questions() {
        return dsl.selectFrom(PROBLEM_CATEGORY_ATTRIBUTE).orderBy(PROBLEM_CATEGORY_ATTRIBUTE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getCategoryId(), Collectors.mapping(r -> new CategoryQuestion(
                        r.getCode(), r.getDatatype(), r.getRequired(), r.getPosition(),
                        new LocalizedText(r.getQuestionUzLatn(), r.getQuestionUzCyrl(), r.getQuestionRu(),
                                r.getQuestionEn()),
                        choices(r.getListValues())), Collectors.toList())));
    }

    private static List<CategoryQuestion.Choice> choices(String lines) {
        List<CategoryQuestion.Choice> choices = new ArrayList<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    choices.add(new CategoryQuestion.Choice(line.substring(0, eq), line.substring(eq + 1)));
                }
            }
        }
        return List.copyOf(choices);
    }

    private static Category category(Record r, Map<Long, List<CategoryQuestion>> questions) {
        long id = r.get(PROBLEM_CATEGORY.ID);
        return new Category(id, r.get(PROBLEM_CATEGORY.CODE), CategoryGroup.valueOf(r.get(PROBLEM_CATEGORY.GROUP_CODE)),
                new LocalizedText(r.get(PROBLEM_CATEGORY.NAME_UZ_LATN), r.get(PROBLEM_CATEGORY.NAME_UZ_CYRL),
                        r.get(PROBLEM_CATEGORY.NAME_RU), r.get(PROBLEM_CATEGORY.NAME_EN)),
                r.get(PROBLEM_CATEGORY.DEADLINE_DAYS), questions.getOrDefault(id, List.of()));
    }
}
