package uz.muhokama.legislation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import uz.muhokama.files.FileRejectedException;
import uz.muhokama.legislation.internal.SafeZip;

/**
 * Imports many acts at once, in the background: a zip archive (unpacked within limits, see {@link SafeZip}) or a
 * single file. Each file's act is described by what the parser reads from it (title, type, number, adoption date,
 * language); a file whose description is incomplete is skipped with the reason, since nobody is there to complete it.
 * Every file is imported in its own transaction, so one bad file does not undo the others.
 */
@Service
public class LegislationBulkImportService {

    private static final Logger log = LoggerFactory.getLogger(LegislationBulkImportService.class);

    private final LegislationImportService imports;

    LegislationBulkImportService(LegislationImportService imports) {
        this.imports = imports;
    }

    /**
     * Starts importing an uploaded file (a zip archive or one document) on a virtual thread, as the person who
     * uploaded it; the uploaded file is deleted when the job ends.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public BulkImportJob start(Path upload, String fileName) {
        BulkImportJob job = new BulkImportJob(fileName);
        SecurityContext context = SecurityContextHolder.getContext();
        Thread.ofVirtual().name("bulk-import").start(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(job, upload, fileName);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return job;
    }

    private void run(BulkImportJob job, Path upload, String fileName) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("muhokama-bulk");
            List<SafeZip.Entry> entries;
            if (SafeZip.isZip(upload) && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                try (InputStream in = Files.newInputStream(upload)) {
                    entries = SafeZip.unpack(in, folder);
                }
            } else {
                entries = List.of(new SafeZip.Entry(fileName, upload, null));
            }
            job.total(entries.size());
            entries.forEach(entry -> job.add(importOne(entry)));
        } catch (LegislationException e) {
            job.fail(e.messageKey());
        } catch (IOException | RuntimeException e) {
            log.warn("Bulk import of {} failed", fileName, e);
            job.fail("legislation.bulk.failed");
        } finally {
            delete(folder);
            delete(upload);
            job.finish();
        }
    }

    private BulkImportJob.Item importOne(SafeZip.Entry entry) {
        if (entry.file() == null) {
            return item(entry.name(), BulkImportJob.Status.SKIPPED, entry.skipReason(), null);
        }
        try (InputStream in = Files.newInputStream(entry.file())) {
            ImportPreview preview = imports.preview(in, entry.name());
            if (preview.suggestedType() == null || preview.suggestedNumber() == null
                    || preview.suggestedAdoptedOn() == null || preview.title() == null || preview.title().isBlank()) {
                return item(entry.name(), BulkImportJob.Status.SKIPPED, "legislation.bulk.missingMetadata", null);
            }
            ActMetadata metadata = new ActMetadata(preview.suggestedType(), preview.suggestedNumber(),
                    preview.suggestedAdoptedOn(), null, null, null, preview.publicationNumber(), ActStatus.IN_FORCE,
                    null, null, null);
            ImportResult result = imports.importEdition(preview.fileId(), metadata, preview.language(),
                    preview.suggestedValidFrom(), preview.title());
            return item(entry.name(), result.outcome() == ImportResult.Outcome.UNCHANGED
                    ? BulkImportJob.Status.UNCHANGED : BulkImportJob.Status.IMPORTED, null, result.uri());
        } catch (FileRejectedException e) {
            return new BulkImportJob.Item(entry.name(), BulkImportJob.Status.FAILED, e.messageKey(),
                    List.of(e.arguments()), null);
        } catch (LegislationException e) {
            return item(entry.name(), BulkImportJob.Status.FAILED, e.messageKey(), null);
        } catch (IOException | RuntimeException e) {
            log.info("Bulk import: {} could not be read", entry.name(), e);
            return item(entry.name(), BulkImportJob.Status.FAILED, "legislation.bulk.unreadable", null);
        }
    }

    private static BulkImportJob.Item item(String name, BulkImportJob.Status status, String reason, String uri) {
        return new BulkImportJob.Item(name, status, reason, List.of(), uri);
    }

    private static void delete(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
