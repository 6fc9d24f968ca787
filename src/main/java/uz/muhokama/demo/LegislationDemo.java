package uz.muhokama.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/** The Labour Code of 2022 in Uzbek and Russian, as the national database exports it, from the shared corpus. */
@Component
class LegislationDemo {

    private static final Logger log = LoggerFactory.getLogger(LegislationDemo.class);
    private static final LocalDate ADOPTED = LocalDate.of(2022, 10, 28);
    private static final LocalDate IN_FORCE = LocalDate.of(2023, 4, 30);

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
        log.info("Demo legislation loaded: the Labour Code in Uzbek and Russian");
    }

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
