package uz.muhokama.legislation;

/**
 * A provision of an act, named by its eId (the same across the act's editions), or the whole act.
 *
 * @param act the act
 * @param eId the provision ({@code chp_2__art_13}), or {@code null} for the act as a whole
 */
public record ProvisionRef(ActSummary act, String eId) {

    /** Its permalink: the provision's address, or the act's. */
    public String href() {
        return eId == null ? act.uri() : act.uri() + "/" + eId;
    }
}
