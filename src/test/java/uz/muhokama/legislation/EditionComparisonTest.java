package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditionComparisonTest {

    @Test
    void provisions_are_matched_by_eid_and_compared_word_by_word() {
        EditionText before = edition(
                article("art_1", "Maqsad"), paragraph("art_1__para_1", "Ish vaqti haftasiga 40 soat."),
                article("art_2", "Taʼtil"), paragraph("art_2__para_1", "Taʼtil 15 kun."));
        EditionText after = edition(
                article("art_1", "Maqsad"), paragraph("art_1__para_1", "Ish vaqti haftasiga 36 soat."),
                article("art_1-1", "Yangi modda"), paragraph("art_1-1__para_1", "Matn."),
                article("art_2", "Taʼtil"));

        List<ProvisionChange> changes = EditionComparison.compare(before, after);

        assertThat(changes).extracting(c -> c.provision().eId() + " " + c.change()).containsExactly(
                "art_1 SAME", "art_1__para_1 CHANGED", "art_1-1 ADDED", "art_1-1__para_1 ADDED", "art_2 SAME",
                "art_2__para_1 REMOVED");
        assertThat(changes.get(1).diffHtml()).isEqualTo("Ish vaqti haftasiga <del>40</del> <ins>36</ins> soat.");
        assertThat(changes.getLast().diffHtml()).isEqualTo("<del>Taʼtil 15 kun.</del>");
    }

    private static EditionText edition(ProvisionView... provisions) {
        return new EditionText(new EditionInfo(1, "uz-Latn", LocalDate.of(2024, 1, 1), null, "Qonun"),
                List.of(provisions));
    }

    private static ProvisionView article(String eId, String heading) {
        return new ProvisionView(ProvisionKind.ARTICLE, eId.substring(4), heading, "", eId, 0);
    }

    private static ProvisionView paragraph(String eId, String text) {
        return new ProvisionView(ProvisionKind.PARAGRAPH, "1", "", text, eId, 1);
    }
}
