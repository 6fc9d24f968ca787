package uz.muhokama.legislation.internal.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.ProvisionKind;

/**
 * Turns a sequence of blocks into the provision tree: each heading closes the open headings of its level or deeper and
 * opens its own; paragraphs belong to the innermost open heading; paragraphs before the first heading are the
 * preamble. Finally every provision gets its eId.
 */
final class StructureBuilder {

    private final List<Node> roots = new ArrayList<>();
    private final Deque<Node> open = new ArrayDeque<>();
    private final List<String> publication = new ArrayList<>();
    private String title = "";
    private String form = "";
    private Node last;

    void accept(Block block) {
        String text = block.text().strip();
        if (text.isEmpty()) {
            return;
        }
        switch (block.role()) {
            case TITLE -> title = title.isEmpty() ? text : title + " " + text;
            case FORM -> form = text;
            case PUBLICATION -> publication.add(text);
            case NOTE -> {
                if (last != null) {
                    last.notes.add(text);
                }
            }
            case HEADING -> HeadingClassifier.heading(text).ifPresentOrElse(
                    h -> openHeading(h, block.sourceId()), () -> addParagraph(text, block.sourceId()));
            case PARAGRAPH -> addParagraph(text, block.sourceId());
            case LINE -> HeadingClassifier.heading(text).ifPresentOrElse(
                    h -> openHeading(h, block.sourceId()), () -> addParagraph(text, block.sourceId()));
        }
    }

    ParsedText build(String documentTitle) {
        List<String> preamble = new ArrayList<>();
        boolean structured = roots.stream().anyMatch(n -> n.kind.isHeading());
        List<Node> provisions = new ArrayList<>(roots);
        if (structured) {
            while (!provisions.isEmpty() && !provisions.getFirst().kind.isHeading()) {
                preamble.add(provisions.removeFirst().text);
            }
        }
        EIds eIds = new EIds();
        List<ParsedProvision> tree = provisions.stream().map(n -> n.toProvision("", eIds)).toList();
        return new ParsedText(title, form, publication, preamble, tree, documentTitle.strip());
    }

    private void openHeading(HeadingClassifier.Heading heading, String sourceId) {
        while (!open.isEmpty() && open.peek().kind.depth() >= heading.kind().depth()) {
            open.pop();
        }
        Node node = new Node(heading.kind(), heading.number(), heading.title(), "", sourceId);
        attach(node);
        open.push(node);
    }

    private void addParagraph(String text, String sourceId) {
        Node parent = open.peek();
        Optional<String> point = HeadingClassifier.pointNumber(text);
        if (point.isEmpty() && (parent == null || parent.kind != ProvisionKind.ARTICLE)) {
            point = HeadingClassifier.numberedParagraph(text);
        }
        Node node;
        if (point.isPresent()) {
            node = new Node(ProvisionKind.POINT, point.get(), "", text, sourceId);
        } else {
            int n = parent == null ? countParagraphs(roots) + 1 : countParagraphs(parent.children) + 1;
            node = new Node(ProvisionKind.PARAGRAPH, String.valueOf(n), "", text, sourceId);
        }
        attach(node);
    }

    private void attach(Node node) {
        Node parent = open.peek();
        (parent == null ? roots : parent.children).add(node);
        last = node;
    }

    private static int countParagraphs(List<Node> nodes) {
        return (int) nodes.stream().filter(n -> n.kind == ProvisionKind.PARAGRAPH).count();
    }

    /** Hands out eIds and keeps them unique: a repeated one (messy numbering in the source) gets a suffix. */
    private static final class EIds {
        private final Map<String, Integer> seen = new HashMap<>();
        private final Map<ProvisionKind, Integer> unnumbered = new HashMap<>();

        String unique(String candidate) {
            int count = seen.merge(candidate, 1, Integer::sum);
            return count == 1 ? candidate : candidate + "_" + count;
        }

        String ordinal(ProvisionKind kind) {
            return String.valueOf(unnumbered.merge(kind, 1, Integer::sum));
        }
    }

    private static final class Node {
        private final ProvisionKind kind;
        private final String number;
        private final String heading;
        private final String text;
        private final String sourceId;
        private final List<String> notes = new ArrayList<>();
        private final List<Node> children = new ArrayList<>();

        Node(ProvisionKind kind, String number, String heading, String text, String sourceId) {
            this.kind = kind;
            this.number = number;
            this.heading = heading;
            this.text = text;
            this.sourceId = sourceId == null ? "" : sourceId;
        }

        /**
         * The eId chain follows the example of Akoma Ntoso's naming convention as the platform uses it: chapters,
         * articles and paragraphs nest ({@code chp_2__art_13__para_1}); parts, sections and subchapters name only
         * themselves, so that an article's permalink does not change when a section is inserted above it.
         */
        ParsedProvision toProvision(String chain, EIds eIds) {
            String number = this.number.isEmpty() ? eIds.ordinal(kind) : EIdNumbers.normalise(this.number);
            String own = kind.eIdPrefix() + "_" + number;
            String eId = eIds.unique(chain.isEmpty() ? own : chain + "__" + own);
            String childChain = switch (kind) {
                case CHAPTER, ARTICLE, PARAGRAPH, POINT -> eId;
                default -> chain;
            };
            List<ParsedProvision> kids = children.stream().map(c -> c.toProvision(childChain, eIds)).toList();
            return new ParsedProvision(kind, this.number, heading, text, eId, sourceId, notes, kids);
        }
    }
}
