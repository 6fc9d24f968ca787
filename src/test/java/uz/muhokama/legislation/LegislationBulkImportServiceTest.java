package uz.muhokama.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uz.muhokama.support.IntegrationTest;

@IntegrationTest
@WithMockUser(roles = "ADMIN")
class LegislationBulkImportServiceTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "legislation");

    @Autowired
    LegislationBulkImportService bulk;

    @Test
    void an_archive_with_too_many_entries_is_refused_and_nothing_is_imported() throws IOException {
        Path zip = zip(out -> {
            for (int i = 0; i <= 1_000; i++) {
                entry(out, "act-" + i + ".txt", "1-modda. Maqsad\nMatn " + i);
            }
        });

        BulkImportJob job = finished(bulk.start(zip, "many.zip"));

        assertThat(job.failureKey()).isEqualTo("legislation.bulk.tooManyEntries");
        assertThat(job.items()).isEmpty();
        assertThat(zip).doesNotExist();
    }

    @Test
    void a_highly_compressed_entry_is_stopped_while_it_inflates() throws IOException {
        Path zip = zip(out -> {
            out.putNextEntry(new ZipEntry("bomb.html"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        });
        assertThat(Files.size(zip)).isLessThan(1024 * 1024);

        BulkImportJob job = finished(bulk.start(zip, "bomb.zip"));

        assertThat(job.failureKey()).isEqualTo("legislation.bulk.bomb");
        assertThat(job.items()).isEmpty();
    }

    @Test
    void a_mixed_archive_reports_each_file() throws IOException {
        byte[] labourCode = Files.readAllBytes(CORPUS.resolve("labour-code-2022.uz-latn.lexuz.doc"));
        Path zip = zip(out -> {
            out.putNextEntry(new ZipEntry("kodeks/labour-code.doc"));
            out.write(labourCode);
            out.closeEntry();
            entry(out, "no-metadata.txt", "1-modda. Maqsad\nMatn.");
            entry(out, "inner.zip", "PK");
            entry(out, "empty.pdf", "");
        });

        BulkImportJob job = finished(bulk.start(zip, "mixed.zip"));

        assertThat(job.failureKey()).isNull();
        assertThat(job.total()).isEqualTo(4);
        Map<String, BulkImportJob.Item> items = job.items().stream()
                .collect(Collectors.toMap(BulkImportJob.Item::name, Function.identity()));
        assertThat(items.get("labour-code.doc").status())
                .isIn(BulkImportJob.Status.IMPORTED, BulkImportJob.Status.UNCHANGED);
        assertThat(items.get("labour-code.doc").uri()).isEqualTo("/act/uz/code/2022/798");
        assertThat(items.get("no-metadata.txt").status()).isEqualTo(BulkImportJob.Status.SKIPPED);
        assertThat(items.get("no-metadata.txt").reasonKey()).isEqualTo("legislation.bulk.missingMetadata");
        assertThat(items.get("inner.zip").reasonKey()).isEqualTo("legislation.bulk.nestedArchive");
        assertThat(items.get("empty.pdf").status()).isEqualTo(BulkImportJob.Status.FAILED);
        assertThat(items.get("empty.pdf").reasonKey()).isNotBlank();
    }

    private static BulkImportJob finished(BulkImportJob job) {
        await().atMost(Duration.ofSeconds(120)).until(job::finished);
        return job;
    }

    private interface Writer {
        void write(ZipOutputStream out) throws IOException;
    }

    private static Path zip(Writer writer) throws IOException {
        Path file = Files.createTempFile("bulk-test", ".zip");
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            writer.write(out);
        }
        return file;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
