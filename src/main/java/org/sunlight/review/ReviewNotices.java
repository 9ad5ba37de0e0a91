package org.sunlight.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;
import org.sunlight.platform.PageQuery;

/** Reviews waiting and overdue, for reviewers and leaders; units short of reviewers (L1), for those who staff them. */
@Component
class ReviewNotices implements DashboardNotices {

    private final Reviews reviews;
    private final ReviewStaffing staffing;
    private final Organization organization;
    private final Clock clock;

    ReviewNotices(Reviews reviews, ReviewStaffing staffing, Organization organization, Clock clock) {
        this.reviews = reviews;
        this.staffing = staffing;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!(viewer.getPrincipal() instanceof StaffUser user)) {
            return List.of();
        }
        var notices = new ArrayList<DashboardNotice>();
        var units = organization.visibleUnitIds(user);
        var today = LocalDate.now(clock);
        boolean reviewer = DashboardNotices.hasRole(viewer, "REVIEWER");
        if (reviewer || DashboardNotices.hasRole(viewer, "LEADER")) {
            var mine = reviewer ? user.getUsername() : null;
            long open = reviews.open(units, mine, new PageQuery(0, 1)).totalElements();
            long overdue = reviews.overdue(units, mine, today);
            if (overdue > 0) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.DANGER,
                        "review.notice.overdue",
                        new Object[] {open, overdue},
                        "/console/reviews"));
            } else if (open > 0) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.INFO, "review.notice.open", new Object[] {open}, "/console/reviews"));
            }
        }
        if (reviewer
                || DashboardNotices.hasRole(viewer, "ADMIN")
                || DashboardNotices.hasRole(viewer, "LEADER")
                || DashboardNotices.hasRole(viewer, "SUPERVISOR")) {
            var below = staffing.of(user).stream()
                    .filter(ReviewStaffing.UnitStaffing::below)
                    .map(ReviewStaffing.UnitStaffing::unitName)
                    .toList();
            if (!below.isEmpty()) {
                notices.add(new DashboardNotice(
                        DashboardNotice.Level.WARNING,
                        "review.notice.staffing",
                        new Object[] {String.join("、", below), staffing.share()},
                        "/console/reviews/staffing"));
            }
        }
        return notices;
    }
}
