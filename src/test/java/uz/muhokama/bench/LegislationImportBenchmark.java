package uz.muhokama.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.ImportResult;
import uz.muhokama.legislation.LegislationImportService;
import uz.muhokama.search.SearchService;
import uz.muhokama.support.AsAdmin;
import uz.muhokama.support.IntegrationTest;

/**
 * The import rate of the national database's files through {@link LegislationImportService} (upload, type detection,
 * structure parsing, preview, saving; the search indexing its events start runs alongside, as in production), and
 * the time to rebuild the whole search index from the database ({@link SearchService#rebuild()}).
 *
 * <p>Run: {@code mvn -B test -Dtest=LegislationImportBenchmark -Dbench=true} ({@code -Dbench.imports=N} imports of
 * each of the two Labour Code files, as different acts; the database is the test profile's).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class LegislationImportBenchmark {

    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);
    private static final String[][] FILES = {
            {"labour-code-2022.uz-latn.lexuz.doc", "uz-Latn", "OʻRQ-"},
            {"labour-code-2022.ru.lexuz.doc", "ru", "ЗРУ-"}};

    @Autowired
    LegislationImportService imports;

    @Autowired
    SearchService search;

    @Test
    void import_rate_of_the_lexuz_files_and_index_rebuild_time() {
        int rounds = Integer.getInteger("bench.imports", 3);
        importBoth();
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            importBoth();
        }
        double seconds = LegislationSearchBench.seconds(started);
        System.out.printf("BENCH imported %d lex.uz documents in %.1f s: %.1f documents per minute%n",
                rounds * FILES.length, seconds, rounds * FILES.length * 60 / seconds);

        long rebuildStarted = System.nanoTime();
        long documents = search.rebuild();
        double rebuild = LegislationSearchBench.seconds(rebuildStarted);
        System.out.printf("BENCH rebuilt the search index from the database: %,d documents in %.1f s "
                + "(%,.0f per second)%n", documents, rebuild, documents / rebuild);
        assertThat(documents).isPositive();
    }

    private void importBoth() {
        int number = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        for (String[] file : FILES) {
            assertThat(importFile(file[0], file[1], file[2] + number).outcome()).isNotNull();
        }
    }

    private ImportResult importFile(String name, String language, String number) {
        return AsAdmin.run(() -> {
            try (InputStream in = Files.newInputStream(LegislationBenchCorpus.SOURCES.resolve(name))) {
                ImportPreview preview = imports.preview(in, name);
                ActMetadata metadata = new ActMetadata(ActType.CODE, number, ADOPTED, null, null, null, null,
                        ActStatus.IN_FORCE, null, null, null);
                return imports.importEdition(preview.fileId(), metadata, language, ADOPTED, preview.title());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
