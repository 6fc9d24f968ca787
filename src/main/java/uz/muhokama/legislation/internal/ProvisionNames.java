package uz.muhokama.legislation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * A provision's name for people, read from its eId in the reader's language: {@code chp_2__art_13__para_2} is
 * "13-modda, 2-qism" / "статья 13, часть 2". From the article down when there is one, else the innermost level.
 */
@Component
public class ProvisionNames {

    private static final Map<String, String> KEYS = Map.of(
            "part", "legislation.relations.name.part",
            "sec", "legislation.relations.name.section",
            "chp", "legislation.relations.name.chapter",
            "subchp", "legislation.relations.name.subchapter",
            "art", "legislation.relations.name.article",
            "para", "legislation.relations.name.paragraph",
            "point", "legislation.relations.name.point");

    private final Translations translations;

    ProvisionNames(Translations translations) {
        this.translations = translations;
    }

    public String of(String eId, SupportedLocale locale) {
        if (eId == null || eId.isBlank()) {
            return "";
        }
        String[] levels = eId.split("__");
        if (levels[0].equals("preamble")) {
            return translations.get(locale, "legislation.relations.name.preamble");
        }
        int from = levels.length - 1;
        for (int i = 0; i < levels.length; i++) {
            if (levels[i].startsWith("art_")) {
                from = i;
                break;
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = from; i < levels.length; i++) {
            int split = levels[i].indexOf('_');
            String key = split < 0 ? null : KEYS.get(levels[i].substring(0, split));
            names.add(key == null ? levels[i] : translations.get(locale, key, levels[i].substring(split + 1)));
        }
        return String.join(", ", names);
    }
}
