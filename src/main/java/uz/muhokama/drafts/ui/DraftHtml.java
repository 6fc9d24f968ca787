package uz.muhokama.drafts.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jsoup.nodes.Entities;
import uz.muhokama.drafts.DraftProvision;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.shared.text.WordDiff;

/**
 * Writes a draft's text, its table of contents and the difference between two versions as HTML fragments: one
 * element in the browser for a text of any length. Every provision carries its eId as element id and every heading a
 * permalink; all text is escaped, nothing from a document is ever markup.
 */
final class DraftHtml {

    private DraftHtml() {
    }

    /**
     * The comment button under each article: what it says and how many comments each provision has, by stable key.
     *
     * @param label the button's text ("Comment")
     * @param title its longer description for screen readers and tooltips, given the article's label
     */
    record CommentButtons(String label, Function<String, String> title, Map<String, Integer> counts) {
    }

    static String text(List<DraftProvision> provisions, String base, BiFunction<ProvisionKind, String, String> labels,
                       String highlighted) {
        return text(provisions, base, labels, highlighted, null);
    }

    /** The text; with {@code comments}, every article ends with a button to its comments ({@code data-comment-eid}). */
    static String text(List<DraftProvision> provisions, String base, BiFunction<ProvisionKind, String, String> labels,
                       String highlighted, CommentButtons comments) {
        StringBuilder html = new StringBuilder(provisions.size() * 300);
        html.append("<div class=\"draft-text\">");
        DraftProvision article = null;
        for (DraftProvision p : provisions) {
            if (p.kind().isHeading() && article != null) {
                closeArticle(html, article, labels, comments);
                article = null;
            }
            String mark = p.eId().equals(highlighted) ? " highlighted" : "";
            if (p.kind() == ProvisionKind.ARTICLE) {
                html.append("<section class=\"draft-article").append(mark).append("\" id=\"").append(esc(p.eId()))
                        .append("\">");
                article = p;
            }
            if (p.kind().isHeading()) {
                html.append("<h3 class=\"draft-heading draft-h-").append(p.kind().name().toLowerCase())
                        .append("\"").append(p.kind() == ProvisionKind.ARTICLE ? "" : " id=\"" + esc(p.eId()) + "\"")
                        .append("><a class=\"draft-permalink\" href=\"").append(esc(base + "/" + p.eId()))
                        .append("\">").append(esc(labels.apply(p.kind(), p.number()))).append("</a> ")
                        .append(esc(p.heading())).append("</h3>");
                if (!p.text().isBlank()) {
                    html.append("<p>").append(esc(p.text())).append("</p>");
                }
            } else {
                html.append("<p class=\"draft-p-").append(p.kind().name().toLowerCase()).append(mark)
                        .append("\" id=\"").append(esc(p.eId())).append("\">").append(esc(p.text())).append("</p>");
            }
        }
        if (article != null) {
            closeArticle(html, article, labels, comments);
        }
        return html.append("</div>").toString();
    }

    private static void closeArticle(StringBuilder html, DraftProvision article,
                                     BiFunction<ProvisionKind, String, String> labels, CommentButtons comments) {
        if (comments != null) {
            int count = comments.counts().getOrDefault(article.stableKey(), 0);
            String title = comments.title().apply(
                    (labels.apply(article.kind(), article.number()) + " " + article.heading()).strip());
            html.append("<button type=\"button\" class=\"comment-open").append(count > 0 ? " has-comments" : "")
                    .append("\" id=\"comment-open-").append(esc(article.eId()))
                    .append("\" data-comment-eid=\"").append(esc(article.eId())).append("\" title=\"")
                    .append(esc(title)).append("\"><span class=\"comment-open-label\">")
                    .append(esc(comments.label())).append("</span><span class=\"comment-open-count\">")
                    .append(count).append("</span></button>");
        }
        html.append("</section>");
    }

    static String toc(List<DraftProvision> provisions, String base, BiFunction<ProvisionKind, String, String> labels) {
        StringBuilder html = new StringBuilder("<ul class=\"draft-toc-list\">");
        for (DraftProvision p : provisions) {
            if (p.kind().isHeading()) {
                html.append("<li class=\"draft-toc-").append(p.kind().name().toLowerCase()).append("\"><a href=\"")
                        .append(esc(base + "/" + p.eId())).append("\">")
                        .append(esc((labels.apply(p.kind(), p.number()) + " " + p.heading()).strip()))
                        .append("</a></li>");
            }
        }
        return html.append("</ul>").toString();
    }

    /**
     * The article-by-article difference between two versions, matched by stable key: changed provisions with their
     * words marked, new ones marked inserted, dropped ones marked deleted; unchanged ones are left out.
     */
    static String diff(List<DraftProvision> older, List<DraftProvision> newer,
                       BiFunction<ProvisionKind, String, String> labels, String unchangedMessage) {
        return diff(older, newer, labels, unchangedMessage, null);
    }

    /**
     * The difference as above; with {@code renumbered}, a provision that only changed its number is listed too, its
     * label followed by what {@code renumbered} says of its old label ("formerly article 2").
     */
    static String diff(List<DraftProvision> older, List<DraftProvision> newer,
                       BiFunction<ProvisionKind, String, String> labels, String unchangedMessage,
                       Function<String, String> renumbered) {
        Map<String, DraftProvision> before = new LinkedHashMap<>();
        older.forEach(p -> before.putIfAbsent(p.stableKey(), p));
        StringBuilder html = new StringBuilder("<div class=\"draft-diff\">");
        int changes = 0;
        for (DraftProvision p : newer) {
            DraftProvision old = before.remove(p.stableKey());
            String now = render(p);
            String was = old == null ? "" : render(old);
            String label = labels.apply(p.kind(), p.number());
            boolean moved = renumbered != null && old != null && !old.number().equals(p.number());
            if (moved) {
                label += " " + renumbered.apply(labels.apply(old.kind(), old.number()));
            }
            if (!now.equals(was) || moved) {
                changes++;
                html.append("<div class=\"draft-diff-row").append(now.equals(was) ? " renumbered" : "")
                        .append("\" id=\"diff-").append(esc(p.eId())).append("\">")
                        .append("<div class=\"draft-diff-label\">").append(esc(label))
                        .append("</div><p>").append(WordDiff.html(was, now)).append("</p></div>");
            }
        }
        for (DraftProvision gone : before.values()) {
            changes++;
            html.append("<div class=\"draft-diff-row\"><div class=\"draft-diff-label\">")
                    .append(esc(labels.apply(gone.kind(), gone.number()))).append("</div><p>")
                    .append(WordDiff.html(render(gone), "")).append("</p></div>");
        }
        if (changes == 0) {
            html.append("<p class=\"draft-empty\">").append(esc(unchangedMessage)).append("</p>");
        }
        return html.append("</div>").toString();
    }

    private static String render(DraftProvision p) {
        return (p.heading() + " " + p.text()).strip();
    }

    private static String esc(String text) {
        return Entities.escape(text == null ? "" : text);
    }
}
