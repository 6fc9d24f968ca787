package uz.muhokama.legislation.internal.parse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uz.muhokama.legislation.LegislationException;
import uz.muhokama.legislation.ParsedProvision;
import uz.muhokama.legislation.ParsedText;
import uz.muhokama.legislation.ProvisionKind;
import uz.muhokama.legislation.internal.parse.XmlTree.Element;

/**
 * Reads an Akoma Ntoso 3.0 document: the FRBR identification of the work and expression, the title from the preface,
 * the preamble, and the body's hierarchy. The levels the platform knows keep their names ({@code part}, {@code section},
 * {@code chapter}, {@code subchapter}, {@code article}, {@code paragraph}, {@code point}); the other standard levels map
 * to the nearest of them ({@code book} and {@code title} to a part, {@code subsection} to a subchapter,
 * {@code subparagraph} and {@code alinea} to a paragraph, {@code item} and {@code indent} to a point), and containers
 * without a level of their own ({@code hcontainer}, {@code list}) are looked through. An eId the document gives is
 * kept when it is usable in a permalink and unique; otherwise one is made as the other formats make theirs. What the
 * platform's own download writes reads back into the same tree, preamble included.
 */
final class AkomaNtosoReader {

    static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    private static final Map<String, ProvisionKind> LEVELS = Map.ofEntries(
            Map.entry("part", ProvisionKind.PART), Map.entry("book", ProvisionKind.PART),
            Map.entry("tome", ProvisionKind.PART), Map.entry("title", ProvisionKind.PART),
            Map.entry("section", ProvisionKind.SECTION), Map.entry("division", ProvisionKind.SECTION),
            Map.entry("chapter", ProvisionKind.CHAPTER),
            Map.entry("subchapter", ProvisionKind.SUBCHAPTER), Map.entry("subsection", ProvisionKind.SUBCHAPTER),
            Map.entry("subpart", ProvisionKind.SUBCHAPTER), Map.entry("subtitle", ProvisionKind.SUBCHAPTER),
            Map.entry("article", ProvisionKind.ARTICLE), Map.entry("rule", ProvisionKind.ARTICLE),
            Map.entry("paragraph", ProvisionKind.PARAGRAPH), Map.entry("subparagraph", ProvisionKind.PARAGRAPH),
            Map.entry("alinea", ProvisionKind.PARAGRAPH), Map.entry("clause", ProvisionKind.PARAGRAPH),
            Map.entry("point", ProvisionKind.POINT), Map.entry("item", ProvisionKind.POINT),
            Map.entry("indent", ProvisionKind.POINT), Map.entry("subclause", ProvisionKind.POINT));
    private static final Set<String> OWN_PARTS = Set.of("num", "heading", "subheading", "content", "intro", "wrapUp");
    private static final Set<String> BLOCKS = Set.of("p", "blockList", "listIntroduction", "listWrapUp", "tblock",
            "table", "foreign", "block");
    private static final Pattern USABLE_EID = Pattern.compile("[\\p{L}\\p{N}_.\\-]{1,200}");
    private static final Pattern LABELLED_NUMBER = Pattern.compile(
            "^(?:article|art\\.|chapter|section|part|paragraph|point|clause|item|§)\\s*(\\S+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");
    private static final String PREAMBLE_EID = "preamble__para_";
    private static final Predicate<Element> NOT_NOTES = e -> !e.name().equals("authorialNote");

    private AkomaNtosoReader() {
    }

    /** Whether the document's root is an Akoma Ntoso document. */
    static boolean recognises(Element root) {
        return root.name().equals("akomaNtoso") && root.namespace().startsWith(NAMESPACE);
    }

