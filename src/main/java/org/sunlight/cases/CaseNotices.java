package org.sunlight.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/**
 * On every staff member's console: how many cases wait for them (待我办理) and how many are theirs (我的案件), each a
 * link to the list so narrowed; and, for those who handle and sign cases, the unit's overdue deadlines.
 */
@Component
class CaseNotices implements DashboardNotices {

    private final CaseManagement cases;

    CaseNotices(CaseManagement cases) {
        this.cases = cases;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!(viewer.getPrincipal() instanceof StaffUser user)) {
            return List.of();
        }
        var notices = new ArrayList<DashboardNotice>();
        var workload = cases.workload(user);
        notices.add(new DashboardNotice(
                workload.waiting() > 0 ? DashboardNotice.Level.WARNING : DashboardNotice.Level.INFO,
                "case.workload.waiting",
                new Object[] {workload.waiting()},
                "/console/cases?scope=WAITING"));
        notices.add(new DashboardNotice(
                DashboardNotice.Level.INFO,
                "case.workload.mine",
                new Object[] {workload.mine()},
                "/console/cases?scope=MINE"));
        if (DashboardNotices.hasRole(viewer, "OFFICER") || DashboardNotices.hasRole(viewer, "LEADER")) {
            long overdue = cases.overdueDeadlines(user);
            if (overdue > 0) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.DANGER,
                        "case.notice.overdue",
                        new Object[] {overdue},
                        "/console/cases?overdue=true"));
            }
        }
        return notices;
    }
}
