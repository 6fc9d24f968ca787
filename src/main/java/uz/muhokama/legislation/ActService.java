package uz.muhokama.legislation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uz.muhokama.legislation.internal.JooqActQuery;

/** Reading the legislation base; everything here is public. */
@Service
@Transactional(readOnly = true)
public class ActService {

    public static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");

    private final JooqActQuery query;

    ActService(JooqActQuery query) {
        this.query = query;
    }

    public Optional<ActDetails> byUri(String uri) {
        return query.byUri(uri);
    }

    /** The act a number names in any script ({@code ЎРҚ-798}, {@code o'rq 798}), if the text is a number. */
    public Optional<String> uriForCitation(String text) {
        return ActNumbers.citationKey(text).flatMap(query::idByNumberKey).flatMap(query::uriById);
    }

    public List<ActSummary> list(String text, int offset, int limit) {
        return query.list(text, offset, Math.min(limit, 500));
    }

    /** The acts added or given a new edition last, newest first, for the news feed. */
    public List<ActUpdate> recentlyUpdated(int limit) {
        return query.recentlyUpdated(Math.min(limit, 200));
    }

    public int count(String text) {
        return query.count(text);
    }

    /**
     * The text of the act in a language as it read on a date: the edition valid that day. Empty when the act has no
     * text in that language on that day.
     */
    public Optional<EditionText> textOn(ActDetails act, String language, LocalDate date) {
        return act.editions().stream()
                .filter(e -> e.language().equals(language) && e.isValidOn(date))
                .findFirst()
                .map(query::text);
    }

    /** The current text in the language, or in the first language the act has. */
    public Optional<EditionText> currentText(ActDetails act, String preferredLanguage) {
        LocalDate today = LocalDate.now(TASHKENT);
        return textOn(act, preferredLanguage, today)
                .or(() -> act.languages().stream().map(l -> textOn(act, l, today)).flatMap(Optional::stream)
                        .findFirst())
                .or(() -> act.editions().stream().max(Comparator.comparing(EditionInfo::validFrom)).map(query::text));
    }

    public EditionText text(EditionInfo edition) {
        return query.text(edition);
    }
}
