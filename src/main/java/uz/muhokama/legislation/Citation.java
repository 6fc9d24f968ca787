package uz.muhokama.legislation;

/**
 * A provision's text cites another act, and one of its articles when it names one ({@code PQ-4699},
 * "Mehnat kodeksining 13-moddasi"). Read from the text when an edition is imported.
 *
 * @param citing the provision whose text holds the citation
 * @param cited the act cited; its {@code eId} is {@code null} when no article is named
 */
public record Citation(ProvisionRef citing, ProvisionRef cited) {
}
