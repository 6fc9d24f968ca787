package uz.muhokama.legislation;

/**
 * A provision an editor can pick, from any edition of an act.
 *
 * @param eId its id, the same across editions
 * @param heading its heading, or the start of its text for unheaded provisions
 */
public record ProvisionOption(String eId, String heading) {
}
