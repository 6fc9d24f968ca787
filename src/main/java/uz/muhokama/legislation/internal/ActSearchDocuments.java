package uz.muhokama.legislation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionView;
import uz.muhokama.search.SearchDocument;

/**
 * An act's current text as search documents, one per article (with its paragraphs and points), so that a hit names
 * the act and the article and opens there. An act without articles is indexed paragraph by paragraph.
 */
public final class ActSearchDocuments {

    public static final String KIND = "provision";

    /** The label of an article in its text's language ("13-modda.", "Статья 13."). */
    public interface ArticleLabels {
        String article(String language, String number);
    }

    private ActSearchDocuments() {
    }

    public static String group(long actId) {
        return "act:" + actId;
    }

    public static List<SearchDocument> of(ActDetails act, List<EditionText> editions, ArticleLabels labels) {
        List<SearchDocument> documents = new ArrayList<>();
        for (EditionText edition : editions) {
            boolean structured = edition.provisions().stream().anyMatch(p -> p.kind() == ProvisionKind.ARTICLE);
            ProvisionView article = null;
            StringBuilder text = new StringBuilder();
            for (ProvisionView p : edition.provisions()) {
                if (structured && p.kind().isHeading()) {
                    if (article != null) {
                        documents.add(document(act, edition, article, text.toString(), labels));
                    }
                    article = p.kind() == ProvisionKind.ARTICLE ? p : null;
                    text.setLength(0);
                } else if (structured && article != null) {
                    text.append(p.text()).append('\n');
                } else if (!structured) {
                    documents.add(document(act, edition, p, p.text(), labels));
                }
            }
            if (article != null) {
                documents.add(document(act, edition, article, text.toString(), labels));
            }
        }
        return documents;
    }

    private static SearchDocument document(ActDetails act, EditionText edition, ProvisionView p, String text,
                                           ArticleLabels labels) {
        String language = edition.edition().language();
        String label = p.kind() == ProvisionKind.ARTICLE ? labels.article(language, p.number()) : "";
        String title = (label + " " + p.heading()).strip();
        String uri = act.summary().uri();
        LocalDate adopted = act.summary().adoptedOn();
        return new SearchDocument(
                "act:" + act.summary().id() + ":" + language + ":" + p.eId(),
                group(act.summary().id()),
                KIND,
                language,
                title.isEmpty() ? act.summary().title(language) : title,
                text,
                uri + "/" + p.eId() + "?lang=" + language,
                uri,
                adopted,
                Map.of("type", act.summary().type().name(), "status", act.summary().status().name()),
                Map.of("act", act.summary().title(language), "number", act.summary().number(), "eId", p.eId(),
                        "label", label, "heading", p.heading()));
    }
}
