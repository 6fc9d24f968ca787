package uz.muhokama.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uz.muhokama.accounts.SystemAdministrator;
import uz.muhokama.legislation.ActMetadata;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActStatus;
import uz.muhokama.legislation.ActType;
import uz.muhokama.legislation.ImportPreview;
import uz.muhokama.legislation.LegislationImportService;

/**
 * The Labour Code of 2022 in Uzbek and Russian, as the national database exports it, from the shared corpus, and a
 * sample resolution that cites it. The sample's citations are stored as relations when it is imported, so the code's
 * page lists it under "cited by"; no amendment or loss of force is recorded, since the corpus holds none of the acts
 * that amended the code.
 */
@Component
class LegislationDemo {

    private static final Logger log = LoggerFactory.getLogger(LegislationDemo.class);
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);
    private static final LocalDate IN_FORCE = LocalDate.of(2023, 4, 30);
    private static final String SAMPLE_URI = "/act/uz/resolution/2023/9001";

    private final LegislationImportService imports;
    private final ActService acts;
    private final SystemAdministrator system;

    LegislationDemo(LegislationImportService imports, ActService acts, SystemAdministrator system) {
        this.imports = imports;
        this.acts = acts;
        this.system = system;
    }

    boolean isLoaded() {
        return acts.count("") > 0;
    }

    void load(Path corpus) {
        Path folder = corpus.resolve("legislation");
        if (!Files.isDirectory(folder)) {
            log.warn("Demo legislation skipped: no corpus folder {}", folder.toAbsolutePath().normalize());
            return;
        }
        importCode(folder.resolve("labour-code-2022.uz-latn.lexuz.doc"), "uz-Latn", "OʻRQ-798");
        importCode(folder.resolve("labour-code-2022.ru.lexuz.doc"), "ru", "ЗРУ-798");
        // Its older edition cannot follow its newer one: once loaded, the sample stays as it is.
        if (acts.byUri(SAMPLE_URI).isEmpty()) {
            importSample(SAMPLE_2023, LocalDate.of(2023, 5, 2));
            importSample(SAMPLE_2023.replace("har yili", "har yarim yilda").replace("ikki oy", "bir oy"),
                    LocalDate.of(2024, 2, 1));
        }
        log.info("Demo legislation loaded: the Labour Code in Uzbek and Russian, and a sample resolution citing it");
    }

    /**
     * A sample resolution, marked as such in its title, that cites the Labour Code by number and by article and has
     * two editions: something real for the citation links, the past-date view and the compare view to show.
     */
    private void importSample(String html, LocalDate validFrom) {
        system.call(() -> {
            ImportPreview preview = imports.preview(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                    "namuna-qaror.html");
            ActMetadata metadata = new ActMetadata(ActType.PRESIDENTIAL_RESOLUTION, "PQ-9001",
                    LocalDate.of(2023, 5, 2), "Oʻzbekiston Respublikasi Prezidenti", null, null, null,
                    ActStatus.IN_FORCE, null, null, null);
            return imports.importEdition(preview.fileId(), metadata, "uz-Latn", validFrom,
                    "Mehnat kodeksini qoʻllash toʻgʻrisida (namuna)");
        });
    }

    private static final String SAMPLE_2023 = """
            <!doctype html><html lang="uz"><head><meta charset="utf-8"><title>Namuna qaror</title></head><body>
            <p>Oʻzbekiston Respublikasi Prezidentining Qarori</p>
            <p>MEHNAT KODEKSINI QOʻLLASH TOʻGʻRISIDA (NAMUNA)</p>
            <p>1-modda. Umumiy qoidalar</p>
            <p>Oʻzbekiston Respublikasining Mehnat kodeksi (OʻRQ-798) talablarini amalga oshirish maqsadida ushbu             namuna qaror platformani koʻrsatish uchun tayyorlangan.</p>
            <p>2-modda. Mahalliy hujjatlar</p>
            <p>Ish beruvchilar Mehnat kodeksining 13-moddasi talablariga muvofiq ichki hujjatlarini har yili             qayta koʻrib chiqadi.</p>
            <p>3-modda. Xabardor qilish</p>
            <p>Xodimlar ichki hujjatlardagi oʻzgarishlar haqida ikki oy oldin xabardor qilinadi; bunda ushbu             Qarorning 2-moddasi qoidalari qoʻllaniladi.</p>
            </body></html>
            """;

    private void importCode(Path file, String language, String number) {
        try (InputStream in = Files.newInputStream(file)) {
            system.call(() -> {
                ImportPreview preview = imports.preview(in, file.getFileName().toString());
                ActMetadata metadata = new ActMetadata(ActType.CODE, number, ADOPTED,
                        "Oʻzbekiston Respublikasi Oliy Majlisi", "Qonunchilik maʼlumotlari milliy bazasi",
                        LocalDate.of(2022, 10, 29), preview.publicationNumber(), ActStatus.IN_FORCE, IN_FORCE, null,
                        null);
                return imports.importEdition(preview.fileId(), metadata, language, IN_FORCE, preview.title());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
