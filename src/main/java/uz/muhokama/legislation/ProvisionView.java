package uz.muhokama.legislation;

/**
 * A provision as the reading page shows it, in document order.
 *
 * @param kind its level
 * @param number its number as written
 * @param heading its heading
 * @param text its text
 * @param eId its id in permalinks
 * @param depth how deep it sits in the tree (0 for top level), for indentation and the table of contents
 */
public record ProvisionView(ProvisionKind kind, String number, String heading, String text, String eId, int depth) {
}
