package uz.muhokama.legislation.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.ProvisionView;

/**
 * Writes an edition's text as one HTML fragment: a page of thousands of provisions stays one element in the browser
 * instead of thousands of server-side components. Every provision carries its eId as the element id; every heading has
 * a permalink and a copy-link button. All text is escaped: nothing from a document is ever markup.
 */
public final class ActHtml {

    /** Labels of numbered headings in the text's own language ("13-modda.", "Статья 13."). */
    public interface Labels {
        String label(ProvisionKind kind, String number);

        String copyLink();
    }

    /** Where a citation in the text leads, if anywhere (an address of this site). */
    public interface CitationLinks {
        Optional<String> href(ActCitations.Citation citation);

        CitationLinks NONE = citation -> Optional.empty();
    }

    /** Markup to show after a provision, such as what amended it; escaped by whoever writes it. */
    public interface Notes {
        String after(String eId);

        Notes NONE = eId -> "";
    }

    private ActHtml() {
    }

    public static String render(EditionText text, String actUri, Labels labels, String highlightedEId) {
        return render(text, actUri, labels, highlightedEId, CitationLinks.NONE);
    }

    /** The text with its citations of acts in the base as links ({@code PQ-4699}, "Mehnat kodeksining 13-moddasi"). */
    public static String render(EditionText text, String actUri, Labels labels, String highlightedEId,
                                CitationLinks citations) {
        return render(text, actUri, labels, highlightedEId, citations, Notes.NONE);
    }

    /** The text with citations as links and each provision followed by its notes. */
    public static String render(EditionText text, String actUri, Labels labels, String highlightedEId,
                                CitationLinks citations, Notes notes) {
        StringBuilder html = new StringBuilder(text.provisions().size() * 300);
        html.append("<div class=\"act-text\" lang=\"").append(text.edition().language()).append("\">");
        boolean inArticle = false;
        for (ProvisionView p : text.provisions()) {
            if (p.kind().isHeading() && inArticle) {
                html.append("</section>");
                inArticle = false;
            }
            if (p.kind() == ProvisionKind.ARTICLE) {
                html.append("<section class=\"article").append(p.eId().equals(highlightedEId) ? " highlighted" : "")
                        .append("\" id=\"").append(escape(p.eId())).append("\">");
                inArticle = true;
            }
            if (p.kind().isHeading()) {
                heading(html, p, actUri, labels);
            } else {
                html.append("<p class=\"prov-").append(p.kind().name().toLowerCase())
                        .append(p.eId().equals(highlightedEId) ? " highlighted" : "")
                        .append("\" id=\"").append(escape(p.eId())).append("\">")
                        .append(linked(p.text(), citations)).append("</p>");
            }
            html.append(notes.after(p.eId()));
        }
        if (inArticle) {
            html.append("</section>");
        }
        return html.append("</div>").toString();
    }

    /** Two languages side by side, provision by provision, matched by eId. */
    public static String renderSideBySide(EditionText left, EditionText right, String actUri, Labels leftLabels,
                                   Labels rightLabels) {
        Map<String, ProvisionView> others = right.provisions().stream()
                .collect(Collectors.toMap(ProvisionView::eId, Function.identity(), (a, b) -> a));
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"act-parallel\">");
        for (ProvisionView p : left.provisions()) {
            ProvisionView other = others.get(p.eId());
            html.append("<div class=\"parallel-row\" id=\"").append(escape(p.eId())).append("\">");
            cell(html, p, left.edition().language(), actUri, leftLabels);
            if (other == null) {
                html.append("<div class=\"parallel-cell missing\"></div>");
            } else {
                cell(html, other, right.edition().language(), actUri, rightLabels);
            }
            html.append("</div>");
        }
        return html.append("</div>").toString();
    }

    /** The table of contents: the headings down to articles, as in-page links. */
    public static String toc(List<ProvisionView> provisions, Labels labels) {
        StringBuilder html = new StringBuilder("<ol class=\"toc\">");
        for (ProvisionView p : provisions) {
            if (p.kind().isHeading()) {
                html.append("<li class=\"toc-").append(p.kind().name().toLowerCase())
                        .append("\"><a router-ignore href=\"#").append(escape(p.eId())).append("\">")
                        .append(escape(title(p, labels))).append("</a></li>");
            }
        }
        return html.append("</ol>").toString();
    }

    private static void cell(StringBuilder html, ProvisionView p, String language, String actUri, Labels labels) {
        html.append("<div class=\"parallel-cell\" lang=\"").append(language).append("\">");
        if (p.kind().isHeading()) {
            heading(html, p, actUri, labels);
        } else {
            html.append("<p>").append(escape(p.text())).append("</p>");
        }
        html.append("</div>");
    }

    private static void heading(StringBuilder html, ProvisionView p, String actUri, Labels labels) {
        int level = Math.min(6, 2 + Math.min(p.depth(), 3));
        String permalink = actUri + "/" + p.eId();
        html.append("<h").append(level).append(" class=\"prov-heading prov-").append(p.kind().name().toLowerCase())
                .append("\"");
        if (p.kind() != ProvisionKind.ARTICLE) {
            html.append(" id=\"").append(escape(p.eId())).append("\"");
        }
        html.append(">");
        String label = labels.label(p.kind(), p.number());
        if (!label.isEmpty()) {
            html.append("<a class=\"prov-number\" href=\"").append(escape(permalink)).append("\">")
                    .append(escape(label)).append("</a> ");
        }
        html.append("<span class=\"prov-title\">").append(escape(p.heading())).append("</span>");
        if (p.kind() == ProvisionKind.ARTICLE) {
            html.append(" <button type=\"button\" class=\"copy-link\" data-copy=\"").append(escape(permalink))
                    .append("\" title=\"").append(escape(labels.copyLink())).append("\" aria-label=\"")
                    .append(escape(labels.copyLink())).append("\">#</button>");
        }
        html.append("</h").append(level).append(">");
    }

    private static String title(ProvisionView p, Labels labels) {
        String label = labels.label(p.kind(), p.number());
        return label.isEmpty() ? p.heading() : label + " " + p.heading();
    }

    /** Escapes the text and wraps each citation that leads somewhere in a link; the rest stays plain text. */
    static String linked(String text, CitationLinks citations) {
        if (citations == CitationLinks.NONE) {
            return escape(text);
        }
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (ActCitations.Citation citation : ActCitations.find(text)) {
            Optional<String> href = citations.href(citation);
            if (href.isEmpty()) {
                continue;
            }
            html.append(escape(text.substring(at, citation.start())))
                    .append("<a class=\"citation\" href=\"").append(escape(href.get())).append("\">")
                    .append(escape(text.substring(citation.start(), citation.end()))).append("</a>");
            at = citation.end();
        }
        return html.append(escape(text.substring(at))).toString();
    }

    public static String escape(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
