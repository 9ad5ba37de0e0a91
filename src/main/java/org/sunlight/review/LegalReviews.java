package org.sunlight.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.ActionInput;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.ReviewElement;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffMember;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.records.Records;

/**
 * Runs the legal review of a case's proposal (L4): a submission becomes a package version assigned to a reviewer of
 * the unit, the reviewer answers every element and writes an opinion, and the case moves on accordingly; a
 * disagreement goes to a leader's coordination. Every step records the named person and time (L6).
 */
@Service
class LegalReviews {

    /**
     * An opinion's text and its checklist comments are kept as {@code text} and JSON: these caps are the product's, not
     * a column's; the case's history keeps the opinion's first {@link #NOTE_EXCERPT} characters.
     */
    static final int OPINION_TEXT_MAX = 5000;

    static final int COMMENT_MAX = 2000;
    static final int NOTE_EXCERPT = 500;

    private final Reviews reviews;
    private final CaseManagement cases;
    private final Organization organization;
    private final Catalog catalog;
    private final Records records;
    private final org.sunlight.evidence.Evidence evidence;
    private final WorkingDays workingDays;
    private final ReviewProperties properties;
    private final Clock clock;

    LegalReviews(
            Reviews reviews,
            CaseManagement cases,
            Organization organization,
            Catalog catalog,
            Records records,
            org.sunlight.evidence.Evidence evidence,
            WorkingDays workingDays,
            ReviewProperties properties,
            Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.organization = organization;
        this.catalog = catalog;
        this.records = records;
        this.evidence = evidence;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    /** Keeps the review with the act that caused it: same transaction, so both happen or neither. */
    @EventListener
    void on(CaseActed acted) {
        switch (acted.action()) {
            case SUBMIT_FOR_REVIEW -> submit(acted);
            case REQUEST_COORDINATION -> reviews.latest(acted.caseId())
                    .ifPresent(submission -> reviews.requestCoordination(
                            acted.caseId(), submission.id(), acted.actor(), acted.actedAt(), acted.reason()));
            case COORDINATE_PROCEED -> reviews.settleCoordination(
                    acted.caseId(), "PROCEED", acted.reason(), acted.actor(), acted.actedAt());
            case COORDINATE_RETURN -> reviews.settleCoordination(
                    acted.caseId(), "RETURN", acted.reason(), acted.actor(), acted.actedAt());
            default -> {
                // other acts do not concern the review
            }
        }
    }

    private void submit(CaseActed acted) {
        var kase = cases.find(acted.caseId()).orElseThrow();
        var documents = organization
                .currentUser()
                .map(user -> records.documentsOf(user, kase.id()).stream()
                        .filter(document -> document.correctedBy() == null)
                        .map(document ->
                                new ReviewPackage.PackageDocument(document.id(), document.title(), document.number()))
                        .toList())
                .orElse(List.of());
        var reviewPackage = new ReviewPackage(
                kase.proposalKind() == null ? null : kase.proposalKind().name(),
                kase.proposalFine(),
                kase.proposalText(),
                kase.proposalMajor(),
                kase.proposalMajorRule(),
                kase.proposalItemCode(),
                kase.proposalCircumstance(),
                kase.proposalOutOfRange(),
                kase.proposalOutOfRangeReason(),
                kase.summary(),
                kase.parties().stream()
                        .map(party -> party.name() + "（" + party.identity() + "）")
                        .toList(),
                documents,
                acted.note() == null ? "" : acted.note().strip(),
                kase.proposalItemCode() == null || kase.proposalCircumstance() == null
                        ? null
                        : catalog.discretionBand(kase.unitId(), kase.proposalItemCode(), kase.proposalCircumstance())
                                .map(org.sunlight.catalog.DiscretionBand::legalBasis)
                                .orElse(null),
                organization
                        .currentUser()
                        .map(user -> evidence.files(user, kase.id()).stream()
                                .map(file -> new ReviewPackage.PackageEvidence(
                                        file.id(), file.fileName(), file.mediaType(), file.sha256()))
                                .toList())
                        .orElse(List.of()),
                listDeparture(kase));
        var today = LocalDate.ofInstant(acted.actedAt(), clock.getZone());
        var due = workingDays.addWorkingDays(today, properties.timeLimitDays());
        var id = reviews.insertSubmission(
                kase.id(),
                kase.unitId(),
                kase.title(),
                kase.proposalVersion(),
                reviewPackage,
                acted.actor(),
                acted.actedAt(),
                due.due(),
                !due.certain());
        // round robin by load: the eligible reviewer holding the fewest open reviews, then the longest without one
        var loads = reviews.loads(kase.unitId()).stream()
                .collect(Collectors.toMap(Reviews.Load::reviewer, Function.identity()));
        eligibleReviewers(kase).stream()
                .min(Comparator.<StaffMember>comparingLong(member -> Optional.ofNullable(loads.get(member.username()))
                                .map(Reviews.Load::open)
                                .orElse(0L))
                        .thenComparing(
                                member -> Optional.ofNullable(loads.get(member.username()))
                                        .map(Reviews.Load::lastAssigned)
                                        .orElse(null),
                                Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::username))
                .ifPresent(reviewer ->
                        reviews.assign(id, reviewer.username(), reviewer.displayName(), "system", clock.instant()));
    }

    /** The unit's reviewers, less any who handle the case as an officer: nobody reviews their own case. */
    List<StaffMember> eligibleReviewers(CaseView kase) {
        return organization.staffWithRole(kase.unitId(), Role.REVIEWER).stream()
                .filter(member ->
                        member.officerId() == null || !kase.officerIds().contains(member.officerId()))
                .toList();
    }

    /** A reviewer or the leader of the unit hands the review to another eligible reviewer, while it is open. */
    @Transactional
    void assign(StaffUser user, UUID submissionId, String reviewer) {
        var submission = visible(user, submissionId);
        if (!(user.hasRole(Role.REVIEWER) || user.hasRole(Role.LEADER))
                || !user.getUnitId().equals(submission.unitId())) {
            throw new ReviewRefusal(HttpStatus.FORBIDDEN, "ASSIGNMENT_NOT_ALLOWED", null, "review.refusal.assign-role");
        }
        if (submission.answered()) {
            throw new ReviewRefusal(HttpStatus.CONFLICT, "REVIEW_ANSWERED", null, "review.refusal.answered");
        }
        var kase = cases.find(submission.caseId()).orElseThrow();
        var member = eligibleReviewers(kase).stream()
                .filter(candidate -> candidate.username().equals(reviewer))
                .findFirst()
                .orElseThrow(() -> new ReviewRefusal("REVIEWER_ELIGIBLE", "reviewer", "review.refusal.reviewer"));
        reviews.assign(submissionId, member.username(), member.displayName(), user.getUsername(), clock.instant());
    }

    /**
     * The assigned reviewer's opinion on the current package (L3, L4). AGREE lets the case go on to the collective
     * discussion; PROBLEMS_FOUND returns it to the handling unit; a suspected crime holds it for transfer.
     */
    @Transactional
    Opinion writeOpinion(StaffUser user, UUID submissionId, OpinionInput input) {
        var submission = visible(user, submissionId);
        if (submission.answered()) {
            throw new ReviewRefusal(HttpStatus.CONFLICT, "REVIEW_ANSWERED", null, "review.refusal.answered");
        }
        if (!user.hasRole(Role.REVIEWER) || !user.getUsername().equals(submission.reviewer())) {
            throw new ReviewRefusal(HttpStatus.FORBIDDEN, "ASSIGNED_REVIEWER", null, "review.refusal.not-assigned");
        }
        var kase = cases.find(submission.caseId()).orElseThrow();
        // the case waits for the review where its procedure takes the review's outcome (the legal review, or the review
        // of
        // a seizure taken on the spot, 行政强制法 第十九条)
        boolean underReview = org.sunlight.cases.Procedures.of(kase.procedure())
                .transition(kase.stage(), CaseAction.REVIEW_AGREED)
                .isPresent();
        if (!underReview || kase.proposalVersion() != submission.proposalVersion()) {
            throw new ReviewRefusal(HttpStatus.CONFLICT, "PACKAGE_CURRENT", null, "review.refusal.stale");
        }
        var opinion = checked(user, submission, input, catalog.reviewElements(submission.unitId()));
        if (!reviews.answer(submission, opinion)) {
            throw new ReviewRefusal(HttpStatus.CONFLICT, "REVIEW_ANSWERED", null, "review.refusal.answered");
        }
        var note = opinion.text().length() > NOTE_EXCERPT ? opinion.text().substring(0, NOTE_EXCERPT) : opinion.text();
        var act = new ActionInput(note, null, null, null, null, false);
        if (opinion.agrees()) {
            cases.perform(user, submission.caseId(), CaseAction.REVIEW_AGREED, act);
        } else if (!opinion.suspectedCrime()) {
            cases.perform(user, submission.caseId(), CaseAction.REVIEW_RETURNED, act);
        }
        return opinion;
    }

    private Opinion checked(StaffUser user, Submission submission, OpinionInput input, List<ReviewElement> elements) {
        if (input == null || input.verdict() == null) {
            throw new ReviewRefusal("OPINION_COMPLETE", "verdict", "review.field.verdict");
        }
        var text = input.text() == null ? "" : input.text().strip();
        if (text.length() < 2 || text.length() > OPINION_TEXT_MAX) {
            throw new ReviewRefusal("OPINION_COMPLETE", "text", "review.field.text");
        }
        Map<String, OpinionInput.Answer> given = input.checklist() == null
                ? Map.of()
                : input.checklist().stream()
                        .filter(answer -> answer != null && answer.code() != null)
                        .collect(Collectors.toMap(OpinionInput.Answer::code, Function.identity(), (a, b) -> b));
        var checklist = new ArrayList<ChecklistAnswer>();
        for (var element : elements) {
            var answer = given.get(element.code());
            var field = "checklist." + element.code();
            if (answer == null || answer.pass() == null) {
                throw new ReviewRefusal("CHECKLIST_ANSWERED", field, "review.field.element", element.name());
            }
            var comment = answer.comment() == null ? "" : answer.comment().strip();
            if (!answer.pass() && comment.length() < 2) {
                throw new ReviewRefusal("CHECKLIST_ANSWERED", field, "review.field.element-comment", element.name());
            }
            if (comment.length() > COMMENT_MAX) {
                throw new ReviewRefusal("CHECKLIST_ANSWERED", field, "review.field.comment-length", element.name());
            }
            checklist.add(new ChecklistAnswer(element.code(), element.name(), answer.pass(), comment));
        }
        boolean problems = checklist.stream().anyMatch(answer -> !answer.pass());
        if (input.verdict() == Verdict.AGREE && (problems || input.suspectedCrime())) {
            throw new ReviewRefusal("VERDICT_MATCHES_CHECKLIST", "verdict", "review.field.agree-with-problems");
        }
        if (input.verdict() == Verdict.PROBLEMS_FOUND && !problems) {
            throw new ReviewRefusal("VERDICT_MATCHES_CHECKLIST", "verdict", "review.field.problems-without-element");
        }
        return new Opinion(
                submission.id(),
                submission.caseId(),
                input.verdict(),
                input.suspectedCrime(),
                text,
                List.copyOf(checklist),
                user.getUsername(),
                user.getDisplayName(),
                clock.instant());
    }

    Submission visible(StaffUser user, UUID submissionId) {
        return reviews.submission(submissionId)
                .filter(submission -> organization.isVisible(user, submission.unitId()))
                .orElseThrow(() -> new NotFound("review"));
    }

    /** A case's review history as staff see it: every version with its opinion, and the coordinations. */
    ReviewHistory history(StaffUser user, UUID caseId) {
        var kase = cases.view(user, caseId);
        var submissions = reviews.ofCase(caseId);
        var opinions = reviews.opinionsOfCase(caseId);
        var versions = submissions.stream()
                .map(submission -> new ReviewHistory.Version(submission, opinions.get(submission.id())))
                .toList();
        return new ReviewHistory(
                kase,
                versions,
                reviews.coordinations(caseId),
                eligibleReviewers(kase),
                catalog.reviewElements(kase.unitId()));
    }

    /** The open reviews of the user's units, the earliest due first; a reviewer's own when {@code mine}. */
    PageOf<Submission> queue(StaffUser user, boolean mine, PageQuery page) {
        return reviews.open(organization.visibleUnitIds(user), mine ? user.getUsername() : null, page);
    }

    PageOf<Submission> answered(StaffUser user, PageQuery page) {
        return reviews.answered(organization.visibleUnitIds(user), page);
    }

    Optional<Opinion> opinion(UUID submissionId) {
        return reviews.opinion(submissionId);
    }

    List<ReviewElement> elements(UUID unitId) {
        return catalog.reviewElements(unitId);
    }

    /** The list entry the proposal departs from, as the unit publishes it, with the officer's reason. */
    private ReviewPackage.ListDeparture listDeparture(org.sunlight.cases.CaseView kase) {
        if (kase.proposalListDeparture() == null) {
            return null;
        }
        var entry = catalog.penaltyAdjustments(kase.unitId(), kase.proposalItemCode()).stream()
                .filter(each -> each.code().equals(kase.proposalListDeparture()))
                .findFirst();
        return new ReviewPackage.ListDeparture(
                kase.proposalListDeparture(),
                entry.map(each -> each.outcome().label()).orElse(null),
                entry.map(org.sunlight.catalog.PenaltyAdjustment::conditions).orElse(null),
                entry.map(org.sunlight.catalog.PenaltyAdjustment::legalBasis).orElse(null),
                kase.proposalListDepartureReason());
    }
}
