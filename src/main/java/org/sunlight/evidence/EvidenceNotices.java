package org.sunlight.evidence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/** Supervisors see how many recorded steps were taken without a recording in the last 30 days. */
@Component
class EvidenceNotices implements DashboardNotices {

    private final EvidenceRows rows;
    private final Organization organization;
    private final Clock clock;

    EvidenceNotices(EvidenceRows rows, Organization organization, Clock clock) {
        this.rows = rows;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!(viewer.getPrincipal() instanceof StaffUser user) || !DashboardNotices.hasRole(viewer, "SUPERVISOR")) {
            return List.of();
        }
        long count = rows.exemptionsSince(
                organization.visibleUnitIds(user), clock.instant().minus(Duration.ofDays(30)));
        return count == 0
                ? List.of()
                : List.of(new DashboardNotice(
                        DashboardNotice.Level.WARNING,
                        "evidence.notice.exemptions",
                        new Object[] {count},
                        "/console/evidence/exemptions"));
    }
}
