package uz.muhokama.legislation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionView;

/**
 * Where the citations in an edition's text lead: an act number to the act, an article of a named code or of the act
 * itself to that article's permalink. A citation of an act that is not in the base leads nowhere and stays text.
 */
@Component
public class ActCitationLinks {

    private final JooqActQuery query;

    ActCitationLinks(JooqActQuery query) {
        this.query = query;
    }

    /** The links for one rendering of one edition; answers are remembered for that rendering only. */
    public ActHtml.CitationLinks forText(String actUri, EditionText text) {
        Map<String, String> ownArticles = text.provisions().stream()
                .filter(p -> p.kind() == ProvisionKind.ARTICLE)
                .collect(Collectors.toMap(ProvisionView::number, ProvisionView::eId, (a, b) -> a));
        Map<String, Optional<String>> acts = new HashMap<>();
        Map<String, Optional<String>> articles = new HashMap<>();
        return citation -> switch (citation.kind()) {
            case NUMBER -> acts.computeIfAbsent("n:" + citation.target(),
                    k -> query.idByNumberKey(citation.target()).flatMap(query::uriById));
            case SAME_ACT_ARTICLE -> Optional.ofNullable(ownArticles.get(citation.article()))
                    .map(eId -> actUri + "/" + eId);
            case CODE_ARTICLE -> acts.computeIfAbsent("c:" + citation.target(), k -> query.codeUri(citation.target()))
                    .flatMap(uri -> articles.computeIfAbsent(uri + "#" + citation.article(),
                                    k -> query.articleEId(uri, citation.article()).map(eId -> uri + "/" + eId))
                            .or(() -> Optional.of(uri)));
        };
    }

}
