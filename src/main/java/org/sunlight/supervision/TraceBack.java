package org.sunlight.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The trace-back of a case (倒查, A9): each act the audit log holds for it, who did it, at which stage, and whether
 * its inclusion proof against the freshly signed tree head checks; and the posts answerable for each stage.
 *
 * @param treeSize the size of the signed tree the proofs are against
 * @param unproven the case's entries logged after that head, not yet provable
 */
record TraceBack(long treeSize, String rootHashHex, List<Step> steps, long unproven, List<PostDuty> posts) {

    /**
     * One act.
     *
     * @param stage the responsibility stage, or null for entries outside the stages (a retrieval)
     * @param what the act's action or the entry's kind
     * @param proven whether its inclusion proof checked against the signed head
     */
    record Step(
            long index,
            Instant at,
            String actor,
            String kind,
            ResponsibilityStage stage,
            String what,
            boolean proven) {}

    public boolean allProven() {
        return !steps.isEmpty() && steps.stream().allMatch(Step::proven);
    }
}
