package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/** Tells administrators on their console what awaits revision after a law was amended, and what is overdue. */
@Component
class AmendmentNotices implements DashboardNotices {

    private final Amendments amendments;
    private final Organization organization;

    AmendmentNotices(Amendments amendments, Organization organization) {
        this.amendments = amendments;
        this.organization = organization;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!DashboardNotices.hasRole(viewer, "ADMIN") || !(viewer.getPrincipal() instanceof StaffUser user)) {
            return List.of();
        }
        var pending = amendments.pending(organization.visibleUnitIds(user));
        if (pending.isEmpty()) {
            return List.of();
        }
        long overdue =
                pending.stream().filter(Amendments.PendingRevision::overdue).count();
        var notices = new ArrayList<DashboardNotice>();
        notices.add(new DashboardNotice(
                overdue > 0 ? DashboardNotice.Level.DANGER : DashboardNotice.Level.WARNING,
                "catalog.amendment.notice",
                new Object[] {pending.size(), overdue},
                "/console/lists/amendments"));
        return notices;
    }
}
