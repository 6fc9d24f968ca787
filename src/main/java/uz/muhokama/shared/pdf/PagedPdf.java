package uz.muhokama.shared.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;

/**
 * A PDF too long to lay out in one piece (a table with a million rows): each part is rendered from its own HTML into
 * a temporary file, and the parts are joined page after page into the output at the end, with PDFBox buffering in
 * temporary files rather than in memory. Close it to remove the temporary files, whether or not it was finished.
 */
public final class PagedPdf implements AutoCloseable {

    private final List<Path> parts = new ArrayList<>();

    /** Renders one part, a complete HTML document, after the parts before it. */
    public void add(String html) {
        try {
            Path part = Files.createTempFile("muhokama-pdf-", ".pdf");
            parts.add(part);
            try (OutputStream out = Files.newOutputStream(part)) {
                HtmlPdf.render(html, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the parts, joined, to {@code out}; the stream stays open. */
    public void writeTo(OutputStream out) {
        if (parts.size() == 1) {
            try {
                Files.copy(parts.getFirst(), out);
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PDFMergerUtility merger = new PDFMergerUtility();
        try {
            for (Path part : parts) {
                merger.addSource(part.toFile());
            }
            merger.setDestinationStream(out);
            merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Path part : parts) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                part.toFile().deleteOnExit();
            }
        }
        parts.clear();
    }
}
