package uz.muhokama.legislation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uz.muhokama.legislation.BulkImportJob;
import uz.muhokama.legislation.LegislationBulkImportService;

/**
 * Bulk import: a zip archive or several files, imported in the background while a progress bar and a per-file result
 * list follow it. Push is off, so the page polls while a job runs and stops when all are done.
 */
class BulkImportPanel extends Div {

    private static final int POLL_MILLIS = 1000;
    private static final int MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

    private final transient LegislationBulkImportService bulk;
    private final transient List<BulkImportJob> jobs = new CopyOnWriteArrayList<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final UnorderedList results = new UnorderedList();
    private Registration polling;

    BulkImportPanel(LegislationBulkImportService bulk) {
        this.bulk = bulk;
        addClassName("bulk-import");
        progress.setId("bulk-progress");
        progressText.setId("bulk-progress-text");
        results.setId("bulk-results");
        results.addClassName("bulk-results");
    }

    void localise() {
        removeAll();
        Upload upload = new Upload(event -> {
            UI ui = event.getUI();
            Path file = Files.createTempFile("muhokama-upload", ".bin");
            try (InputStream in = event.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                throw new UncheckedIOException(e);
            }
            BulkImportJob job = bulk.start(file, event.getFileName());
            jobs.add(job);
            ui.access(() -> {
                ui.setPollInterval(POLL_MILLIS);
                refresh();
            });
        });
        upload.setId("bulk-upload");
        UploadTexts.apply(upload, this);
        upload.setMaxFiles(50);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes(".zip", ".doc", ".docx", ".odt", ".pdf", ".rtf", ".html", ".htm", ".xml",
                ".txt");
        Paragraph help = new Paragraph(getTranslation("legislation.bulk.help"));
        help.addClassName("lead");
        Div status = new Div(progress, progressText);
        status.addClassName("bulk-status");
        add(new H2(getTranslation("legislation.bulk.title")), help, upload, status, results);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        int total = jobs.stream().mapToInt(j -> Math.max(0, j.total())).sum();
        int done = jobs.stream().mapToInt(BulkImportJob::done).sum();
        boolean running = jobs.stream().anyMatch(j -> !j.finished());
        progress.setVisible(!jobs.isEmpty());
        progress.setIndeterminate(running && total == 0);
        progress.setValue(total == 0 ? (running ? 0 : 1) : (double) done / total);
        progressText.setText(jobs.isEmpty() ? "" : getTranslation("legislation.bulk.progress", done, total));
        results.removeAll();
        for (BulkImportJob job : jobs) {
            if (job.failureKey() != null) {
                results.add(line(job.upload(), "FAILED", getTranslation(job.failureKey()), null));
            }
            for (BulkImportJob.Item item : job.items()) {
                String reason = item.reasonKey() == null ? ""
                        : getTranslation(item.reasonKey(), item.reasonArguments().toArray());
                results.add(line(item.name(), item.status().name(), reason, item.uri()));
            }
        }
        UI ui = UI.getCurrent();
        if (!running && !jobs.isEmpty() && ui != null) {
            ui.setPollInterval(-1);
        }
    }

    private ListItem line(String name, String status, String reason, String uri) {
        Span badge = ActView.badge(getTranslation("legislation.bulk.status." + status),
                switch (status) {
                    case "IMPORTED" -> "success";
                    case "FAILED" -> "error";
                    default -> "contrast";
                });
        ListItem line = new ListItem(badge);
        line.addClassName("bulk-" + status.toLowerCase());
        if (uri != null) {
            Anchor link = new Anchor(uri.substring(1), name);
            line.add(link);
        } else {
            line.add(new Span(name));
        }
        if (!reason.isEmpty()) {
            Span why = new Span(reason);
            why.addClassName("bulk-reason");
            line.add(why);
        }
        return line;
    }
}
