package uz.muhokama.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uz.muhokama.search.SearchRequest;

/**
 * Two hundred searches as people type them into the legislation search: words and phrases in Uzbek Latin (with every
 * apostrophe), Uzbek Cyrillic and Russian in several word forms, quoted phrases, prefixes, exclusions, act numbers
 * and citations in any script; the second half repeats them with filters (type, status, language, years) or sorted
 * by date.
 */
final class LegislationBenchQueries {

    static final String KIND = "provision";

    private static final List<String> WORDS = List.of(
            "mehnat shartnomasi", "ish vaqti", "mehnat taʼtili", "ish haqi", "xodimni ishdan boʻshatish",
            "mehnat nizolari", "kasaba uyushmasi", "ish beruvchining majburiyatlari", "sinov muddati", "tungi ish",
            "homiladorlik va tugʻish taʼtili", "moddiy javobgarlik", "jamoa shartnomasi", "mehnatni muhofaza qilish",
            "ish vaqtidan tashqari ishlar", "dam olish kunlari", "oʻrindoshlik", "voyaga yetmaganlar",
            "intizomiy jazo", "ishga qabul qilish", "mehnat to'g'risidagi qonunchilik", "o‘rindoshlik asosida",
            "ta'til haqi", "mehnat to’g’risidagi qonunchilikning o’zaro nisbati",
            "меҳнат шартномаси", "иш вақти", "иш ҳақи", "меҳнат таътили", "касаба уюшмаси",
            "ходимни ишдан бўшатиш", "жамоа шартномаси", "синов муддати",
            "трудовой договор", "трудового договора", "трудовым договором", "рабочее время", "отпуска",
            "отпуск по беременности и родам", "заработной платы", "увольнение работника",
            "расторжение трудового договора", "профессиональный союз", "сверхурочная работа", "испытательный срок",
            "материальная ответственность работника", "коллективный договор", "охрана труда", "ночное время",
            "несовершеннолетних работников", "дисциплинарное взыскание", "работодатель обязан", "выходные дни",
            "соотношение трудового законодательства и иных правовых актов",
            "\"mehnat shartnomasi\"", "\"ish beruvchi\"", "\"трудовой договор\"", "\"рабочего времени\"",
            "\"иш берувчи\"", "\"mehnat taʼtili\"", "\"заработная плата\"",
            "mehnat shartnoma*", "boʻshat*", "ishdan*", "уволь*", "отпуск*", "трудов* договор*", "шартнома*",
            "kafolat*", "компенсац*",
            "13-modda", "Статья 13", "статья 81", "ZRU-798", "ЎРҚ-798", "o'rq 798", "ЗРУ-798", "PQ-4699",
            "ПҚ-4699", "409-son", "2022 yil 28 oktyabr", "28 октября 2022 года", "15 kun", "30 дней",
            "mehnat -shartnoma", "отпуск -беременности", "ish beruvchi xodim", "работник работодатель",
            "xodim", "работник", "mehnat", "труд", "haq", "договор", "ish", "оплата труда", "ish haqini toʻlash",
            "иш ҳақини тўлаш", "минимальный размер заработной платы", "eng kam ish haqi", "пенсия", "pensiya",
            "nogironligi boʻlgan shaxslar", "лица с инвалидностью", "chet el fuqarolari", "иностранные граждане");

    private LegislationBenchQueries() {
    }

    /** The same search's second page of ten, which the search page asks for without facets. */
    static SearchRequest nextPage(SearchRequest first) {
        return new SearchRequest(first.query(), first.kind(), first.filters(), first.yearFrom(), first.yearTo(),
                first.scope(), first.byDate(), 10, 10);
    }

    /** The same search's first page of ten without facets: what the search page asks for first. */
    static SearchRequest hitsOnly(SearchRequest first) {
        return new SearchRequest(first.query(), first.kind(), first.filters(), first.yearFrom(), first.yearTo(),
                first.scope(), first.byDate(), 0, 10, false);
    }

    static List<SearchRequest> all() {
        List<SearchRequest> queries = new ArrayList<>();
        for (String words : WORDS) {
            queries.add(new SearchRequest(words, KIND, Map.of(), null, null, null, false, 0, 10));
        }
        for (int i = 0; queries.size() < 200; i++) {
            String words = WORDS.get(i * 7 % WORDS.size());
            queries.add(switch (i % 5) {
                case 0 -> new SearchRequest(words, KIND, Map.of("type", Set.of("CODE", "LAW")), null, null, null,
                        false, 0, 10);
                case 1 -> new SearchRequest(words, KIND, Map.of(), 2015, 2020, null, false, 0, 10);
                case 2 -> new SearchRequest(words, KIND, Map.of("status", Set.of("IN_FORCE")), null, null, null,
                        true, 0, 10);
                case 3 -> new SearchRequest(words, KIND, Map.of("language", Set.of("ru")), 2000, null, null, false,
                        0, 10);
                default -> new SearchRequest(words, KIND,
                        Map.of("type", Set.of("PRESIDENTIAL_DECREE"), "language", Set.of("uz-Latn", "uz-Cyrl")),
                        2010, 2025, null, false, 0, 10);
            });
        }
        return List.copyOf(queries);
    }
}
