package uz.muhokama.drafts.web;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import uz.muhokama.accounts.OrganisationDetails;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.accounts.OrganisationService;
import uz.muhokama.drafts.DraftActType;
import uz.muhokama.drafts.DraftListItem;
import uz.muhokama.drafts.DraftOpenData;
import uz.muhokama.drafts.DraftService;
import uz.muhokama.drafts.Texts;
import uz.muhokama.shared.SupportedLocale;
import uz.muhokama.shared.i18n.Translations;

/**
 * Atom feeds of drafts opened for public discussion, newest first: all of them, one agency's ({@code ?agency=ID}) or
 * one type of act's ({@code ?type=LAW}), titles in the language asked for ({@code ?lang=ru}), else Uzbek. Each entry
 * links to the draft's page and says until when comments are accepted.
 */
@RestController
class DraftFeedController {

    static final String PATH = "/drafts/feed.atom";
    private static final int ENTRIES = 50;
    private static final String ATOM = "application/atom+xml;charset=UTF-8";

    private final DraftOpenData drafts;
    private final OrganisationService organisations;
    private final Translations translations;
    private final String baseUrl;

    DraftFeedController(DraftOpenData drafts, OrganisationService organisations, Translations translations,
                        @Value("${muhokama.base-url}") String baseUrl) {
        this.drafts = drafts;
        this.organisations = organisations;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = PATH, produces = ATOM)
    ResponseEntity<String> feed(@RequestParam(required = false) String lang,
                                @RequestParam(required = false) Long agency,
                                @RequestParam(required = false) String type) throws FeedException {
        SupportedLocale locale = SupportedLocale.fromTag(lang == null ? "" : lang).orElse(SupportedLocale.DEFAULT);
        Optional<OrganisationDetails> organisation = agency == null ? Optional.empty()
                : organisations.find(new OrganisationId(agency));
        DraftActType actType = actType(type);
        if ((agency != null && organisation.isEmpty()) || (type != null && actType == null)) {
            return ResponseEntity.notFound().build();
        }
        List<DraftListItem> items = drafts.recentlyPublished(organisation.map(OrganisationDetails::id).orElse(null),
                actType, ENTRIES);
        String self = UriComponentsBuilder.fromUriString(baseUrl + PATH).queryParamIfPresent("agency",
                Optional.ofNullable(agency)).queryParamIfPresent("type", Optional.ofNullable(actType))
                .queryParamIfPresent("lang", Optional.ofNullable(lang == null ? null : locale.tag())).toUriString();
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(title(locale, organisation, actType));
        feed.setUpdated(Date.from(items.isEmpty() || items.getFirst().start() == null ? Instant.EPOCH
                : items.getFirst().start()));
        feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/drafts", "text/html")));
        feed.setOtherLinks(List.of(link("self", self, "application/atom+xml")));
        Person author = new Person();
        author.setName(translations.get(locale, "app.name"));
        feed.setAuthors(List.of(author));
        feed.setEntries(items.stream().map(item -> entry(item, locale)).toList());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(new WireFeedOutput().outputString(feed));
    }

    private String title(SupportedLocale locale, Optional<OrganisationDetails> organisation, DraftActType type) {
        if (organisation.isPresent()) {
            return translations.get(locale, "drafts.feed.titleAgency", organisation.get().names().in(locale));
        }
        if (type != null) {
            return translations.get(locale, "drafts.feed.titleType",
                    translations.get(locale, "drafts.type." + type.name()));
        }
        return translations.get(locale, "drafts.feed.title");
    }

    private Entry entry(DraftListItem draft, SupportedLocale locale) {
        Entry entry = new Entry();
        String address = baseUrl + "/drafts/" + draft.id().value();
        entry.setId(address);
        entry.setTitle(Texts.pick(locale.locale(), draft.titleUz(), draft.titleRu()));
        entry.setUpdated(Date.from(draft.start() == null ? draft.createdAt() : draft.start()));
        entry.setAlternateLinks(List.of(link("alternate", address, "text/html")));
        Content summary = new Content();
        summary.setType("text");
        String agency = organisations.find(draft.organisation()).map(o -> o.names().in(locale)).orElse("");
        StringBuilder text = new StringBuilder(translations.get(locale, "drafts.type." + draft.type().name()));
        if (draft.number() != null) {
            text.append(" · ").append(draft.number());
        }
        text.append(" · ").append(agency).append(" · ")
                .append(translations.get(locale, "drafts.status." + draft.status().name()));
        if (draft.end() != null) {
            LocalDate lastDay = LocalDate.ofInstant(draft.end().minusSeconds(1), DraftService.TASHKENT);
            text.append(" · ").append(translations.get(locale, "drafts.feed.until", lastDay.toString()));
        }
        summary.setValue(text.toString());
        entry.setSummary(summary);
        return entry;
    }

    private static DraftActType actType(String type) {
        if (type == null) {
            return null;
        }
        for (DraftActType candidate : DraftActType.values()) {
            if (candidate.name().equalsIgnoreCase(type.strip())) {
                return candidate;
            }
        }
        return null;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
