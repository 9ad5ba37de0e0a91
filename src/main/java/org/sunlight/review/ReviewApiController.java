package org.sunlight.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The legal review over JSON: the queue, a case's review history, assignment, the opinion, staffing, statistics. */
@RestController
@RequestMapping("/api/reviews")
class ReviewApiController {

    private final LegalReviews reviews;
    private final Reviews store;
    private final ReviewStaffing staffing;
    private final Organization organization;
    private final Clock clock;

    ReviewApiController(
            LegalReviews reviews, Reviews store, ReviewStaffing staffing, Organization organization, Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.staffing = staffing;
        this.organization = organization;
        this.clock = clock;
    }

    /** Open reviews of the caller's units, the earliest due first; {@code mine=true} for the caller's own. */
    @GetMapping
    PageOf<Submission> queue(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return reviews.queue(user, mine, PageQuery.of(page, size));
    }

    @GetMapping("/cases/{caseId}")
    ReviewHistory history(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId) {
        return reviews.history(user, caseId);
    }

    record Assignment(String reviewer) {}

    @PostMapping("/{id}/assignment")
    Submission assign(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody Assignment body) {
        reviews.assign(user, id, body == null ? null : body.reviewer());
        return reviews.visible(user, id);
    }

    @PostMapping("/{id}/opinion")
    @ResponseStatus(HttpStatus.CREATED)
    Opinion opinion(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody OpinionInput body) {
        return reviews.writeOpinion(user, id, body);
    }

    @GetMapping("/staffing")
    List<ReviewStaffing.UnitStaffing> staffing(@AuthenticationPrincipal StaffUser user) {
        return staffing.of(user);
    }

    /** Reviews per unit and month between the days (the current year by default). */
    @GetMapping("/statistics")
    List<MonthlyStatistics> statistics(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var today = LocalDate.now(clock);
        return store.statistics(
                organization.visibleUnitIds(user),
                from == null ? today.withDayOfYear(1) : from,
                to == null ? today : to);
    }
}