    /**
     * Reads a recognised document.
     *
     * @throws LegislationException {@code legislation.akn.noBody} when the document has no text at all
     */
    static AkomaNtosoDocument read(Element root) {
        Element document = root.elements().stream().findFirst()
                .orElseThrow(() -> new LegislationException("legislation.akn.noBody"));
        Element meta = document.child("meta").orElse(null);
        Element work = meta == null ? null : meta.descendant("FRBRWork").orElse(null);
        Element expression = meta == null ? null : meta.descendant("FRBRExpression").orElse(null);
        Optional<Element> publication = meta == null ? Optional.empty() : meta.descendant("publication");

        List<String> preamble = new ArrayList<>();
        document.child("preamble").ifPresent(p -> preamble.addAll(paragraphs(p)));
        List<Draft> provisions = new ArrayList<>();
        Optional<Element> body = document.child("body").or(() -> document.child("mainBody"));
        body.ifPresent(b -> collect(b, provisions, false));
        while (!provisions.isEmpty() && provisions.getFirst().eId.startsWith(PREAMBLE_EID)
                && provisions.getFirst().children.isEmpty()) {
            preamble.add(provisions.removeFirst().text);
        }
        if (provisions.isEmpty() && preamble.isEmpty()) {
            throw new LegislationException("legislation.akn.noBody");
        }
        EIds eIds = new EIds(provisions);
        List<ParsedProvision> tree = Draft.toProvisions(provisions, "", eIds);

        String title = document.child("preface").flatMap(p -> p.descendant("docTitle").or(() -> p.descendant(
                "longTitle"))).map(AkomaNtosoReader::inline).orElse("");
        List<String> publicationLines = publication.flatMap(p -> p.attribute("showAs")).map(List::of)
                .orElse(List.of());
        ParsedText text = new ParsedText(title, "", publicationLines, preamble, tree, "");

        String type = document.attribute("name")
                .or(() -> value(work, "FRBRsubtype", "value")).orElse(null);
        return new AkomaNtosoDocument(text, type, value(work, "FRBRuri", "value").orElse(null),
                value(work, "FRBRnumber", "value").or(() -> document.child("preface")
                        .flatMap(p -> p.descendant("docNumber")).map(AkomaNtosoReader::inline)
                        .filter(s -> !s.isEmpty())).orElse(null),
                value(work, "FRBRdate", "date").flatMap(AkomaNtosoReader::date).orElse(null),
                value(expression, "FRBRlanguage", "language").orElse(null),
                value(expression, "FRBRdate", "date").flatMap(AkomaNtosoReader::date).orElse(null),
                publication.flatMap(p -> p.attribute("number")).orElse(null));
    }

    /**
     * Adds the provisions a container holds; a provision's own parts (number, heading, content) are read by
     * {@link #provision}, so they are passed over when the container is one.
     */
    private static void collect(Element container, List<Draft> into, boolean isProvision) {
        for (Element e : container.elements()) {
            ProvisionKind kind = LEVELS.get(e.name());
            if (kind != null) {
                into.add(provision(e, kind));
            } else if (isProvision && OWN_PARTS.contains(e.name())) {
                continue;
            } else if (BLOCKS.contains(e.name()) || e.name().equals("content")) {
                String text = e.name().equals("content") ? String.join("\n", paragraphs(e)) : inline(e);
                if (!text.isEmpty()) {
                    into.add(new Draft(ProvisionKind.PARAGRAPH, "", "", text, ""));
                }
            } else if (!OWN_PARTS.contains(e.name())) {
                collect(e, into, false);
            }
        }
    }

    private static Draft provision(Element e, ProvisionKind kind) {
        List<String> text = new ArrayList<>();
        e.child("intro").ifPresent(i -> text.addAll(paragraphs(i)));
        e.child("content").ifPresent(c -> text.addAll(paragraphs(c)));
        Draft draft = new Draft(kind, e.child("num").map(n -> number(inline(n))).orElse(""),
                e.child("heading").map(AkomaNtosoReader::inline).orElse(""), String.join("\n", text),
                e.attribute("eId").or(() -> e.attribute("id")).orElse(""));
        collect(e, draft.children, true);
        e.child("wrapUp").map(w -> String.join("\n", paragraphs(w))).filter(w -> !w.isEmpty())
                .ifPresent(w -> draft.children.add(new Draft(ProvisionKind.PARAGRAPH, "", "", w, "")));
        e.child("intro").ifPresent(i -> notes(i, draft.notes));
        e.child("content").ifPresent(c -> notes(c, draft.notes));
        return draft;
    }

