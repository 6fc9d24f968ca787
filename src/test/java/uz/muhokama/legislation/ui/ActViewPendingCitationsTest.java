package uz.muhokama.legislation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class ActViewPendingCitationsTest extends SpringBrowserlessTest {

    @Autowired
    LegislationImportService imports;

    @Test
    void a_citation_of_an_act_not_in_the_base_is_plain_text_until_the_act_is_imported_and_then_both_pages_show_it() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        int cited = Acts.uniqueNumber();
        ImportResult citing = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + Acts.uniqueNumber(),
                LocalDate.of(2023, 5, 10), "Qoʻllash haqida",
                "1-modda. Maqsad\nUshbu qaror PQ-" + cited + "-son qarorga muvofiq qabul qilindi.\n");

        navigate(citing.uri().substring(1), ActView.class);
        assertThat(actText()).contains("PQ-" + cited + "-son").doesNotContain("class=\"citation\"");

        ImportResult resolution = Acts.imported(imports, ActType.PRESIDENTIAL_RESOLUTION, "PQ-" + cited,
                LocalDate.of(2021, 2, 3), "Tartib haqida", "1-modda. Tartib\nTartib belgilanadi.\n");

        navigate(citing.uri().substring(1), ActView.class);
        assertThat(actText()).contains("<a class=\"citation\" href=\"" + resolution.uri() + "\">PQ-" + cited
                + "-son</a>");
        navigate(resolution.uri().substring(1), ActView.class);
        Details citedBy = $(Details.class).id("act-cited-by");
        assertThat(citedBy.getSummaryText()).isEqualTo("Acts that cite this act (1)");
        assertThat($(Anchor.class).from(citedBy).single().getHref()).isEqualTo(citing.uri() + "/art_1__para_1");
    }

    private String actText() {
        return $(Html.class).all().stream().map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("act-text")).findFirst().orElseThrow();
    }
}
