package uz.muhokama.legislation.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uz.muhokama.legislation.ActRelations;
import uz.muhokama.legislation.Amendment;
import uz.muhokama.legislation.Citation;
import uz.muhokama.legislation.ProvisionRef;
import uz.muhokama.legislation.internal.ActHtml;

/**
 * The lines under a provision in the text: what amended it (with a link to the amending provision) and which acts
 * cite it. Written as escaped markup into the text's one HTML fragment.
 */
final class RelationNotes implements ActHtml.Notes {

    private final Map<String, StringBuilder> notes = new HashMap<>();

    RelationNotes(ActRelations relations, RelationTexts texts) {
        for (Amendment a : relations.amendedBy()) {
            notes.computeIfAbsent(a.target().eId(), k -> new StringBuilder())
                    .append("<div class=\"prov-relation prov-amended\"><span class=\"prov-relation-kind\">")
                    .append(ActHtml.escape(texts.kind(a.kind()))).append(":</span> ")
                    .append(link(a.amending(), texts)).append(" <span class=\"prov-relation-date\">")
                    .append(ActHtml.escape(texts.text("legislation.relations.inForceFrom",
                            texts.date(a.inForceFrom())))).append("</span></div>");
        }
        Map<String, Set<ProvisionRef>> citing = new LinkedHashMap<>();
        for (Citation c : relations.citedBy()) {
            if (c.cited().eId() != null) {
                citing.computeIfAbsent(c.cited().eId(), k -> new LinkedHashSet<>()).add(c.citing());
            }
        }
        citing.forEach((eId, refs) -> notes.computeIfAbsent(eId, k -> new StringBuilder())
                .append("<div class=\"prov-relation prov-cited-by\"><span class=\"prov-relation-kind\">")
                .append(ActHtml.escape(texts.text("legislation.relations.citedByNote"))).append("</span> ")
                .append(refs.stream().map(ref -> link(ref, texts)).collect(Collectors.joining(", ")))
                .append("</div>"));
    }

    @Override
    public String after(String eId) {
        StringBuilder note = notes.get(eId);
        return note == null ? "" : note.toString();
    }

    private static String link(ProvisionRef ref, RelationTexts texts) {
        return "<a class=\"relation-link\" href=\"" + ActHtml.escape(ref.href()) + "\" title=\""
                + ActHtml.escape(texts.title(ref.act())) + "\">" + ActHtml.escape(texts.ref(ref)) + "</a>";
    }
}
