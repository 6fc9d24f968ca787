package uz.muhokama.legislation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.internal.JooqRelationRepository.CitationRow;

/**
 * Stores the citations an imported edition's text makes of other acts in the base, so that a cited act can show who
 * cites it. The same recognition as the links in the text ({@link ActCitations}); citations of the act itself and of
 * acts not in the base are not stored.
 */
@Component
public class ActCitationStore {

    private final JooqActQuery query;
    private final JooqRelationRepository relations;

    ActCitationStore(JooqActQuery query, JooqRelationRepository relations) {
        this.query = query;
        this.relations = relations;
    }

    /** Replaces the citations of the act's text in the edition's language by those of this edition. */
    public void store(long actId, String language, long editionId, ParsedText text) {
        Resolver resolver = new Resolver(actId);
        Set<CitationRow> rows = new LinkedHashSet<>();
        List<String> preamble = text.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            rows.addAll(resolver.citations("preamble__para_" + (i + 1), preamble.get(i)));
        }
        text.all().forEach(p -> rows.addAll(resolver.citations(p.eId(), p.text())));
        relations.replaceCitations(actId, language, editionId, rows);
    }

    /** Looks each cited act and article up once per edition. */
    private final class Resolver {

        private final long actId;
        private final Map<String, Optional<Long>> acts = new HashMap<>();
        private final Map<String, Optional<String>> codes = new HashMap<>();
        private final Map<String, Optional<String>> articles = new HashMap<>();

        Resolver(long actId) {
            this.actId = actId;
        }

        List<CitationRow> citations(String eId, String text) {
            List<CitationRow> rows = new ArrayList<>();
            for (ActCitations.Citation citation : ActCitations.find(text)) {
                cited(citation).filter(cited -> cited.citedActId() != actId)
                        .ifPresent(cited -> rows.add(new CitationRow(actId, eId, cited.citedActId(),
                                cited.citedEId())));
            }
            return rows;
        }

        private Optional<CitationRow> cited(ActCitations.Citation citation) {
            return switch (citation.kind()) {
                case NUMBER -> acts.computeIfAbsent("n:" + citation.target(), k -> query.idByNumberKey(
                        citation.target())).map(id -> new CitationRow(actId, "", id, null));
                case CODE_ARTICLE -> codes.computeIfAbsent(citation.target(), query::codeUri).flatMap(uri -> acts.computeIfAbsent(
                        "u:" + uri, k -> query.idByUri(uri)).map(id -> new CitationRow(actId, "", id,
                        articles.computeIfAbsent(uri + "#" + citation.article(),
                                k -> query.articleEId(uri, citation.article())).orElse(null))));
                case SAME_ACT_ARTICLE -> Optional.empty();
            };
        }
    }
}
