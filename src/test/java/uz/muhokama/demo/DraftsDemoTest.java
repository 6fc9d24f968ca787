package uz.muhokama.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.support.IntegrationTest;

/** The demo drafts load: an open Labour Code draft from the corpus file and a closed resolution. */
@IntegrationTest
class DraftsDemoTest {

    @Autowired
    OrganisationsDemo organisations;

    @Autowired
    DraftsDemo demo;

    @Autowired
    DraftService drafts;

    @Test
    void an_open_draft_from_the_labour_code_and_a_closed_one_load_once() {
        if (!organisations.isLoaded()) {
            organisations.load();
        }
        if (!demo.isLoaded()) {
            demo.load(Path.of("..", "shared", "corpus"));
        }

        var open = drafts.list(new DraftFilter(DraftStatus.OPEN, null, null, null, DraftsDemo.OPEN_NUMBER,
                DraftSort.NEWEST), 0, 10);
        assertThat(open).singleElement().satisfies(d -> {
            var details = drafts.find(d.id()).orElseThrow();
            assertThat(details.titleRu()).contains("Трудового кодекса");
            assertThat(drafts.text(d.id(), 1)).filteredOn(p -> p.kind().name().equals("ARTICLE")).hasSizeGreaterThan(500);
        });
        assertThat(drafts.list(new DraftFilter(DraftStatus.CLOSED, null, null, null, DraftsDemo.CLOSED_NUMBER,
                DraftSort.NEWEST), 0, 10)).hasSize(1);
        assertThat(demo.isLoaded()).isTrue();
    }
}
