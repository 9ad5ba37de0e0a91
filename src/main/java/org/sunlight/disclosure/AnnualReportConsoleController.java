package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;

/**
 * The yearly statistics reports (D13) on the console: where each visible unit stands for a year, a unit's report as
 * the records stand now, its PDF and workbook, and publication by the unit's ADMIN once the year is over.
 */
@Controller
@RequestMapping("/console/reports")
class AnnualReportConsoleController {

    private final AnnualReports reports;
    private final AnnualReportFiles files;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    AnnualReportConsoleController(
            AnnualReports reports,
            AnnualReportFiles files,
            Organization organization,
            MessageSource messages,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.reports = reports;
        this.files = files;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** A visible unit's standing for the year. */
    public record UnitStatus(Unit unit, ReportDeadline.Status status, LocalDate firstPublishedOn) {

        public String statusKey() {
            return "report.status." + status.name();
        }

        public boolean flagged() {
            return status == ReportDeadline.Status.OVERDUE || status == ReportDeadline.Status.PUBLISHED_LATE;
        }
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        var today = LocalDate.now(clock);
        int shown = year == null ? ReportDeadline.yearInQuestion(today) : year;
        if (shown < AnnualReports.FIRST_YEAR || shown > today.getYear()) {
            model.addAttribute(
                    "failure",
                    text(
                            "report.year.invalid",
                            String.valueOf(AnnualReports.FIRST_YEAR),
                            String.valueOf(today.getYear())));
            shown = ReportDeadline.yearInQuestion(today);
        }
        var units = organization.visibleUnits(user);
        var published = reports.firstPublished(units.stream().map(Unit::id).toList(), shown);
        int reportYear = shown;
        List<UnitStatus> statuses = units.stream()
                .map(unit -> new UnitStatus(
                        unit,
                        ReportDeadline.Status.of(reportYear, published.get(unit.id()), today),
                        published.get(unit.id())))
                .toList();
        model.addAttribute("year", shown);
        model.addAttribute("due", ReportDeadline.due(shown));
        model.addAttribute(
                "years",
                java.util.stream.IntStream.rangeClosed(
                                Math.max(AnnualReports.FIRST_YEAR, today.getYear() - 5), today.getYear())
                        .boxed()
                        .sorted(java.util.Comparator.reverseOrder())
                        .toList());
        model.addAttribute("statuses", statuses);
        model.addAttribute("publishable", ReportDeadline.publishable(shown, today));
        return "report/reports";
    }

    @GetMapping("/{unitId}/{year}")
    String report(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID unitId, @PathVariable int year, Model model) {
        var report = reports.countFor(user, unitId, year);
        var today = LocalDate.now(clock);
        var versions = reports.versions(unitId, year);
        model.addAttribute("view", files.view(report));
        model.addAttribute("title", files.title(report));
        model.addAttribute("versions", versions);
        model.addAttribute("due", ReportDeadline.due(year));
        model.addAttribute("publishable", ReportDeadline.publishable(year, today));
        model.addAttribute("ownUnit", unitId.equals(user.getUnitId()));
        model.addAttribute(
                "status",
                ReportDeadline.Status.of(
                        year,
                        versions.stream()
                                .findFirst()
                                .map(PublishedReport::publishedOn)
                                .orElse(null),
                        today));
        return "report/report";
    }

    @GetMapping("/{unitId}/{year}/report.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID unitId, @PathVariable int year) {
        var report = reports.countFor(user, unitId, year);
        return files.pdf(
                report,
                text(
                        "report.counted-at",
                        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                .withZone(clock.getZone())
                                .format(report.countedAt())));
    }

    @GetMapping("/{unitId}/{year}/report.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID unitId, @PathVariable int year) {
        return files.xlsx(reports.countFor(user, unitId, year));
    }

    /** The unit's ADMIN publishes the report once its year is over; a later publication needs its reason. */
    @PostMapping("/{unitId}/{year}/publish")
    @PreAuthorize("hasRole('ADMIN')")
    String publish(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID unitId,
            @PathVariable int year,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        reports.requireVisible(user, unitId, year);
        var back = "redirect:/console/reports/" + unitId + "/" + year;
        if (!unitId.equals(user.getUnitId())) {
            redirect.addFlashAttribute("failure", text("report.publish.own-unit"));
            return back;
        }
        if (!ReportDeadline.publishable(year, LocalDate.now(clock))) {
            redirect.addFlashAttribute("failure", text("report.publish.year-not-over", String.valueOf(year)));
            return back;
        }
        boolean republish = reports.latest(unitId, year).isPresent();
        if (republish
                && (reason == null
                        || reason.isBlank()
                        || !lengths.fits("disclosure.annual_report.reason", reason.strip()))) {
            redirect.addFlashAttribute(
                    "failure", text("report.publish.reason-required", lengths.max("disclosure.annual_report.reason")));
            redirect.addFlashAttribute("failureField", "reason");
            return back;
        }
        var published = reports.publish(unitId, year, republish ? reason.strip() : null, user.getUsername());
        redirect.addFlashAttribute("success", text("report.publish.done", published.version()));
        return back;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
