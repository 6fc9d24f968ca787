package uz.muhokama.legislation.internal.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.legislation.ProvisionKind;

/**
 * Recognises the headings of Uzbek (Latin and Cyrillic) and Russian legal texts: "UMUMIY QISM" / "ОБЩАЯ ЧАСТЬ",
 * "I BOʻLIM. …" / "РАЗДЕЛ I. …", "1-bob. …" / "1-боб. …" / "Глава 1. …", "1-§. …" / "§ 1. …", "13-modda. …" /
 * "13-модда. …" / "Статья 13. …", and the numbered points of a paragraph ("1)", "а)").
 */
final class HeadingClassifier {

    /** A heading found in a line: its level, number and the words after the number. */
    record Heading(ProvisionKind kind, String number, String title) {
    }

    private static final String APOSTROPHE = "[ʻʼ'‘’`]?";
    private static final String ARABIC = "(\\d+(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\.\\d+)?)";
    private static final String ROMAN = "([IVXLC]+)";
    private static final String REST = "\\s*[.:]?\\s*(.*)";

    private static final List<Rule> RULES = List.of(
            new Rule(ProvisionKind.PART, "^((?:UMUMIY|MAXSUS|УМУМИЙ|МАХСУС)\\s+(?:QISM|ҚИСМ)|(?:ОБЩАЯ|ОСОБЕННАЯ)\\s+ЧАСТЬ)\\s*$", false),
            new Rule(ProvisionKind.SECTION, "^" + ROMAN + "\\s+(?:BO" + APOSTROPHE + "LIM|БЎЛИМ)" + REST, true),
            new Rule(ProvisionKind.SECTION, "^" + ARABIC + "-(?:bo" + APOSTROPHE + "lim|бўлим)" + REST, true),
            new Rule(ProvisionKind.SECTION, "^(?:РАЗДЕЛ|Раздел)\\s+(" + "[IVXLC]+|\\d+" + ")" + REST, true),
            new Rule(ProvisionKind.CHAPTER, "^" + ARABIC + "-(?:bob|боб)" + REST, true),
            new Rule(ProvisionKind.CHAPTER, "^(?:Глава|ГЛАВА)\\s+" + ARABIC + REST, true),
            new Rule(ProvisionKind.SUBCHAPTER, "^" + ARABIC + "-§" + REST, true),
            new Rule(ProvisionKind.SUBCHAPTER, "^§\\s*" + ARABIC + REST, true),
            new Rule(ProvisionKind.ARTICLE, "^" + ARABIC + "-(?:modda|модда)" + REST, true),
            new Rule(ProvisionKind.ARTICLE, "^(?:Статья|СТАТЬЯ)\\s+" + ARABIC + REST, true));

    private static final Pattern POINT = Pattern.compile("^(\\d{1,3}|[a-zа-яё])\\)\\s+\\S.*", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.\\s+\\S.*", Pattern.DOTALL);

    private HeadingClassifier() {
    }

    /** The heading this line is, if it is one. */
    static Optional<Heading> heading(String line) {
        String text = line.strip();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.matches()) {
                if (!rule.numbered) {
                    return Optional.of(new Heading(rule.kind, "", m.group(1).strip()));
                }
                return Optional.of(new Heading(rule.kind, m.group(1), m.group(2).strip()));
            }
        }
        return Optional.empty();
    }

    /** The number of a point ("1", "a") when the paragraph starts as one. */
    static Optional<String> pointNumber(String paragraph) {
        Matcher m = POINT.matcher(paragraph.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The number of a numbered paragraph ("1. Tasdiqlansin …"), as decrees and resolutions number theirs. */
    static Optional<String> numberedParagraph(String paragraph) {
        Matcher m = NUMBERED.matcher(paragraph.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private record Rule(ProvisionKind kind, Pattern pattern, boolean numbered) {
        Rule(ProvisionKind kind, String regex, boolean numbered) {
            this(kind, Pattern.compile(regex, Pattern.DOTALL | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), numbered);
        }
    }
}
