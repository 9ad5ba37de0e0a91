package org.sunlight.cases;

import java.util.List;
import java.util.Set;
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
 */
public record Transition(
        String action,
        String from,
        String to,
        Set<Role> roles,
        List<Rule> rules,
        List<DocumentKind> documents,
        List<DeadlineRule> starts,
        Set<String> stops) {

    public Transition {
        roles = Set.copyOf(roles);
        rules = List.copyOf(rules);
        documents = List.copyOf(documents);
        starts = List.copyOf(starts);
        stops = Set.copyOf(stops);
    }

    /** An act within a stage (询问, 抽样 …), not a move to another. */
    public boolean withinStage() {
        return from.equals(to);
    }

    public String labelKey() {
        return "action." + action;
    }
}
