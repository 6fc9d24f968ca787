package uz.muhokama.problems;

import java.util.List;

/**
 * An extra question of a category (an Open311 attribute).
 *
 * @param datatype one of Open311's datatypes: {@code string}, {@code number}, {@code text}, {@code singlevaluelist}
 * @param values the choices of a list question, in order
 */
public record CategoryQuestion(String code, String datatype, boolean required, int position, LocalizedText question,
                               List<Choice> values) {

    /** One choice of a list question. */
    public record Choice(String key, String name) {
    }
}
