package uz.muhokama.legislation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A legal text as the structure parser read it: what it could tell of the act, and the provision tree.
 *
 * @param title the act's title, if the source marks it
 * @param form the act's form line ("Oʻzbekiston Respublikasining Qonuni"), if present
 * @param publication the official publication line(s)
 * @param preamble paragraphs before the first provision
 * @param provisions the top-level provisions
 * @param documentTitle the source document's own title field (the national database puts the adoption date there)
 */
public record ParsedText(String title, String form, List<String> publication, List<String> preamble,
                         List<ParsedProvision> provisions, String documentTitle) {

    public ParsedText {
        publication = List.copyOf(publication);
        preamble = List.copyOf(preamble);
        provisions = List.copyOf(provisions);
    }

    public Stream<ParsedProvision> all() {
        return provisions.stream().flatMap(ParsedProvision::flatten);
    }

    public List<ParsedProvision> articles() {
        return all().filter(p -> p.kind() == ProvisionKind.ARTICLE).toList();
    }

    public Optional<ParsedProvision> byEId(String eId) {
        return all().filter(p -> p.eId().equals(eId)).findFirst();
    }
}
