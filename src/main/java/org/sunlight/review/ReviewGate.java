package org.sunlight.review;

import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.sunlight.cases.ActionGuard;
import org.sunlight.cases.GuardedAction;
import org.sunlight.cases.ProposalFacts;
import org.sunlight.organization.Role;

/**
 * The review's side of the case actions (L4, L5). The review's outcomes are taken only on a written opinion, a
 * coordination only against an opinion that found problems and only by a leader of the case's own unit, and every gated
 * transition (a decision of a reviewable category, and its advance notice) on a major proposal only with an opinion
 * that agreed to that very proposal version, or a coordination that let it proceed, written after any hearing. Each
 * gated transition that passes leaves a decision check in {@code review.decision_check}, which the database's gate on
 * the case reads.
 */
@Component
class ReviewGate implements ActionGuard {

    private final Reviews reviews;
    private final MajorDecisions majorDecisions;

    ReviewGate(Reviews reviews, MajorDecisions majorDecisions) {
        this.reviews = reviews;
        this.majorDecisions = majorDecisions;
    }

    @Override
    public void check(GuardedAction action) {
        switch (action.action()) {
            case REVIEW_AGREED -> {
                if (!latestOpinion(action, Verdict.AGREE, false)) {
                    throw refusal("REVIEW_OPINION_WRITTEN", "review.gate.opinion-required");
                }
            }
            case REVIEW_RETURNED -> {
                if (!latestOpinion(action, Verdict.PROBLEMS_FOUND, false)) {
                    throw refusal("REVIEW_OPINION_WRITTEN", "review.gate.opinion-required");
                }
            }
            case TRANSFER -> {
                if ("legal-review".equals(action.stage()) && !latestOpinion(action, Verdict.PROBLEMS_FOUND, true)) {
                    throw refusal("SUSPECTED_CRIME_FOUND", "review.gate.transfer");
                }
            }
            case REQUEST_COORDINATION -> {
                var latest = reviews.latest(action.caseId());
                boolean disputed = latest.isPresent()
                        && latest.get().proposalVersion() == action.proposalVersion()
                        && reviews.opinion(latest.get().id())
                                .filter(opinion -> opinion.verdict() == Verdict.PROBLEMS_FOUND)
                                .isPresent();
                if (!disputed) {
                    throw refusal("OPINION_DISPUTED", "review.gate.coordination");
                }
            }
            case COORDINATE_PROCEED, COORDINATE_RETURN -> {
                // L4, L6: the leaders of the handling unit settle the dispute and answer for it, not another unit's
                if (!action.actor().hasRole(Role.LEADER)
                        || !action.unitId().equals(action.actor().getUnitId())) {
                    throw new ReviewRefusal(
                            HttpStatus.FORBIDDEN, "COORDINATION_BY_OWN_LEADER", null, "review.gate.coordination-unit");
                }
            }
            default -> {
                // the review has nothing to say about other actions but the gate below
            }
        }
        if (action.transition().gated()) {
            gate(action);
        }
    }

    /** L5: a major proposal is decided (or notified) only once cleared by the review of that very version. */
    private void gate(GuardedAction action) {
        var proposal = action.proposal();
        var because = majorDecisions.majorBecause(proposal);
        var clearance = clearance(proposal);
        if (because.isPresent() && clearance.isEmpty()) {
            boolean staleAfterHearing = agreedBeforeHearing(proposal);
            throw new ReviewRefusal(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "MAJOR_DECISION_REVIEWED",
                    null,
                    staleAfterHearing ? "review.gate.major-after-hearing" : "review.gate.major",
                    because.get());
        }
        reviews.recordDecisionCheck(
                action.caseId(),
                proposal.version(),
                action.action(),
                proposal.kind() == null ? null : proposal.kind().name(),
                proposal.amount(),
                because.orElse(null),
                clearance.orElse(null),
                action.actor().getUsername());
    }

    @Override
    public Optional<String> majorBecause(ProposalFacts proposal) {
        return majorDecisions.majorBecause(proposal);
    }

    @Override
    public boolean cleared(ProposalFacts proposal) {
        return clearance(proposal).isPresent();
    }

    /**
     * The submission of the current proposal version whose opinion agreed, or whose dispute a leader let proceed. A
     * hearing moves the proposal's version (行政处罚法 第五十八条: the decision after a hearing is reviewed on the
     * hearing record), so a review made before it clears nothing after it.
     */
    private Optional<UUID> clearance(ProposalFacts proposal) {
        if (!proposal.proposed()) {
            return Optional.empty();
        }
        return reviews.clearing(proposal.caseId(), proposal.version());
    }

    /** Whether an earlier version was agreed before a hearing held since. */
    private boolean agreedBeforeHearing(ProposalFacts proposal) {
        return proposal.hearingHeld()
                && reviews.ofCase(proposal.caseId()).stream()
                        .anyMatch(submission -> submission.proposalVersion() < proposal.version()
                                && reviews.opinion(submission.id())
                                        .filter(Opinion::agrees)
                                        .isPresent());
    }

    /** The latest package is the case's current proposal and its opinion is the one named. */
    private boolean latestOpinion(GuardedAction action, Verdict verdict, boolean suspectedCrime) {
        return reviews.latest(action.caseId())
                .filter(submission -> submission.proposalVersion() == action.proposalVersion())
                .flatMap(submission -> reviews.opinion(submission.id()))
                .filter(opinion -> opinion.verdict() == verdict && opinion.suspectedCrime() == suspectedCrime)
                .isPresent();
    }

    private static ReviewRefusal refusal(String rule, String key) {
        return new ReviewRefusal(HttpStatus.UNPROCESSABLE_ENTITY, rule, null, key);
    }
}
