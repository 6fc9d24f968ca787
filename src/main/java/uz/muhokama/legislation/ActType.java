package uz.muhokama.legislation;

/**
 * The kinds of adopted acts, with the segment they take in an act's URI ({@code /act/uz/code/2022/798}) and the family
 * of their numbers: laws and codes share the law numbering ({@code OʻRQ-798} = {@code ЎРҚ-798} = {@code ЗРУ-798}).
 */
public enum ActType {
    CONSTITUTION("constitution", "zru"),
    CODE("code", "zru"),
    LAW("law", "zru"),
    PRESIDENTIAL_DECREE("decree", "pf"),
    PRESIDENTIAL_RESOLUTION("resolution", "pq"),
    CABINET_RESOLUTION("cabinet-resolution", "vmq"),
    DEPARTMENTAL_ACT("departmental", "moj"),
    INTERNATIONAL_TREATY("treaty", "int");

    private final String uriSegment;
    private final String numberFamily;

    ActType(String uriSegment, String numberFamily) {
        this.uriSegment = uriSegment;
        this.numberFamily = numberFamily;
    }

    public String uriSegment() {
        return uriSegment;
    }

    /** Acts whose numbers share one sequence share a family; a number key is family + digits. */
    public String numberFamily() {
        return numberFamily;
    }

    public static ActType fromUriSegment(String segment) {
        for (ActType type : values()) {
            if (type.uriSegment.equals(segment)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Unknown act type " + segment);
    }
}
