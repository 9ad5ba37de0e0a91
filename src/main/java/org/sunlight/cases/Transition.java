package org.sunlight.cases;

import java.util.List;
import java.util.Set;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Role;

/**
 * A step of a procedure: taking {@code action} moves a case from one stage to another (or records an act within its
 * stage, when {@code from} equals {@code to}).
 *
 * @param roles who may take it
 * @param rules what it checks first
 * @param documents what it produces
 * @param starts the deadlines it starts
 * @param stops the deadlines it meets
 * @param traits what the action means in the procedure
 * @param decides the category of the decision it makes, or null when it makes none
 * @param decidedKind the kind of decision it makes whatever the proposal says (不予许可), or null when it makes the
 *     proposed one
 * @param effect what it does to the case besides moving it
 */
public record Transition(
        CaseAction action,
        String from,
        String to,
        Set<Role> roles,
        List<Rule> rules,
        List<DocumentKind> documents,
        List<DeadlineRule> starts,
        Set<String> stops,
        Set<ActionTrait> traits,
        EnforcementCategory decides,
        ProposalKind decidedKind,
        CaseEffect effect) {

    public Transition {
        roles = Set.copyOf(roles);
        rules = List.copyOf(rules);
        documents = List.copyOf(documents);
        starts = List.copyOf(starts);
        stops = Set.copyOf(stops);
        traits = Set.copyOf(traits);
    }

    /** An act within a stage (询问, 抽样 …), not a move to another. */
    public boolean withinStage() {
        return from.equals(to);
    }

    public boolean is(ActionTrait trait) {
        return traits.contains(trait);
    }

    /**
     * Whether the action may be taken on a major proposal only after an agreeing legal review (L5): every decision of a
     * reviewable category and its advance notice, outside the simple procedure.
     */
    public boolean gated() {
        return rules.contains(Rule.MAJOR_DECISION_REVIEWED);
    }

    public String labelKey() {
        return action.labelKey();
    }
}
