package uz.muhokama.problems.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.CategoryQuestion;
import uz.muhokama.problems.ProblemException;

/** Answers to a category's extra questions: checked against the questions, stored as lines {@code code=value}. */
public final class Answers {

    private static final int VALUE_MAX = 500;

    private Answers() {
    }

    /** @throws ProblemException {@code problems.error.answerRequired} or {@code problems.error.answerInvalid} */
    public static Map<String, String> check(Category category, Map<String, String> answers) {
        Map<String, String> given = answers == null ? Map.of() : answers;
        Map<String, String> clean = new LinkedHashMap<>();
        for (CategoryQuestion question : category.questions()) {
            String value = given.get(question.code());
            if (value == null || value.isBlank()) {
                if (question.required()) {
                    throw new ProblemException("problems.error.answerRequired", question.code());
                }
                continue;
            }
            String text = TextRules.line(value, 1, VALUE_MAX, "problems.error.answerInvalid");
            if (question.datatype().equals("singlevaluelist")
                    && question.values().stream().noneMatch(v -> v.key().equals(text))) {
                throw new ProblemException("problems.error.answerInvalid", question.code());
            }
            if (question.datatype().equals("number") && !text.matches("-?\\d{1,9}([.,]\\d{1,6})?")) {
                throw new ProblemException("problems.error.answerInvalid", question.code());
            }
            clean.put(question.code(), text);
        }
        return clean;
    }

    public static String store(Map<String, String> answers) {
        return answers.isEmpty() ? null : answers.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    public static Map<String, String> read(String stored) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (stored != null) {
            for (String line : stored.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    answers.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return answers;
    }
}
