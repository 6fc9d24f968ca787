package uz.muhokama.legislation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import uz.muhokama.legislation.ActDetails;
import uz.muhokama.legislation.ActRelationService;
import uz.muhokama.legislation.ActRelations;
import uz.muhokama.legislation.ActService;
import uz.muhokama.legislation.ActSummary;
import uz.muhokama.legislation.EditionText;
import uz.muhokama.legislation.ProvisionView;
import uz.muhokama.legislation.internal.ActSearchDocuments;
import uz.muhokama.search.SearchFacets;
import uz.muhokama.search.SearchRequest;
import uz.muhokama.search.SearchResults;
import uz.muhokama.search.SearchService;

/**
 * The legislation base over JSON, read-only and anonymous: acts, their text in a language as of a date, one provision
 * by its eId, their relations (amendments, loss of force, citations), and the search. Documented by OpenAPI at {@code /v3/api-docs}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Legislation", description = "Adopted acts, editions, provisions and search")
class LegislationApi {

    private static final int MAX_PAGE = 500;

    private final ActService acts;
    private final SearchService search;
    private final ActRelationService relations;

    LegislationApi(ActService acts, SearchService search, ActRelationService relations) {
        this.acts = acts;
        this.search = search;
        this.relations = relations;
    }

    @GetMapping("/acts")
    @Operation(summary = "Acts, newest adoption first, optionally filtered by words of the title or number")
    List<ActSummary> acts(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = "50") int limit) {
        return acts.list(q, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    @GetMapping("/acts/{type}/{year}/{number}")
    @Operation(summary = "An act's card and the list of its editions")
    ActDetails act(@PathVariable String type, @PathVariable String year, @PathVariable String number) {
        return find(type, year, number);
    }

    @GetMapping("/acts/{type}/{year}/{number}/text")
    @Operation(summary = "The act's text in a language as it read on a date (today by default)")
    EditionText text(@PathVariable String type, @PathVariable String year, @PathVariable String number,
                     @Parameter(description = "uz-Latn, uz-Cyrl, ru or en") @RequestParam String lang,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ActDetails act = find(type, year, number);
        return acts.textOn(act, lang, date == null ? LocalDate.now(ActService.TASHKENT) : date)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/acts/{type}/{year}/{number}/provisions/{eId}")
    @Operation(summary = "One provision by its eId, in a language as of a date")
    ProvisionView provision(@PathVariable String type, @PathVariable String year, @PathVariable String number,
                            @PathVariable String eId, @RequestParam String lang,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                            LocalDate date) {
        return text(type, year, number, lang, date).provisions().stream()
                .filter(p -> p.eId().equals(eId))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/acts/{type}/{year}/{number}/relations")
    @Operation(summary = "What links the act to others",
            description = "Amendments made to the act (amendedBy) and by it (amends), each naming the amending and "
                    + "the amended provision by eId, what was done (INSERTED, SUBSTITUTED, REPEALED) and from when; "
                    + "the act that made it lose force (lostForceBy, null while in force) and the acts it made lose "
                    + "force (repeals); citations read from the texts: provisions of other acts citing this act "
                    + "(citedBy, with the cited article's eId when one is named, else null) and the acts its own "
                    + "text cites (cites).")
    @ApiResponse(responseCode = "200", description = "The act's relations; empty lists when it has none")
    @ApiResponse(responseCode = "404", description = "No act at that address", content = @Content)
    ActRelations relations(@Parameter(description = "act type as in its address: law, code, resolution, …")
                           @PathVariable String type, @PathVariable String year, @PathVariable String number) {
        return relations.of(find(type, year, number).summary().id());
    }

    @GetMapping("/legislation/search")
    @Operation(summary = "Article-level full-text search across Uzbek (both scripts), Russian and English",
            description = "A page of hits with highlighted snippets and the total. Facet counts (type, status, "
                    + "language) come with the first page (offset 0) unless facets=false; they cost more than the "
                    + "hits, so a client that shows the hits first asks with facets=false and gets the counts from "
                    + "/legislation/search/facets right after. Without facets the total is exact up to 1,000 and a "
                    + "lower bound beyond (approximate = true); with facets it is exact up to about 10,000 and an "
                    + "estimate from a sample beyond.")
    SearchResults search(@RequestParam(defaultValue = "") String q,
                         @RequestParam(required = false) Set<String> type,
                         @RequestParam(required = false) Set<String> status,
                         @RequestParam(required = false) Set<String> language,
                         @RequestParam(required = false) Integer yearFrom,
                         @RequestParam(required = false) Integer yearTo,
                         @RequestParam(required = false) String scope,
                         @RequestParam(defaultValue = "false") boolean byDate,
                         @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(defaultValue = "20") int limit,
                         @Parameter(description = "count the facets; by default on the first page (offset 0) only")
                         @RequestParam(required = false) Boolean facets) {
        Map<String, Set<String>> filters = filters(type, status, language);
        return search.search(new SearchRequest(q, ActSearchDocuments.KIND, filters, yearFrom, yearTo, scope, byDate,
                offset, limit, facets == null ? offset <= 0 : facets));
    }

    @GetMapping("/legislation/search/facets")
    @Operation(summary = "The facet counts and the total of a search, without its hits",
            description = "Takes the same words and filters as /legislation/search. The counts are exact for up "
                    + "to about 10,000 matches and estimated from a random sample beyond (approximate = true).")
    SearchFacets searchFacets(@RequestParam(defaultValue = "") String q,
                              @RequestParam(required = false) Set<String> type,
                              @RequestParam(required = false) Set<String> status,
                              @RequestParam(required = false) Set<String> language,
                              @RequestParam(required = false) Integer yearFrom,
                              @RequestParam(required = false) Integer yearTo,
                              @RequestParam(required = false) String scope) {
        return search.facets(new SearchRequest(q, ActSearchDocuments.KIND, filters(type, status, language), yearFrom,
                yearTo, scope, false, 0, 1, true));
    }

    private static Map<String, Set<String>> filters(Set<String> type, Set<String> status, Set<String> language) {
        Map<String, Set<String>> filters = new HashMap<>();
        putIfPresent(filters, "type", type);
        putIfPresent(filters, "status", status);
        putIfPresent(filters, "language", language);
        return filters;
    }

    private ActDetails find(String type, String year, String number) {
        return acts.byUri("/act/uz/" + type + "/" + year + "/" + number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void putIfPresent(Map<String, Set<String>> filters, String facet, Set<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, values);
        }
    }
}
