package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/** A visible unit's yearly statistics report as the records stand now, for staff, as JSON. */
@RestController
@RequestMapping("/api/reports")
class AnnualReportStaffApiController {

    private final AnnualReports reports;
    private final Organization organization;
    private final Clock clock;

    AnnualReportStaffApiController(AnnualReports reports, Organization organization, Clock clock) {
        this.reports = reports;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/{unitId}/{year}")
    AnnualReport report(@AuthenticationPrincipal StaffUser user, @PathVariable UUID unitId, @PathVariable int year) {
        if (!organization.isVisible(user, unitId)
                || year < 2000
                || year > LocalDate.now(clock).getYear()) {
            throw new NotFound("report");
        }
        return reports.count(unitId, year);
    }
}
