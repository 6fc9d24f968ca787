package uz.muhokama.drafts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.drafts.ConsolidatedTable;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.TableInfo;
import uz.muhokama.shared.SupportedLocale;

/**
 * The consolidated table of a draft to download, for anyone once the agency published it: {@code table.csv},
 * {@code table.xlsx} and {@code table.pdf}, with the headings in the language of {@code ?lang=} (or the browser's).
 * The body is written to the response while the rows are read, on the request's own thread, so that no
 * asynchronous time limit cuts a long table short.
 */
@RestController
class TableDownloadController {

    static final String CSV = "text/csv;charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ConsolidatedTable table;
    private final TableExports exports;

    TableDownloadController(ConsolidatedTable table, TableExports exports) {
        this.table = table;
        this.exports = exports;
    }

    @GetMapping("/drafts/{id:[0-9]{1,18}}/table.csv")
    void csv(@PathVariable long id, @RequestParam(required = false) String lang, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        download(id, CSV, "csv", lang, request, response, exports::csv);
    }

    @GetMapping("/drafts/{id:[0-9]{1,18}}/table.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) String lang, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        download(id, XLSX, "xlsx", lang, request, response, exports::xlsx);
    }

    @GetMapping("/drafts/{id:[0-9]{1,18}}/table.pdf")
    void pdf(@PathVariable long id, @RequestParam(required = false) String lang, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        download(id, MediaType.APPLICATION_PDF_VALUE, "pdf", lang, request, response, exports::pdf);
    }

    private interface Writer {
        void write(TableInfo info, Locale locale, OutputStream out);
    }

    private void download(long id, String type, String extension, String lang, HttpServletRequest request,
                          HttpServletResponse response, Writer writer) throws IOException {
        Optional<TableInfo> found = table.find(new DraftId(id));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = SupportedLocale.fromTag(lang).orElseGet(() -> SupportedLocale.closestTo(request.getLocale()))
                .locale();
        response.setContentType(type);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(exports.fileName(found.get(), extension)).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        writer.write(found.get(), locale, out);
        out.flush();
    }
}