    /**
     * The paragraphs of a block container, one per {@code p} (or other block) it holds; a container with text of its
     * own besides its elements is one paragraph.
     */
    private static List<String> paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        boolean ownText = container.children().stream().anyMatch(c -> c instanceof String s && !s.isBlank());
        for (Element block : ownText ? List.<Element>of() : container.elements()) {
            String text = inline(block);
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            String own = inline(container);
            if (!own.isEmpty()) {
                out.add(own);
            }
        }
        return out;
    }

    private static void notes(Element element, List<String> notes) {
        for (Element e : element.elements()) {
            if (e.name().equals("authorialNote")) {
                String note = clean(e.text(x -> true));
                if (!note.isEmpty()) {
                    notes.add(note);
                }
            } else {
                notes(e, notes);
            }
        }
    }

    /** Inline text of an element as one line: line breaks of a pretty-printed file become spaces, notes are left out. */
    private static String inline(Element element) {
        return clean(element.text(NOT_NOTES));
    }

    private static String clean(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }

    /** "13", "Article 13", "13-modda", "Статья 13" and "13." all number the article 13. */
    static String number(String num) {
        String number = num.replaceAll("[.)]+$", "").strip();
        Optional<HeadingClassifier.Heading> heading = HeadingClassifier.heading(number);
        if (heading.isPresent() && !heading.get().number().isEmpty() && heading.get().title().isEmpty()) {
            number = heading.get().number();
        } else {
            Matcher labelled = LABELLED_NUMBER.matcher(number);
            if (labelled.matches()) {
                number = labelled.group(1).replaceAll("[.)]+$", "");
            }
        }
        return number.length() > 32 ? number.substring(0, 32) : number;
    }

    private static Optional<String> value(Element parent, String element, String attribute) {
        return parent == null ? Optional.empty() : parent.child(element).flatMap(e -> e.attribute(attribute));
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Hands out eIds: the document's own when usable and not taken, else one built as the other formats build them. */
    private static final class EIds {
        private final Set<String> given = new HashSet<>();
        private final Set<String> taken = new HashSet<>();

        EIds(List<Draft> provisions) {
            provisions.forEach(this::remember);
        }

        private void remember(Draft draft) {
            if (usable(draft.eId) && !given.add(draft.eId)) {
                draft.eId = "";
            }
            draft.children.forEach(this::remember);
        }

        /** The eId of a provision; {@code position} counts the provisions of its kind among its siblings. */
        String assign(Draft draft, String chain, int position) {
            if (usable(draft.eId) && taken.add(draft.eId)) {
                return draft.eId;
            }
            String number = draft.number.isEmpty() ? String.valueOf(position)
                    : EIdNumbers.normalise(draft.number).replaceAll("[^\\p{L}\\p{N}_.\\-]", "-");
            String own = draft.kind.eIdPrefix() + "_" + number;
            String candidate = chain.isEmpty() ? own : chain + "__" + own;
            String eId = candidate;
            for (int n = 2; given.contains(eId) || !taken.add(eId); n++) {
                eId = candidate + "_" + n;
            }
            return eId;
        }

        private static boolean usable(String eId) {
            return USABLE_EID.matcher(eId).matches() && !eId.startsWith(PREAMBLE_EID);
        }
    }

    /** A provision before its eId is settled. */
    private static final class Draft {
        private final ProvisionKind kind;
        private final String number;
        private final String heading;
        private final String text;
        private final List<String> notes = new ArrayList<>();
        private final List<Draft> children = new ArrayList<>();
        private String eId;

        Draft(ProvisionKind kind, String number, String heading, String text, String eId) {
            this.kind = kind;
            this.number = number;
            this.heading = heading.length() > 2000 ? heading.substring(0, 2000) : heading;
            this.text = text;
            this.eId = eId == null ? "" : eId.strip();
        }

        /**
         * As the other formats: chapters, articles, paragraphs and points pass their eId on to what they hold, parts,
         * sections and subchapters do not.
         */
        static List<ParsedProvision> toProvisions(List<Draft> drafts, String chain, EIds eIds) {
            Map<ProvisionKind, Integer> positions = new EnumMap<>(ProvisionKind.class);
            List<ParsedProvision> out = new ArrayList<>();
            for (Draft draft : drafts) {
                int position = positions.merge(draft.kind, 1, Integer::sum);
                String own = eIds.assign(draft, chain, position);
                String childChain = switch (draft.kind) {
                    case CHAPTER, ARTICLE, PARAGRAPH, POINT -> own;
                    default -> chain;
                };
                out.add(new ParsedProvision(draft.kind, draft.number, draft.heading, draft.text, own, "",
                        draft.notes, toProvisions(draft.children, childChain, eIds)));
            }
            return out;
        }
    }
}
