package uz.muhokama.search;

import java.time.LocalDate;
import java.util.Map;

/**
 * One searchable unit (an article of an act, a draft, a problem report), as a module hands it to the index.
 *
 * @param id unique in the index ({@code act:12:ru:chp_2__art_13})
 * @param group what it is replaced with ({@code act:12}): all documents of a group are replaced together
 * @param kind what sort of thing it is ({@code provision}), to search one kind only
 * @param language the language of its text: {@code uz-Latn}, {@code uz-Cyrl}, {@code ru} or {@code en}
 * @param title its title, searched with more weight
 * @param text its text
 * @param url where a hit opens
 * @param scope a narrower area one may search inside ({@code /act/uz/code/2022/798})
 * @param date its date, for sorting and year filters
 * @param facets values to filter and count by ({@code type=CODE}, {@code status=IN_FORCE})
 * @param stored values shown with a hit ({@code act=Mehnat kodeksi}, {@code label=13-modda.})
 */
public record SearchDocument(String id, String group, String kind, String language, String title, String text,
                             String url, String scope, LocalDate date, Map<String, String> facets,
                             Map<String, String> stored) {

    public SearchDocument {
        facets = Map.copyOf(facets);
        stored = Map.copyOf(stored);
    }
}
