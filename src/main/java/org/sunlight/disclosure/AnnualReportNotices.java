package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/**
 * The yearly statistics report on the administrators' console (D13): a reminder from 1 December until their unit has
 * published, and from 16 January a flag on every unit they oversee that has not.
 */
@Component
class AnnualReportNotices implements DashboardNotices {

    private final AnnualReports reports;
    private final Organization organization;
    private final Clock clock;

    AnnualReportNotices(AnnualReports reports, Organization organization, Clock clock) {
        this.reports = reports;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!DashboardNotices.hasRole(viewer, "ADMIN") || !(viewer.getPrincipal() instanceof StaffUser user)) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        int year = ReportDeadline.yearInQuestion(today);
        var due = ReportDeadline.due(year);
        var units = organization.visibleUnits(user);
        var published = reports.firstPublished(units.stream().map(Unit::id).toList(), year);
        var notices = new ArrayList<DashboardNotice>();
        var link = "/console/reports?year=" + year;
        if (!published.containsKey(user.getUnitId())) {
            if (today.isAfter(due)) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.DANGER,
                        "report.notice.own-overdue",
                        new Object[] {String.valueOf(year), due},
                        link));
            } else {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.WARNING,
                        ReportDeadline.publishable(year, today) ? "report.notice.due" : "report.notice.prepare",
                        new Object[] {String.valueOf(year), due},
                        link));
            }
        }
        if (today.isAfter(due)) {
            long others = units.stream()
                    .filter(u -> !u.id().equals(user.getUnitId()) && u.active())
                    .filter(u -> !published.containsKey(u.id()))
                    .count();
            if (others > 0) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.DANGER,
                        "report.notice.units-overdue",
                        new Object[] {others, String.valueOf(year), due},
                        link));
            }
        }
        return notices;
    }
}
