package uz.muhokama.legislation.internal;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.internal.JooqRelationRepository.ActKey;
import uz.muhokama.legislation.internal.JooqRelationRepository.CitationRow;
import uz.muhokama.legislation.internal.JooqRelationRepository.PendingCitation;

/**
 * Stores the citations an imported edition's text makes of other acts, so that a cited act can show who cites it. The
 * same recognition as the links in the text ({@link ActCitations}). A citation of an act in the base is stored
 * resolved; one of an act not in the base yet is stored pending, under the key that names the act (its number key, or
 * the subject of a code), and {@link #resolvePending(long)} resolves it when that act is imported. Citations of the act
 * itself are not stored.
 */
@Component
public class ActCitationStore {

    private static final int MAX_KEY = 200;
    private static final int MAX_ARTICLE = 16;

    private final JooqActQuery query;
    private final JooqRelationRepository relations;

    ActCitationStore(JooqActQuery query, JooqRelationRepository relations) {
        this.query = query;
        this.relations = relations;
    }

    /** Replaces the citations of the act's text in the edition's language by those of this edition. */
    public void store(long actId, String language, long editionId, ParsedText text) {
        Resolver resolver = new Resolver(actId);
        List<String> preamble = text.preamble();
        for (int i = 0; i < preamble.size(); i++) {
            resolver.read("preamble__para_" + (i + 1), preamble.get(i));
        }
        text.all().forEach(p -> resolver.read(p.eId(), p.text()));
        relations.replaceCitations(actId, language, editionId, resolver.resolved, resolver.pending);
    }

    /**
     * Resolves the pending citations that name this act: by its number key, and, for a code, by the subject its title
     * gives ("Mehnat kodeksi", "Трудовой кодекс"), with the cited article when the act has it. Touches only pending
     * rows, so running it again changes nothing.
     */
    public void resolvePending(long actId) {
        Optional<ActKey> key = relations.keyOf(actId);
        if (key.isEmpty()) {
            return;
        }
        relations.resolveNumberCitations(key.get().numberKey(), actId);
        if (key.get().type() != ActType.CODE) {
            return;
        }
        String uri = key.get().uri();
        for (String codeKey : relations.pendingCodeKeys()) {
            String subject = codeKey.substring(JooqRelationRepository.CODE_KEY_PREFIX.length());
            if (query.codeUri(subject).filter(uri::equals).isEmpty()) {
                continue;
            }
            for (String article : relations.pendingArticles(codeKey)) {
                String eId = article.isEmpty() ? null : query.articleEId(uri, article).orElse(null);
                relations.resolveCodeCitations(codeKey, article, actId, eId);
            }
        }
    }

    /** Looks each cited act and article up once per edition. */
    private final class Resolver {

        private final long actId;
        private final Set<CitationRow> resolved = new LinkedHashSet<>();
        private final Set<PendingCitation> pending = new LinkedHashSet<>();
        private final Map<String, Optional<Long>> acts = new HashMap<>();
        private final Map<String, Optional<String>> codes = new HashMap<>();
        private final Map<String, Optional<String>> articles = new HashMap<>();

        Resolver(long actId) {
            this.actId = actId;
        }

        void read(String eId, String text) {
            for (ActCitations.Citation citation : ActCitations.find(text)) {
                switch (citation.kind()) {
                    case NUMBER -> acts.computeIfAbsent("n:" + citation.target(),
                                    k -> query.idByNumberKey(citation.target()))
                            .ifPresentOrElse(id -> cited(eId, id, null),
                                    () -> pending(eId, citation.target(), null));
                    case CODE_ARTICLE -> codes.computeIfAbsent(citation.target(), query::codeUri)
                            .ifPresentOrElse(uri -> acts.computeIfAbsent("u:" + uri, k -> query.idByUri(uri))
                                            .ifPresent(id -> cited(eId, id, articles.computeIfAbsent(
                                                    uri + "#" + citation.article(),
                                                    k -> query.articleEId(uri, citation.article())).orElse(null))),
                                    () -> pending(eId, JooqRelationRepository.CODE_KEY_PREFIX + citation.target(),
                                            citation.article()));
                    case SAME_ACT_ARTICLE -> {
                    }
                }
            }
        }

        private void cited(String eId, long citedActId, String citedEId) {
            if (citedActId != actId) {
                resolved.add(new CitationRow(actId, eId, citedActId, citedEId));
            }
        }

        private void pending(String eId, String key, String article) {
            if (key.length() <= MAX_KEY && (article == null || article.length() <= MAX_ARTICLE)) {
                pending.add(new PendingCitation(actId, eId, key, article == null || article.isEmpty() ? null
                        : article));
            }
        }
    }
}
