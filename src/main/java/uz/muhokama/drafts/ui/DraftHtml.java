package uz.muhokama.drafts.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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

    static String text(List<DraftProvision> provisions, String base, BiFunction<ProvisionKind, String, String> labels,
                       String highlighted) {
        StringBuilder html = new StringBuilder(provisions.size() * 300);
        html.append("<div class=\"draft-text\">");
        boolean inArticle = false;
        for (DraftProvision p : provisions) {
            if (p.kind().isHeading() && inArticle) {
                html.append("</section>");
                inArticle = false;
            }
            String mark = p.eId().equals(highlighted) ? " highlighted" : "";
            if (p.kind() == ProvisionKind.ARTICLE) {
                html.append("<section class=\"draft-article").append(mark).append("\" id=\"").append(esc(p.eId()))
                        .append("\">");
                inArticle = true;
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
        if (inArticle) {
            html.append("</section>");
        }
        return html.append("</div>").toString();
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
        Map<String, DraftProvision> before = new LinkedHashMap<>();
        older.forEach(p -> before.putIfAbsent(p.stableKey(), p));
        StringBuilder html = new StringBuilder("<div class=\"draft-diff\">");
        int changes = 0;
        for (DraftProvision p : newer) {
            DraftProvision old = before.remove(p.stableKey());
            String now = render(p);
            String was = old == null ? "" : render(old);
            if (!now.equals(was)) {
                changes++;
                html.append("<div class=\"draft-diff-row\" id=\"diff-").append(esc(p.eId())).append("\">")
                        .append("<div class=\"draft-diff-label\">").append(esc(labels.apply(p.kind(), p.number())))
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
