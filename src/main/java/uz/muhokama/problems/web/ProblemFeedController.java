package uz.muhokama.problems.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import uz.muhokama.problems.Category;
import uz.muhokama.problems.ProblemException;
import uz.muhokama.problems.ProblemService;
import uz.muhokama.problems.ProblemSubscriptionService;
import uz.muhokama.problems.ReportDetails;
import uz.muhokama.problems.ReportId;
import uz.muhokama.problems.ReportSummary;
import uz.muhokama.problems.ReportUpdate;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * Atom feeds of problem reports, built with Rome like the drafts' feed, in the language asked for ({@code ?lang=ru}),
 * else Uzbek: the newest reports of a category, a district or a bounding box ({@code /problems/feed.atom?category=…
 * &district=…&bbox=minLon,minLat,maxLon,maxLat}), those of a subscription by its feed token
 * ({@code /problems/feed/<token>.atom}, the way to follow a drawn area), and one report's public history
 * ({@code /problems/<number>/feed.atom}). A bad parameter answers 400 and an unknown token or report 404, with the
 * reason as translated text.
 */
@RestController
class ProblemFeedController {

    static final String PATH = "/problems/feed.atom";
    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final ProblemSubscriptionService subscriptions;
    private final ProblemService problems;
    private final Translations translations;
    private final String baseUrl;

    ProblemFeedController(ProblemSubscriptionService subscriptions, ProblemService problems,
                          Translations translations, @Value("${muhokama.base-url}") String baseUrl) {
        this.subscriptions = subscriptions;
        this.problems = problems;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = PATH, produces = {ATOM, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> reports(@RequestParam(required = false) String lang,
                                   @RequestParam(required = false) String category,
                                   @RequestParam(required = false) String district,
                                   @RequestParam(required = false) String bbox) throws FeedException {
        SupportedLocale locale = locale(lang);
        List<ReportSummary> reports;
        try {
            reports = subscriptions.feed(category, district, bbox);
        } catch (ProblemException e) {
            return refusal(HttpStatus.BAD_REQUEST, locale, e.messageKey());
        }
        String self = UriComponentsBuilder.fromUriString(baseUrl + PATH)
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .queryParamIfPresent("district", Optional.ofNullable(district))
                .queryParamIfPresent("bbox", Optional.ofNullable(bbox))
                .queryParamIfPresent("lang", Optional.ofNullable(lang == null ? null : locale.tag()))
                .encode().toUriString();
        String categoryName = problems.category(category).map(c -> c.name(locale.locale())).orElse(null);
        String title = translations.get(locale, "problems.feed.title",
                translations.get(locale, "problems.feed.scope", categoryName == null
                        ? translations.get(locale, "problems.subscription.anyCategory") : categoryName,
                        district != null && !district.isBlank() ? district.strip() : bbox != null && !bbox.isBlank()
                                ? translations.get(locale, "problems.feed.box")
                                : translations.get(locale, "problems.subscription.everywhere")));
        return atom(feed(self, title, baseUrl + "/problems", reports, locale));
    }

    @GetMapping(value = "/problems/feed/{token}.atom", produces = {ATOM, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> subscription(@PathVariable String token, @RequestParam(required = false) String lang)
            throws FeedException {
        SupportedLocale locale = locale(lang);
        Optional<ProblemSubscriptionService.SubscriptionFeed> found = subscriptions.feed(token);
        if (found.isEmpty()) {
            return refusal(HttpStatus.NOT_FOUND, locale, "problems.feed.error.token");
        }
        String self = baseUrl + "/problems/feed/" + token + ".atom" + (lang == null ? "" : "?lang=" + locale.tag());
        String title = translations.get(locale, "problems.feed.title",
                subscriptions.describe(found.get().subscription(), locale.locale()));
        return atom(feed(self, title, baseUrl + "/problems", found.get().reports(), locale));
    }

    @GetMapping(value = "/problems/{number}/feed.atom", produces = {ATOM, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> history(@PathVariable long number, @RequestParam(required = false) String lang)
            throws FeedException {
        SupportedLocale locale = locale(lang);
        Optional<ReportDetails> found = problems.find(new ReportId(number));
        if (found.isEmpty()) {
            return refusal(HttpStatus.NOT_FOUND, locale, "problems.feed.error.report");
        }
        ReportDetails report = found.get();
        String page = baseUrl + "/problems/" + number;
        Feed feed = new Feed("atom_1.0");
        feed.setId(page + "/feed.atom");
        feed.setTitle(translations.get(locale, "problems.feed.historyTitle", String.valueOf(number), report.title()));
        List<ReportUpdate> history = report.history().reversed();
        feed.setUpdated(Date.from(history.isEmpty() ? report.updatedAt() : history.getFirst().createdAt()));
        feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
        feed.setOtherLinks(List.of(link("self", page + "/feed.atom"
                + (lang == null ? "" : "?lang=" + locale.tag()), "application/atom+xml")));
        feed.setAuthors(List.of(author(locale)));
        feed.setEntries(history.stream().map(update -> {
            Entry entry = new Entry();
            entry.setId(page + "#update-" + update.id());
            entry.setTitle(update.status() == null ? translations.get(locale, "problems.feed.note")
                    : translations.get(locale, "problems.status." + update.status().name()));
            entry.setUpdated(Date.from(update.createdAt()));
            entry.setAlternateLinks(List.of(link("alternate", page, "text/html")));
            entry.setSummary(text(translations.get(locale, "problems.feed.author." + update.authorKind().name())
                    + (update.note() == null || update.note().isBlank() ? "" : " · " + update.note())));
            return entry;
        }).toList());
        return atom(feed);
    }

    private Feed feed(String self, String title, String alternate, List<ReportSummary> reports,
                      SupportedLocale locale) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title);
        feed.setUpdated(Date.from(reports.isEmpty() ? Instant.EPOCH : reports.getFirst().createdAt()));
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        feed.setAuthors(List.of(author(locale)));
        feed.setEntries(reports.stream().map(report -> entry(report, locale)).toList());
        return feed;
    }

    private Entry entry(ReportSummary report, SupportedLocale locale) {
        Entry entry = new Entry();
        String address = baseUrl + "/problems/" + report.id().value();
        entry.setId(address);
        entry.setTitle(report.title());
        entry.setUpdated(Date.from(report.createdAt()));
        entry.setAlternateLinks(List.of(link("alternate", address, "text/html")));
        StringBuilder summary = new StringBuilder(problems.category(report.categoryCode())
                .map(c -> c.name(locale.locale())).orElse(report.categoryCode()));
        summary.append(" · ").append(translations.get(locale, "problems.status." + report.status().name()));
        String place = report.address() != null ? report.address() : report.district();
        if (place != null) {
            summary.append(" · ").append(place);
        }
        entry.setSummary(text(summary.toString()));
        return entry;
    }

    private Person author(SupportedLocale locale) {
        Person author = new Person();
        author.setName(translations.get(locale, "app.name"));
        return author;
    }

    private ResponseEntity<String> refusal(HttpStatus status, SupportedLocale locale, String key) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN,
                java.nio.charset.StandardCharsets.UTF_8)).body(translations.get(locale, key));
    }

    private static ResponseEntity<String> atom(Feed feed) throws FeedException {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ATOM)).cacheControl(CacheControl.noCache())
                .body(new WireFeedOutput().outputString(feed));
    }

    private static SupportedLocale locale(String lang) {
        return SupportedLocale.fromTag(lang == null ? "" : lang).orElse(SupportedLocale.DEFAULT);
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType("text");
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
