package org.sunlight.review;

import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.sunlight.organization.StaffUser;

/**
 * The reviewer's side of the demo's history: the reviewer a submission went to writes the opinion, through the same
 * checks as one written on the review page (L3, L4). Nothing else calls it.
 */
@Component
public class DemoReviews {

    private final LegalReviews reviews;
    private final Reviews submissions;

    DemoReviews(LegalReviews reviews, Reviews submissions) {
        this.reviews = reviews;
        this.submissions = submissions;
    }

    /**
     * The assigned reviewer answers the case's open submission: every element passing and the review agreed, or the
     * first element failing with the comment and the case returned. Empty when nothing waits for an opinion.
     *
     * @param staff the staff member behind a username
     * @return the reviewer who answered
     */
    public Optional<String> answer(UUID caseId, String problem, Function<String, StaffUser> staff) {
        var open = submissions.latest(caseId).filter(submission -> !submission.answered());
        if (open.isEmpty() || open.get().reviewer() == null) {
            return Optional.empty();
        }
        var submission = open.get();
        var reviewer = staff.apply(submission.reviewer());
        var answers = new ArrayList<OpinionInput.Answer>();
        for (var element : reviews.elements(submission.unitId())) {
            boolean fails = problem != null && answers.isEmpty();
            answers.add(new OpinionInput.Answer(element.code(), !fails, fails ? problem : null));
        }
        var input = problem == null
                ? new OpinionInput(Verdict.AGREE, false, "经审核，事实清楚，证据确凿，适用依据正确，程序合法，同意。", answers)
                : new OpinionInput(Verdict.PROBLEMS_FOUND, false, "经审核，存在问题，请补正后重新提交：" + problem, answers);
        reviews.writeOpinion(reviewer, submission.id(), input);
        return Optional.of(reviewer.getUsername());
    }
}
