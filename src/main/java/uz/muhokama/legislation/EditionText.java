package uz.muhokama.legislation;

import java.util.List;

/** The text of one edition, provisions in document order. */
public record EditionText(EditionInfo edition, List<ProvisionView> provisions) {

    public EditionText {
        provisions = List.copyOf(provisions);
    }
}
