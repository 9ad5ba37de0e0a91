package org.sunlight.review;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reviewer's written opinion on one submission (审核意见, L4), with the answer to every review element.
 *
 * @param suspectedCrime the act is suspected to be a crime and goes to the judicial organs, not to a decision
 */
public record Opinion(
        UUID submissionId,
        UUID caseId,
        Verdict verdict,
        boolean suspectedCrime,
        String text,
        List<ChecklistAnswer> checklist,
        String reviewer,
        String reviewerName,
        Instant writtenAt) {

    public boolean agrees() {
        return verdict == Verdict.AGREE;
    }
}
