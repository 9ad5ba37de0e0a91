package org.sunlight.cases;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/** Overdue deadlines of the unit's cases, on the console of those who handle and sign them. */
@Component
class CaseNotices implements DashboardNotices {

    private final CaseManagement cases;

    CaseNotices(CaseManagement cases) {
        this.cases = cases;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!(viewer.getPrincipal() instanceof StaffUser user)
                || !(DashboardNotices.hasRole(viewer, "OFFICER") || DashboardNotices.hasRole(viewer, "LEADER"))) {
            return List.of();
        }
        long overdue = cases.overdueDeadlines(user);
        return overdue == 0
                ? List.of()
                : List.of(new DashboardNotice(
                        DashboardNotice.Level.DANGER, "case.notice.overdue", new Object[] {overdue}, "/console/cases"));
    }
}
