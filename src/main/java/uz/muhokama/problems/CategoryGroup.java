package uz.muhokama.problems;

/** The utility service a category belongs to; also the Open311 {@code group}. */
public enum CategoryGroup {
    WATER,
    SEWAGE,
    POWER,
    GAS,
    HEATING,
    WASTE,
    ROADS,
    LIGHTING,
    LIFTS,
    YARDS;

    /** The lower-case code used in Open311 and in message keys. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
