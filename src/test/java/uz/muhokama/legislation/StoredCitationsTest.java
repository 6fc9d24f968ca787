package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class StoredCitationsTest {

    private static final LocalDate CODE_ADOPTED = LocalDate.of(2019, 1, 10);
    private static final LocalDate RESOLUTION_ADOPTED = LocalDate.of(2023, 5, 10);

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActRelationService relations;

    @Test
    void citations_in_an_imported_text_show_who_cites_an_act_and_its_article_and_a_new_edition_replaces_them() {
        String word = Acts.uniqueWord();
        int codeNumber = Acts.uniqueNumber();
        ImportResult code = Acts.imported(imports, ActType.CODE, "OʻRQ-" + codeNumber, CODE_ADOPTED,
                word + " kodeksi", """
                        1-modda. Maqsad
                        Ushbu Kodeksning 2-moddasi va %s kodeksining 2-moddasi alohida qoʻllaniladi.
                        2-modda. Tartib
                        Tartib belgilanadi.
                        """.formatted(word));
        String resolutionNumber = "PQ-" + Acts.uniqueNumber();
        ImportResult resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, resolutionNumber,
                RESOLUTION_ADOPTED, "Kodeksni qoʻllash haqida", """
                        1-modda. Maqsad
                        Ushbu qaror %s kodeksining 2-moddasi va ЎРҚ-%d talablariga muvofiq qabul qilindi.
                        2-modda. Yakun
                        Qaror eʼlon qilingan kundan kuchga kiradi.
                        """.formatted(word, codeNumber));

        assertThat(relations.of(code.actId()).cites()).as("an act citing itself is no relation").isEmpty();
        assertThat(relations.of(code.actId()).citedBy())
                .extracting(c -> c.citing().act().id(), c -> c.citing().eId(), c -> c.cited().eId())
                .containsExactlyInAnyOrder(
                        tuple(resolution.actId(), "art_1__para_1", "art_2"),
                        tuple(resolution.actId(), "art_1__para_1", null));
        assertThat(relations.of(resolution.actId()).cites()).extracting(c -> c.cited().href())
                .containsExactlyInAnyOrder(code.uri() + "/art_2", code.uri());

        Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, resolutionNumber, RESOLUTION_ADOPTED,
                LocalDate.of(2024, 1, 1), "Kodeksni qoʻllash haqida", """
                        1-modda. Maqsad
                        Ushbu qaror tartibni belgilaydi.
                        2-modda. Yakun
                        Qaror %s kodeksining 2-moddasiga muvofiq eʼlon qilingan kundan kuchga kiradi.
                        """.formatted(word));

        assertThat(relations.of(code.actId()).citedBy())
                .extracting(c -> c.citing().eId(), c -> c.cited().eId())
                .containsExactly(tuple("art_2__para_1", "art_2"));
    }
}
