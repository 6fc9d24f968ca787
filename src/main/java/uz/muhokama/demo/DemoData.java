package uz.muhokama.demo;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data after start, each part only into an empty database, in the background so that the application
 * answers at once.
 */
@Component
@ConditionalOnProperty(name = "muhokama.demo-data", havingValue = "true")
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrganisationsDemo organisations;
    private final PeopleDemo people;
    private final LegislationDemo legislation;
    private final DraftsDemo drafts;
    private final ProblemsDemo problems;
    private final Path corpus;

    DemoData(OrganisationsDemo organisations, PeopleDemo people, LegislationDemo legislation, DraftsDemo drafts,
             ProblemsDemo problems,
             @Value("${muhokama.demo.corpus:../shared/corpus}") String corpus) {
        this.organisations = organisations;
        this.people = people;
        this.legislation = legislation;
        this.drafts = drafts;
        this.problems = problems;
        this.corpus = Path.of(corpus);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Thread.ofVirtual().name("demo-data").start(() -> {
            try {
                if (!organisations.isLoaded()) {
                    organisations.load();
                    log.info("Demo organisations loaded");
                }
                if (!people.isLoaded()) {
                    people.load();
                    log.info("Demo people loaded; see the README for their e-mails and password");
                }
                if (!legislation.isLoaded()) {
                    legislation.load(corpus);
                }
                if (!drafts.isLoaded()) {
                    drafts.load(corpus);
                }
                if (!problems.isLoaded()) {
                    problems.load();
                    log.info("Demo problem reports loaded");
                }
            } catch (RuntimeException e) {
                log.error("Demo data could not be loaded", e);
            }
        });
    }
}
