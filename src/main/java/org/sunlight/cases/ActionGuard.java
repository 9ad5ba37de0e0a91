package org.sunlight.cases;

import java.util.Optional;

/**
 * A check another module adds to a case's actions, run after the procedure's own rules and before the case moves: the
 * evidence module refuses to complete a stage whose recording is missing, the review module refuses a major decision
 * without an agreeing review. A guard refuses by throwing a {@link org.sunlight.platform.Refusal}; every guard runs in
 * the action's transaction, so a refusal changes nothing.
 */
public interface ActionGuard {

    void check(GuardedAction action);

    /**
     * Why the proposal is a major decision that needs the legal review (L2), when this guard's module judges that; the
     * case shows the reason and the collective discussion follows it. The review module answers.
     */
    default Optional<String> majorBecause(ProposalFacts proposal) {
        return Optional.empty();
    }

    /** Whether this guard's module has cleared the current proposal: an agreeing review, or a coordination. */
    default boolean cleared(ProposalFacts proposal) {
        return false;
    }
}
