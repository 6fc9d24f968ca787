package uz.muhokama.legislation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.Acts;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.support.IntegrationTest;

/** Switching the interface language on an act's page relabels it at once, without a reload. */
@IntegrationTest
class ActViewLanguageTest extends SpringBrowserlessTest {

    @Autowired
    LegislationImportService imports;

    @Test
    void the_page_follows_a_language_switch() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ImportResult law = Acts.imported(imports, ActType.LAW, "OʻRQ-" + Acts.uniqueNumber(),
                LocalDate.of(2021, 4, 5), "Obodonlashtirish toʻgʻrisida",
                "1-modda. Maqsad\nUshbu Qonunning maqsadi.\n2-modda. Tartib\nTartib belgilanadi.\n");
        navigate(law.uri().substring(1), ActView.class);
        assertThat($(DatePicker.class).first().getLabel()).isEqualTo("Edition as of");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ru"));

        assertThat($(DatePicker.class).first().getLabel()).isEqualTo("Редакция на дату");
        assertThat($(Details.class).all()).extracting(Details::getSummaryText).contains("Содержание");
    }
}
