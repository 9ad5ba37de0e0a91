package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/** Decisions past their disclosure day, on the administrators' console. */
@Component
class DisclosureNotices implements DashboardNotices {

    private final DisclosureEntries entries;
    private final Organization organization;
    private final Clock clock;
    private final PushMessages pushMessages;

    DisclosureNotices(DisclosureEntries entries, Organization organization, Clock clock, PushMessages pushMessages) {
        this.pushMessages = pushMessages;
        this.entries = entries;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!DashboardNotices.hasRole(viewer, "ADMIN") || !(viewer.getPrincipal() instanceof StaffUser user)) {
            return List.of();
        }
        var units = organization.visibleUnitIds(user);
        var today = LocalDate.now(clock);
        var notices = new java.util.ArrayList<DashboardNotice>();
        long overdue = entries.overdue(units, today);
        if (overdue > 0) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.DANGER,
                    "disclosure.notice.overdue",
                    new Object[] {overdue},
                    "/console/disclosures?overdue=true"));
        }
        long withdrawals = entries.withdrawalsOverdue(units, today);
        if (withdrawals > 0) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.DANGER,
                    "disclosure.notice.withdrawal-overdue",
                    new Object[] {withdrawals},
                    "/console/disclosures"));
        }
        long pushes = pushMessages.waiting(units);
        if (pushes > 0) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.WARNING,
                    "disclosure.notice.push-failing",
                    new Object[] {pushes},
                    "/console/disclosures/pushes"));
        }
        return notices;
    }
}
