package org.sunlight.disclosure;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The published yearly statistics reports on the portal (D13): a list, each report's page, its PDF and workbook. */
@Controller
class AnnualReportPortalController {

    private final AnnualReports reports;
    private final AnnualReportFiles files;
    private final MessageSource messages;
    private final org.sunlight.organization.Organization organization;

    AnnualReportPortalController(
            AnnualReports reports,
            AnnualReportFiles files,
            MessageSource messages,
            org.sunlight.organization.Organization organization) {
        this.reports = reports;
        this.files = files;
        this.messages = messages;
        this.organization = organization;
    }

    /** Every unit's reports, or on a unit's portal ({@code /u/{unitCode}/portal/annual-reports}) the unit's own. */
    @GetMapping({"/portal/annual-reports", "/u/{unitCode}/portal/annual-reports"})
    String list(
            @PathVariable(required = false) String unitCode,
            @RequestParam(required = false) Integer year,
            Model model) {
        var unit = organization.portalUnit(unitCode);
        model.addAttribute(
                "reports",
                reports.listed(year).stream()
                        .filter(report -> unit == null || unit.id().equals(report.unitId()))
                        .toList());
        model.addAttribute("year", year);
        return "report/portal-list";
    }

    @GetMapping("/portal/annual-reports/{unitId}/{year}")
    String report(
            @PathVariable UUID unitId,
            @PathVariable int year,
            @RequestParam(required = false) Integer version,
            Model model) {
        var published = published(unitId, year, version);
        model.addAttribute("published", published);
        model.addAttribute("latest", reports.latest(unitId, year).orElseThrow().version());
        model.addAttribute("versions", reports.versions(unitId, year));
        model.addAttribute("view", files.view(published.report()));
        model.addAttribute("title", files.title(published.report()));
        return "report/portal-report";
    }

    @GetMapping("/portal/annual-reports/{unitId}/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID unitId, @PathVariable int year, @RequestParam(required = false) Integer version) {
        var published = published(unitId, year, version);
        return files.pdf(
                published.report(),
                messages.getMessage(
                        "report.published-note",
                        new Object[] {published.version(), published.publishedOn()},
                        Locale.SIMPLIFIED_CHINESE));
    }

    @GetMapping("/portal/annual-reports/{unitId}/{year}/report.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable UUID unitId, @PathVariable int year, @RequestParam(required = false) Integer version) {
        return files.xlsx(published(unitId, year, version).report());
    }

    private PublishedReport published(UUID unitId, int year, Integer version) {
        return reports.published(unitId, year, version);
    }
}
