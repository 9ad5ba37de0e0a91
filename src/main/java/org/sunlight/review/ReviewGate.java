package org.sunlight.review;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.sunlight.cases.ActionGuard;
import org.sunlight.cases.GuardedAction;
import org.sunlight.cases.ProcedureKind;

/**
 * The review's side of the case actions (L5): the review's outcomes are taken only on a written opinion, coordination
 * only against an opinion that found problems, and a major decision only with an opinion that agreed to the current
 * proposal or a coordination that let it proceed. The cases module and the database check the same gate.
 */
@Component
class ReviewGate implements ActionGuard {

    private final Reviews reviews;

    ReviewGate(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void check(GuardedAction action) {
        if (action.procedure() != ProcedureKind.GENERAL_PENALTY) {
            return;
        }
        switch (action.action()) {
            case "review-agreed" -> {
                if (!latestOpinion(action, Verdict.AGREE, false)) {
                    throw refusal("REVIEW_OPINION_WRITTEN", "review.gate.opinion-required");
                }
            }
            case "review-returned" -> {
                if (!latestOpinion(action, Verdict.PROBLEMS_FOUND, false)) {
                    throw refusal("REVIEW_OPINION_WRITTEN", "review.gate.opinion-required");
                }
            }
            case "transfer" -> {
                if ("legal-review".equals(action.stage()) && !latestOpinion(action, Verdict.PROBLEMS_FOUND, true)) {
                    throw refusal("SUSPECTED_CRIME_FOUND", "review.gate.transfer");
                }
            }
            case "request-coordination" -> {
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
            case "notify", "decide" -> {
                if (action.proposalMajor() && !cleared(action)) {
                    throw refusal("MAJOR_DECISION_REVIEWED", "review.gate.major");
                }
            }
            default -> {
                // the review has nothing to say about other actions
            }
        }
    }

    /** The latest package is the case's current proposal and its opinion is the one named. */
    private boolean latestOpinion(GuardedAction action, Verdict verdict, boolean suspectedCrime) {
        return reviews.latest(action.caseId())
                .filter(submission -> submission.proposalVersion() == action.proposalVersion())
                .flatMap(submission -> reviews.opinion(submission.id()))
                .filter(opinion -> opinion.verdict() == verdict && opinion.suspectedCrime() == suspectedCrime)
                .isPresent();
    }

    /** An opinion agreed to the current proposal, or a leader's coordination let that very version proceed. */
    private boolean cleared(GuardedAction action) {
        var latest = reviews.latest(action.caseId())
                .filter(submission -> submission.proposalVersion() == action.proposalVersion());
        if (latest.isEmpty()) {
            return false;
        }
        var agreed = reviews.opinion(latest.get().id()).filter(Opinion::agrees).isPresent();
        var proceeded = reviews.coordinations(action.caseId()).stream()
                .anyMatch(coordination ->
                        coordination.submissionId().equals(latest.get().id())
                                && "PROCEED".equals(coordination.outcome()));
        return agreed || proceeded;
    }

    private static ReviewRefusal refusal(String rule, String key) {
        return new ReviewRefusal(HttpStatus.UNPROCESSABLE_ENTITY, rule, null, key);
    }
}
