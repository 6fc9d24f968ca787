package uz.muhokama.legislation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.legislation.ActNumbers;
import uz.muhokama.search.TextAnalyzers;

/**
 * Finds citations in the text of a provision: act numbers in any script ({@code ПҚ-4699}, {@code PQ-4699-son},
 * {@code OʻRQ-798}, {@code ЗРУ-798}), articles of a named code ({@code Mehnat kodeksining 13-moddasi},
 * {@code статья 13 Трудового кодекса}) and articles of the act itself ({@code ushbu Kodeksning 13-moddasi},
 * {@code статьи 13 настоящего Кодекса}), in Uzbek Latin and Cyrillic and in Russian. Whether a citation becomes a link is decided by whoever renders it: only
 * acts in the base are linked.
 */
public final class ActCitations {

    /** What a citation names. */
    public enum Kind {
        /** An act by its number; {@link Citation#target()} is the number key ({@code pq-4699}). */
        NUMBER,
        /** An article of a code named by its subject; the target is the start of that name ({@code mehnat}). */
        CODE_ARTICLE,
        /** An article of the act being read. */
        SAME_ACT_ARTICLE
    }

    /**
     * One citation.
     *
     * @param start where it starts in the text
     * @param end where it ends (exclusive)
     * @param kind what it names
     * @param target the number key or the code's name, empty for the same act
     * @param article the article number, or empty
     */
    public record Citation(int start, int end, Kind kind, String target, String article) {
    }

    private static final String APOSTROPHES = "ʻʼ'‘’`";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:O[" + APOSTROPHES + "]?RQ|ЎРҚ|ЗРУ|ZRU|PQ|ПҚ|ПП|PF|ПФ|УП)[ -–]?\\d{1,6}(?:-son)?"
                    + "(?![\\p{N}])");
    private static final Pattern UZ_CODE = Pattern.compile(
            "(?<![\\p{L}])(\\p{Lu}[\\p{L}" + APOSTROPHES + "]{2,}) kodeksining (\\d{1,4})-moddasi\\p{L}*");
    private static final Pattern UZ_SAME = Pattern.compile(
            "(?<![\\p{L}])[Uu]shbu (?:Kodeks|Qonun|Qaror|Farmon)ning (\\d{1,4})-moddasi\\p{L}*");
    private static final Pattern UZ_CYRL_CODE = Pattern.compile(
            "(?<![\\p{L}])([А-ЯЎҚҒҲ][\\p{L}]{2,}) кодексининг (\\d{1,4})-моддаси\\p{L}*");
    private static final Pattern UZ_CYRL_SAME = Pattern.compile(
            "(?<![\\p{L}])[Уу]шбу (?:Кодекс|Қонун|Қарор|Фармон)нинг (\\d{1,4})-моддаси\\p{L}*");
    private static final Pattern RU_CODE = Pattern.compile(
            "(?<![\\p{L}])[Сс]тать(?:я|и|е|ю|ей) (\\d{1,4}) ([А-ЯЁ][а-яё]{3,}) [Кк]одекса");
    private static final Pattern RU_SAME = Pattern.compile(
            "(?<![\\p{L}])[Сс]тать(?:я|и|е|ю|ей) (\\d{1,4}) настоящего (?:Кодекса|Закона)");

    private ActCitations() {
    }

    public static List<Citation> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Citation> found = new ArrayList<>();
        Matcher numbers = NUMBER.matcher(text);
        while (numbers.find()) {
            int start = numbers.start();
            int end = numbers.end();
            ActNumbers.citationKey(numbers.group())
                    .ifPresent(key -> found.add(new Citation(start, end, Kind.NUMBER, key, "")));
        }
        Matcher m = UZ_CODE.matcher(text);
        while (m.find()) {
            found.add(new Citation(m.start(), m.end(), Kind.CODE_ARTICLE, m.group(1).toLowerCase(Locale.ROOT),
                    m.group(2)));
        }
        m = UZ_CYRL_CODE.matcher(text);
        while (m.find()) {
            // Codes are looked up by their Latin title: "Меҳнат" is "mehnat" there.
            found.add(new Citation(m.start(), m.end(), Kind.CODE_ARTICLE, TextAnalyzers.foldUzbek(m.group(1)),
                    m.group(2)));
        }
        m = RU_CODE.matcher(text);
        while (m.find()) {
            String adjective = m.group(2).toLowerCase(Locale.ROOT);
            // "Трудового", "Трудовым" → "трудов": the stem that the code's title ("Трудовой кодекс") contains.
            String stem = adjective.substring(0, adjective.length() - (adjective.length() > 6 ? 3 : 2));
            found.add(new Citation(m.start(), m.end(), Kind.CODE_ARTICLE, stem, m.group(1)));
        }
        for (Pattern same : List.of(UZ_SAME, UZ_CYRL_SAME, RU_SAME)) {
            m = same.matcher(text);
            while (m.find()) {
                found.add(new Citation(m.start(), m.end(), Kind.SAME_ACT_ARTICLE, "", m.group(1)));
            }
        }
        found.sort(Comparator.comparingInt(Citation::start).thenComparing(c -> -c.end()));
        List<Citation> disjoint = new ArrayList<>();
        int reached = 0;
        for (Citation c : found) {
            if (c.start() >= reached) {
                disjoint.add(c);
                reached = c.end();
            }
        }
        return disjoint;
    }
}
