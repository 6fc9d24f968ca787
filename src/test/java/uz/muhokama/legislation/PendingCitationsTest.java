package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import uz.muhokama.support.IntegrationTest;

/** Citations of acts that are imported only after the text citing them. */
@IntegrationTest
class PendingCitationsTest {

    private static final LocalDate ADOPTED = LocalDate.of(2023, 5, 10);

    @Autowired
    LegislationImportService imports;

    @Autowired
    ActRelationService relations;

    @Autowired
    WebApplicationContext context;

    @Test
    void an_act_imported_after_a_text_citing_it_lists_that_text_and_the_text_links_to_it() throws Exception {
        String word = Acts.uniqueWord();
        int cited = Acts.uniqueNumber();
        int codeNumber = Acts.uniqueNumber();
        int missing = Acts.uniqueNumber();
        ImportResult citing = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + Acts.uniqueNumber(),
                ADOPTED, "Qoʻllash haqida", """
                        1-modda. Maqsad
                        Ushbu qaror ПҚ-%d, %s kodeksining 2-moddasi va PQ-%d asosida qabul qilindi.
                        """.formatted(cited, word, missing));

        assertThat(relations.of(citing.actId()).cites()).isEmpty();
        assertThat(print(citing.uri())).as("citations of acts not in the base are plain text")
                .doesNotContain("class=\"citation\"").contains("ПҚ-" + cited).contains("PQ-" + missing);

        ImportResult resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + cited,
                LocalDate.of(2021, 1, 5), "Tartib haqida", """
                        1-modda. Tartib
                        Tartib belgilanadi.
                        """);
        ImportResult code = Acts.imported(imports, ActType.CODE, "OʻRQ-" + codeNumber, LocalDate.of(2019, 1, 10),
                word + " kodeksi", """
                        1-modda. Maqsad
                        Maqsad.
                        2-modda. Tartib
                        Tartib.
                        """);

        assertThat(relations.of(resolution.actId()).citedBy())
                .extracting(c -> c.citing().act().id(), c -> c.citing().eId(), c -> c.cited().eId())
                .containsExactly(tuple(citing.actId(), "art_1__para_1", null));
        assertThat(relations.of(code.actId()).citedBy())
                .extracting(c -> c.citing().act().id(), c -> c.citing().eId(), c -> c.cited().eId())
                .containsExactly(tuple(citing.actId(), "art_1__para_1", "art_2"));
        assertThat(relations.of(citing.actId()).cites()).extracting(c -> c.cited().href())
                .containsExactlyInAnyOrder(resolution.uri(), code.uri() + "/art_2");
        assertThat(print(citing.uri()))
                .contains("<a class=\"citation\" href=\"" + resolution.uri() + "\">ПҚ-" + cited + "</a>")
                .contains("href=\"" + code.uri() + "/art_2\"")
                .doesNotContain("\">PQ-" + missing + "</a>");

        Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + cited, LocalDate.of(2021, 1, 5),
                LocalDate.of(2022, 1, 1), "Tartib haqida", """
                        1-modda. Tartib
                        Yangi tartib belgilanadi.
                        """);
        assertThat(relations.of(resolution.actId()).citedBy()).as("a new edition of the cited act resolves nothing twice")
                .hasSize(1);
    }

    @Test
    void a_new_edition_of_the_citing_text_replaces_its_pending_citations() {
        int cited = Acts.uniqueNumber();
        String number = "PQ-" + Acts.uniqueNumber();
        Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, number, ADOPTED, "Birinchi", """
                1-modda. Maqsad
                PQ-%d asosida.
                """.formatted(cited));
        Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, number, ADOPTED, LocalDate.of(2024, 1, 1),
                "Birinchi", """
                        1-modda. Maqsad
                        Oʻz asosida.
                        """);

        ImportResult later = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + cited,
                LocalDate.of(2021, 1, 5), "Keyin", "1-modda. Tartib\nTartib.");

        assertThat(relations.of(later.actId()).citedBy()).isEmpty();
    }

    private String print(String uri) throws Exception {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build()
                .perform(get(uri + "/print")).andReturn().getResponse().getContentAsString();
    }
}
