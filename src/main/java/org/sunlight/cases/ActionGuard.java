package org.sunlight.cases;

/**
 * A check another module adds to a case's actions, run after the procedure's own rules and before the case moves: the
 * evidence module refuses to complete a stage whose recording is missing, the review module refuses a major decision
 * without an agreeing review. A guard refuses by throwing a {@link org.sunlight.platform.Refusal}; every guard runs in
 * the action's transaction, so a refusal changes nothing.
 */
public interface ActionGuard {

    void check(GuardedAction action);
}
