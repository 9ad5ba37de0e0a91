package org.sunlight.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/** Tells administrators which years lack an official notice: next year, and any year a deadline ran into. */
@Component
class CalendarNotices implements DashboardNotices {

    private final WorkingDays workingDays;
    private final CalendarDays days;
    private final Clock clock;

    CalendarNotices(WorkingDays workingDays, CalendarDays days, Clock clock) {
        this.workingDays = workingDays;
        this.days = days;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!DashboardNotices.hasRole(viewer, "ADMIN")) {
            return List.of();
        }
        var notices = new ArrayList<DashboardNotice>();
        var nextYear = LocalDate.now(clock).getYear() + 1;
        if (!workingDays.hasCalendar(nextYear)) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.WARNING,
                    "calendar.notice.next-year-missing",
                    new Object[] {nextYear},
                    "/admin/calendar"));
        }
        for (int year : days.missingYearsAsked()) {
            if (year != nextYear) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.DANGER,
                        "calendar.notice.deadline-in-missing-year",
                        new Object[] {year},
                        "/admin/calendar"));
            }
        }
        return notices;
    }
}
