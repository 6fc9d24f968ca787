package uz.muhokama.legislation.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.internal.ActAkomaNtoso;
import uz.muhokama.legislation.internal.ActDocx;
import uz.muhokama.legislation.internal.ActPdf;

/**
 * An act's edition to download: Akoma Ntoso XML, Word (DOCX) and PDF, same choice of language and date as the page.
 */
@RestController
class ActDownloadController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ActTexts texts;
    private final PdfCache pdfs;
    private final String baseUrl;

    ActDownloadController(ActTexts texts, PdfCache pdfs, @Value("${muhokama.base-url}") String baseUrl) {
        this.texts = texts;
        this.pdfs = pdfs;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/act/uz/{type}/{year}/{number}/akn.xml")
    ResponseEntity<byte[]> akomaNtoso(@PathVariable String type, @PathVariable String year,
                                      @PathVariable String number, @RequestParam(required = false) String lang,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return download(texts.resolve(type, year, number, lang, date), MediaType.APPLICATION_XML, "xml",
                r -> ActAkomaNtoso.write(r.act().summary(), r.text(), LocalDate.now(ActService.TASHKENT))
                        .getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/act/uz/{type}/{year}/{number}/text.docx")
    ResponseEntity<byte[]> docx(@PathVariable String type, @PathVariable String year, @PathVariable String number,
                                @RequestParam(required = false) String lang,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                LocalDate date) {
        return download(texts.resolve(type, year, number, lang, date), DOCX, "docx",
                r -> ActDocx.write(r.act().summary().title(r.language()), texts.facts(r), r.text(),
                        texts.labels(r.locale())));
    }

    @GetMapping("/act/uz/{type}/{year}/{number}/text.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String type, @PathVariable String year, @PathVariable String number,
                               @RequestParam(required = false) String lang,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate date) {
        return download(texts.resolve(type, year, number, lang, date), MediaType.APPLICATION_PDF, "pdf",
                r -> pdfs.get(r.text().edition().id() + "|" + r.locale() + "|" + texts.facts(r),
                        () -> ActPdf.write(r.act().summary().title(r.language()), texts.facts(r), r.text(),
                                texts.labels(r.locale()), baseUrl + r.uri())));
    }

    private static ResponseEntity<byte[]> download(Optional<ActTexts.Resolved> found, MediaType type,
                                                   String extension, Function<ActTexts.Resolved, byte[]> writer) {
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ActTexts.Resolved r = found.get();
        String name = r.uri().substring("/act/uz/".length()).replace('/', '-') + "-" + r.language() + "-" + r.on()
                + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(writer.apply(r));
    }
}
