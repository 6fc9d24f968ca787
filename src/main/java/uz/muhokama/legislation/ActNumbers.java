package uz.muhokama.legislation;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.search.TextAnalyzers;

/**
 * Act numbers as people write them, in any script: {@code OʻRQ-798}, {@code ЎРҚ-798}, {@code ЗРУ-798},
 * {@code o'rq 798} all name law 798; {@code PF-60} = {@code ПФ-60} = {@code УП-60}; {@code PQ-4699} = {@code ПҚ-4699} =
 * {@code ПП-4699}. Each folds to one key, {@code family-digits} ({@code zru-798}), stored with the act and looked up
 * when a query is a citation.
 */
public final class ActNumbers {

    private static final Map<String, String> FAMILIES = Map.of(
            "orq", "zru", "zru", "zru",
            "pf", "pf", "up", "pf",
            "pq", "pq", "pp", "pq");
    private static final Pattern CITATION = Pattern.compile("^([a-z]{2,3})[\\s.-]*(\\d{1,6})(?:-son)?$");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,6})");

    private ActNumbers() {
    }

    /** The key of an act's number; acts without a lettered prefix use their type's family. */
    public static String key(ActType type, String number) {
        return citationKey(number).orElseGet(() -> {
            Matcher digits = DIGITS.matcher(number);
            String value = digits.find() ? digits.group(1) : TextAnalyzers.foldUzbek(number).replaceAll("\\W", "");
            return type.numberFamily() + "-" + value;
        });
    }

    /** The key a query names, if the whole query is an act number such as {@code ЎРҚ-798} or {@code o'rq 798}. */
    public static Optional<String> citationKey(String query) {
        if (query == null || query.length() > 40) {
            return Optional.empty();
        }
        Matcher m = CITATION.matcher(TextAnalyzers.foldUzbek(query.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String family = FAMILIES.get(m.group(1));
        return family == null ? Optional.empty() : Optional.of(family + "-" + m.group(2));
    }
}
