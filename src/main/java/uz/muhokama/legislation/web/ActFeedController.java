package uz.muhokama.legislation.web;

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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActUpdate;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * The Atom feed of acts added to the legislation base or given a new edition, newest first, each entry linking to
 * the act's page. Titles in the language asked for ({@code ?lang=ru}), else Uzbek.
 */
@RestController
class ActFeedController {

    static final String PATH = "/legislation/feed.atom";
    private static final int ENTRIES = 50;
    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final ActService acts;
    private final Translations translations;
    private final String baseUrl;

    ActFeedController(ActService acts, Translations translations, @Value("${muhokama.base-url}") String baseUrl) {
        this.acts = acts;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = PATH, produces = ATOM)
    ResponseEntity<String> feed(@RequestParam(required = false) String lang) throws FeedException {
        SupportedLocale locale = SupportedLocale.fromTag(lang == null ? "" : lang).orElse(SupportedLocale.DEFAULT);
        String language = locale.tag();
        List<ActUpdate> updates = acts.recentlyUpdated(ENTRIES);
        Feed feed = new Feed("atom_1.0");
        feed.setId(baseUrl + PATH);
        feed.setTitle(translations.get(locale, "legislation.feed.title"));
        feed.setUpdated(Date.from(updates.isEmpty() ? Instant.EPOCH : updates.getFirst().updatedAt()));
        feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/legislation", "text/html")));
        feed.setOtherLinks(List.of(link("self", baseUrl + PATH, "application/atom+xml")));
        Person author = new Person();
        author.setName(translations.get(locale, "app.name"));
        feed.setAuthors(List.of(author));
        feed.setEntries(updates.stream().map(update -> entry(update, language, locale)).toList());
        String xml = new WireFeedOutput().outputString(feed);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(xml);
    }

    private Entry entry(ActUpdate update, String language, SupportedLocale locale) {
        Entry entry = new Entry();
        String address = baseUrl + update.act().uri();
        entry.setId(address);
        entry.setTitle(update.act().title(language));
        entry.setUpdated(Date.from(update.updatedAt()));
        entry.setAlternateLinks(List.of(link("alternate", address + "?lang=" + language, "text/html")));
        Content summary = new Content();
        summary.setType("text");
        summary.setValue(translations.get(locale, "legislation.type." + update.act().type().name()) + " · "
                + update.act().number() + " · " + update.act().adoptedOn() + " · "
                + translations.get(locale, "legislation.status." + update.act().status().name()));
        entry.setSummary(summary);
        return entry;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
