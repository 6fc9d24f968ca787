package uz.muhokama.legislation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An act as a list shows it.
 *
 * @param id the act
 * @param type its kind
 * @param number its number as written
 * @param adoptedOn its adoption date
 * @param status whether it is in force
 * @param uri its stable address
 * @param titles its title per language tag ({@code uz-Latn}, {@code uz-Cyrl}, {@code ru}, {@code en}); some may be
 *     missing
 */
public record ActSummary(long id, ActType type, String number, LocalDate adoptedOn, ActStatus status, String uri,
                         Map<String, String> titles) {

    private static final List<String> FALLBACK = List.of("uz-Latn", "uz-Cyrl", "ru", "en");

    public ActSummary {
        titles = Map.copyOf(titles);
    }

    /** The title in the given language, else in the first language that has one. */
    public String title(String language) {
        String title = titles.get(language);
        if (title != null) {
            return title;
        }
        return FALLBACK.stream().map(titles::get).filter(t -> t != null).findFirst().orElse(number);
    }
}
