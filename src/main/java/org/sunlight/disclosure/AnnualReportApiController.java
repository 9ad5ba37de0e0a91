package org.sunlight.disclosure;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published yearly statistics reports as open data: the list, and each report's figures as JSON. */
@RestController
@RequestMapping("/api/public/annual-reports")
class AnnualReportApiController {

    private final AnnualReports reports;

    AnnualReportApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping
    List<ListedReport> list(@RequestParam(required = false) Integer year) {
        return reports.listed(year);
    }

    /** The latest version unless one is asked for. */
    @GetMapping("/{unitId}/{year}")
    PublishedReport report(
            @PathVariable UUID unitId, @PathVariable int year, @RequestParam(required = false) Integer version) {
        return reports.published(unitId, year, version);
    }
}
