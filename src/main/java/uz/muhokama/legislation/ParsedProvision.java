package uz.muhokama.legislation;

import java.util.List;
import java.util.stream.Stream;

/**
 * One provision of a parsed legal text.
 *
 * @param kind its level
 * @param number its number as written ("13", "I", "1", "13¹"), empty for unnumbered parts
 * @param heading its heading without the number ("Asosiy qoidalar"), empty for paragraphs
 * @param text its own text (paragraphs and points); headings carry none
 * @param eId Akoma Ntoso-style id, unique in the text, used in permalinks ({@code chp_1__art_1__para_2})
 * @param sourceId the id the source gave this block (the national database's provision id), or empty
 * @param notes editorial notes attached to it ("… tahririda"), in order
 * @param children the provisions it holds
 */
public record ParsedProvision(ProvisionKind kind, String number, String heading, String text, String eId,
                              String sourceId, List<String> notes, List<ParsedProvision> children) {

    public ParsedProvision {
        notes = List.copyOf(notes);
        children = List.copyOf(children);
    }

    /** This provision and all below it, depth first. */
    public Stream<ParsedProvision> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ParsedProvision::flatten));
    }
}
