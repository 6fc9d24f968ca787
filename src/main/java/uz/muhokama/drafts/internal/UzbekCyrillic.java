package uz.muhokama.drafts.internal;

/**
 * Uzbek Cyrillic letters in the Latin alphabet of 1995, as written without apostrophes ({@code ў} is {@code o},
 * {@code ғ} is {@code g}), so that the two scripts of one text compare equal. Russian letters that Uzbek lacks follow
 * the usual transliteration.
 */
final class UzbekCyrillic {

    private static final String[] LATIN = new String[64];

    static {
        String[][] pairs = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "yo"}, {"ж", "j"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "x"}, {"ц", "s"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "sh"}, {"ъ", ""}, {"ы", "i"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"},
        };
        for (String[] pair : pairs) {
            LATIN[index(pair[0].charAt(0))] = pair[1];
        }
    }

    private UzbekCyrillic() {
    }

    /**
     * The Latin letters for a lower-case Cyrillic letter, or null when it is not one; {@code е} at the start of a word
     * is {@code ye}, as Uzbek writes it.
     */
    static String latin(char c, boolean wordStart) {
        switch (c) {
            case 'ў':
                return "o";
            case 'қ':
                return "q";
            case 'ғ':
                return "g";
            case 'ҳ':
                return "h";
            case 'е':
                return wordStart ? "ye" : "e";
            default:
                int i = index(c);
                return i >= 0 && i < LATIN.length ? LATIN[i] : null;
        }
    }

    private static int index(char c) {
        if (c == 'ё') {
            return 32;
        }
        int i = c - 'а';
        return i >= 0 && i < 32 ? i : -1;
    }
}
