package org.sunlight.cases;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the units' cases came to in a period, counted from the acts recorded on them (D13): no figure is entered by
 * hand.
 *
 * @param opened cases opened in the period, by procedure
 * @param outcomes how the cases ended or what was decided, by procedure and outcome, in the procedures' order
 * @param fines penalty decisions that imposed a fine, and their total
 * @param finesPaid fines recorded as paid, and their total
 * @param courtEnforcements applications to the court for enforcement
 * @param hearingsRequested hearings the parties asked for
 * @param hearingsHeld hearings held
 * @param inspectionsStarted inspections started
 */
public record CaseFigures(
        List<Count> opened,
        List<Outcome> outcomes,
        Amount fines,
        Amount finesPaid,
        long courtEnforcements,
        long hearingsRequested,
        long hearingsHeld,
        long inspectionsStarted) {

    /** How many cases of a procedure. */
    public record Count(ProcedureKind procedure, long count) {}

    /**
     * How many cases of a procedure came to an outcome.
     *
     * @param outcome the action that ended or decided the case, or for a penalty decision the kind of penalty
     * @param labelKey the outcome's name in the message bundles
     * @param decision whether the outcome is a decision (a step the procedure marks as deciding)
     */
    public record Outcome(ProcedureKind procedure, String outcome, String labelKey, long count, boolean decision) {}

    /** A number of decisions and the money they name, in yuan. */
    public record Amount(long count, BigDecimal total) {}

    /** The number of cases of the procedure that came to the outcome, 0 when none did. */
    public long outcome(ProcedureKind procedure, CaseAction action) {
        return outcomes.stream()
                .filter(o -> o.procedure() == procedure && o.outcome().equals(action.id()))
                .mapToLong(Outcome::count)
                .sum();
    }

    public long opened(ProcedureKind procedure) {
        return opened.stream()
                .filter(c -> c.procedure() == procedure)
                .mapToLong(Count::count)
                .sum();
    }
}
