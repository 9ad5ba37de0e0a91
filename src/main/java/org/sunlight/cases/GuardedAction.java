package org.sunlight.cases;

import java.util.UUID;
import org.sunlight.organization.StaffUser;

/**
 * An action about to be taken on a case, as a guard sees it.
 *
 * @param stage the stage the case is in before the action
 * @param transition the step being taken, with its traits
 * @param proposal the case's current proposal before the action
 */
public record GuardedAction(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        String stage,
        Transition transition,
        ActionInput input,
        StaffUser actor,
        ProposalFacts proposal) {

    public CaseAction action() {
        return transition.action();
    }

    public int proposalVersion() {
        return proposal.version();
    }
}
