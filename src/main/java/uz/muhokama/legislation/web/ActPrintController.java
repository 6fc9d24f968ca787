package uz.muhokama.legislation.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uz.muhokama.legislation.internal.ActCitationLinks;
import uz.muhokama.legislation.internal.ActHtml;

/**
 * The print view of an act: plain HTML rendered on the server, with no script, good for printing, screen readers and
 * search engines. Same choice of language and date as the reading page.
 */
@Controller
class ActPrintController {

    private static final String STYLE = """
            body{font-family:"Noto Serif",Georgia,"Times New Roman",serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
            line-height:1.55;color:#111}h1{font-size:1.5rem;text-align:center}.meta{font-family:sans-serif;
            font-size:.85rem;color:#444;border-bottom:1px solid #ccc;padding-bottom:.5rem}.prov-heading{font-size:1rem}
            .prov-part,.prov-section,.prov-chapter,.prov-subchapter{text-align:center}.prov-number{color:inherit;
            text-decoration:none}.copy-link{display:none}p{text-align:justify;margin:0 0 .5em}
            @media print{body{margin:0}a{color:inherit;text-decoration:none}}""";

    private final ActTexts texts;
    private final ActCitationLinks citations;

    ActPrintController(ActTexts texts, ActCitationLinks citations) {
        this.texts = texts;
        this.citations = citations;
    }

    @GetMapping(value = "/act/uz/{type}/{year}/{number}/print", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> print(@PathVariable String type, @PathVariable String year, @PathVariable String number,
                                 @RequestParam(required = false) String lang,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                 LocalDate date) {
        Optional<ActTexts.Resolved> found = texts.resolve(type, year, number, lang, date);
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        ActTexts.Resolved r = found.get();
        String title = ActHtml.escape(r.act().summary().title(r.language()));
        String html = "<!doctype html><html lang=\"" + r.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"canonical\" href=\"" + r.uri() + "\"><style>" + STYLE
                + "</style></head><body><h1>" + title + "</h1><p class=\"meta\">"
                + ActHtml.escape(texts.facts(r))
                + "</p>" + ActHtml.render(r.text(), r.uri(), texts.labels(r.locale()), "",
                citations.forText(r.uri(), r.text())) + "</body></html>";
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(html);
    }
}
