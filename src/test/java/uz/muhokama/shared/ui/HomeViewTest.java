package uz.muhokama.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.accounts.OrganisationType;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftFields;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.support.IntegrationTest;
import uz.muhokama.support.SignedIn;
import uz.muhokama.support.TestOrganisations;

@IntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired
    DraftService drafts;

    @Autowired
    OrganisationService organisations;

    @Test
    void the_front_page_lists_drafts_open_for_discussion_with_a_link_to_each() {
        OrganisationId ministry = TestOrganisations.create(organisations, OrganisationType.MINISTRY, null);
        String title = "Ochiq loyiha " + System.nanoTime();
        DraftId id = SignedIn.asAdmin(() -> {
            DraftId created = drafts.create(new DraftFields(ministry, DraftActType.LAW, null, title, "Проект",
                    "Mazmuni", "Содержание"));
            drafts.setTypedText(created, drafts.find(created).orElseThrow().version(), "1-modda. Maqsad\nMatn.");
            drafts.publish(created, drafts.find(created).orElseThrow().version(),
                    drafts.defaultLastDay(DraftActType.LAW));
            return created;
        });
        UI.getCurrent().setLocale(Locale.forLanguageTag("uz-Latn"));

        navigate(HomeView.class);

        assertThat($(H2.class).all()).extracting(H2::getText).contains("Hozir muhokamada");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("drafts/" + id.value());
    }
}
