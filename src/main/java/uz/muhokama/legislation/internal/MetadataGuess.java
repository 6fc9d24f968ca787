package uz.muhokama.legislation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ParsedText;

/**
 * What can be read of an act from its text: the language, the kind of act from its title, the number from the official
 * publication number ({@code 02/22/798/0972}: the third part is the act's number), the adoption date from the
 * national database's document title. Only a suggestion: the administrator confirms it.
 */
final class MetadataGuess {

    private static final Pattern PUBLICATION_NUMBER = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{1,5})/(\\d{4})");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final List<TypeRule> TYPE_RULES = List.of(
            new TypeRule(ActType.CONSTITUTION, "konstitutsiya|конституция"),
            new TypeRule(ActType.CODE, "kodeks|кодекс"),
            new TypeRule(ActType.PRESIDENTIAL_DECREE, "farmoni|фармони|указ президента"),
            new TypeRule(ActType.PRESIDENTIAL_RESOLUTION, "prezidentining qarori|президентининг қарори|постановление президента"),
            new TypeRule(ActType.CABINET_RESOLUTION, "vazirlar mahkamasining qarori|вазирлар маҳкамасининг қарори|постановление кабинета министров"),
            new TypeRule(ActType.LAW, "qonuni|қонуни|закон"));

    private MetadataGuess() {
    }

    static String language(ParsedText text) {
        String sample = sample(text);
        long latin = sample.chars().filter(c -> c < 0x250 && Character.isLetter(c)).count();
        long cyrillic = sample.chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
        if (cyrillic > latin) {
            long uzbek = sample.chars().filter(c -> "ўқғҳЎҚҒҲ".indexOf(c) >= 0).count();
            long russian = sample.chars().filter(c -> "ыэщЫЭЩ".indexOf(c) >= 0).count();
            return uzbek > russian ? "uz-Cyrl" : "ru";
        }
        String lower = sample.toLowerCase(Locale.ROOT);
        return count(lower, " the ") > count(lower, " va ") ? "en" : "uz-Latn";
    }

    static Optional<ActType> type(String title) {
        String lower = title == null ? "" : title.toLowerCase(Locale.ROOT);
        return TYPE_RULES.stream().filter(r -> r.pattern.matcher(lower).find()).map(TypeRule::type).findFirst();
    }

    static Optional<String> publicationNumber(ParsedText text) {
        return text.publication().stream().map(PUBLICATION_NUMBER::matcher).filter(Matcher::find)
                .map(Matcher::group).findFirst();
    }

    /** The act's number as people write it in that language, for law-numbered acts ({@code OʻRQ-798}). */
    static Optional<String> number(ParsedText text, Optional<ActType> type, String language) {
        return publicationNumber(text).map(n -> {
            Matcher m = PUBLICATION_NUMBER.matcher(n);
            m.find();
            return asWritten(m.group(3), type, language);
        });
    }

    /** Bare digits as the number is written in that language: law-numbered acts carry their prefix. */
    static String asWritten(String digits, Optional<ActType> type, String language) {
        boolean lawNumbered = type.map(t -> t.numberFamily().equals("zru")).orElse(false);
        if (!lawNumbered) {
            return digits;
        }
        return switch (language) {
            case "uz-Cyrl" -> "ЎРҚ-" + digits;
            case "ru" -> "ЗРУ-" + digits;
            default -> "OʻRQ-" + digits;
        };
    }

    static Optional<LocalDate> adoptedOn(ParsedText text) {
        try {
            return Optional.of(LocalDate.parse(text.documentTitle().strip(), DOTTED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String sample(ParsedText text) {
        StringBuilder sample = new StringBuilder(text.title()).append(' ');
        text.all().limit(200).map(ParsedProvision::text).forEach(t -> sample.append(t).append(' '));
        text.preamble().forEach(p -> sample.append(p).append(' '));
        return sample.length() > 20_000 ? sample.substring(0, 20_000) : sample.toString();
    }

    private static int count(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            count++;
        }
        return count;
    }

    private record TypeRule(ActType type, Pattern pattern) {
        TypeRule(ActType type, String regex) {
            this(type, Pattern.compile(regex));
        }
    }
}
