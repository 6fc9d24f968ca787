package uz.muhokama.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.drafts.AnswerService;
import uz.muhokama.drafts.CommentScope;
import uz.muhokama.drafts.CommentService;
import uz.muhokama.drafts.ConsolidatedTable;
import uz.muhokama.drafts.DraftFilter;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.DraftSort;
import uz.muhokama.drafts.DraftStatus;
import uz.muhokama.drafts.TableRow;
import uz.muhokama.support.IntegrationTest;

/**
 * The demo drafts load: an open Labour Code draft from the corpus file with the demo people's comments, and a
 * resolution whose proposals are all answered and whose consolidated table is published.
 */
@IntegrationTest
class DraftsDemoTest {

    @Autowired
    OrganisationsDemo organisations;

    @Autowired
    PeopleDemo people;

    @Autowired
    DraftsDemo demo;

    @Autowired
    DraftService drafts;

    @Autowired
    CommentService comments;

    @Autowired
    AnswerService answers;

    @Autowired
    ConsolidatedTable table;

    @Test
    void an_open_draft_from_the_labour_code_and_a_closed_one_load_once() {
        if (!organisations.isLoaded()) {
            organisations.load();
        }
        if (!people.isLoaded()) {
            people.load();
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
        assertThat(comments.count(open.getFirst().id(), CommentScope.all())).isGreaterThanOrEqualTo(4);
        var answered = drafts.list(new DraftFilter(DraftStatus.ANSWERED, null, null, null, DraftsDemo.CLOSED_NUMBER,
                DraftSort.NEWEST), 0, 10);
        assertThat(answered).singleElement().satisfies(d -> {
            assertThat(answers.progress(d.id())).satisfies(p -> {
                assertThat(p.total()).isEqualTo(5);
                assertThat(p.complete()).isTrue();
            });
            assertThat(table.find(d.id())).isPresent();
            assertThat(table.rows(d.id(), 0, 10)).extracting(TableRow::reason).doesNotContainNull();
        });
        assertThat(demo.isLoaded()).isTrue();
    }
}
