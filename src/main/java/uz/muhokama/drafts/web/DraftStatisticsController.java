package uz.muhokama.drafts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.muhokama.accounts.OrganisationId;
import uz.muhokama.drafts.AgencyStats;
import uz.muhokama.drafts.DraftId;
import uz.muhokama.drafts.DraftStatistics;
import uz.muhokama.drafts.DraftStats;

/** The statistics of discussions as JSON, for anyone: per draft and per agency. */
@RestController
@Tag(name = "Draft statistics")
class DraftStatisticsController {

    private final DraftStatistics statistics;

    DraftStatisticsController(DraftStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Statistics of one published draft (a group of near-identical comments counts as one proposal)")
    @GetMapping("/api/v1/drafts/{id}/statistics")
    ResponseEntity<DraftStats> draft(@PathVariable long id) {
        return statistics.of(new DraftId(id))
                .map(s -> ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(s))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "Statistics of all published drafts of one agency, together and per draft")
    @GetMapping("/api/v1/drafts/statistics")
    ResponseEntity<AgencyStats> agency(@RequestParam long agency) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .body(statistics.ofAgency(new OrganisationId(agency)));
    }
}
