package uz.muhokama.legislation.internal.parse;

import java.util.Locale;
import java.util.Map;

/** Numbers as eIds write them: Roman numerals in Arabic, superscripts and dots as hyphens, lower case. */
final class EIdNumbers {

    private static final Map<Character, Integer> ROMAN = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private EIdNumbers() {
    }

    static String normalise(String number) {
        String upper = number.toUpperCase(Locale.ROOT);
        if (upper.matches("[IVXLC]+")) {
            return String.valueOf(fromRoman(upper));
        }
        StringBuilder out = new StringBuilder();
        boolean inSuperscript = false;
        for (char c : number.toCharArray()) {
            int digit = SUPERSCRIPTS.indexOf(c);
            if (digit >= 0) {
                out.append(inSuperscript ? "" : "-").append(digit);
                inSuperscript = true;
            } else {
                inSuperscript = false;
                out.append(c == '.' ? '-' : Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    static int fromRoman(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int value = ROMAN.get(roman.charAt(i));
            boolean subtract = i + 1 < roman.length() && ROMAN.get(roman.charAt(i + 1)) > value;
            total += subtract ? -value : value;
        }
        return total;
    }
}
