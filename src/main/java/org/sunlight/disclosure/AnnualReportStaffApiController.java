package org.sunlight.disclosure;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;

/** A visible unit's yearly statistics report as the records stand now, for staff, as JSON. */
@RestController
@RequestMapping("/api/reports")
class AnnualReportStaffApiController {

    private final AnnualReports reports;

    AnnualReportStaffApiController(AnnualReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{unitId}/{year}")
    AnnualReport report(@AuthenticationPrincipal StaffUser user, @PathVariable UUID unitId, @PathVariable int year) {
        return reports.countFor(user, unitId, year);
    }
}
