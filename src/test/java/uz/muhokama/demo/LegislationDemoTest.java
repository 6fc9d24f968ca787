package uz.muhokama.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.EditionInfo;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
class LegislationDemoTest {

    @Autowired
    LegislationDemo legislation;

    @Autowired
    ActService acts;

    @Test
    void the_sample_resolution_has_two_editions_and_cites_the_labour_code() {
        legislation.load(Path.of("..", "shared", "corpus"));

        var sample = acts.byUri("/act/uz/resolution/2023/9001").orElseThrow();
        assertThat(sample.editions()).extracting(EditionInfo::validFrom).hasSize(2);
        assertThat(acts.text(sample.editions().getLast()).provisions())
                .anySatisfy(p -> assertThat(p.text()).contains("Mehnat kodeksining 13-moddasi"));
    }
}
