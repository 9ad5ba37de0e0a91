package org.sunlight.disclosure;

/**
 * The units' disclosure of decisions made in a period, and what reconsideration and litigation did to them (D13).
 *
 * @param due decisions made in the period, each to be published
 * @param onTime published by their due day
 * @param late published after their due day
 * @param overdue not published and past their due day
 * @param notYetDue not published and not yet due
 * @param withdrawals published results withdrawn because the decision was revoked, confirmed illegal or ordered
 *     remade in the period
 * @param withdrawalsLate those withdrawn after their 3 working days, or still not withdrawn past them
 * @param reconsiderations results annotated with a reconsideration's outcome in the period
 * @param reconsiderationsChanged of those, the ones that changed the result
 * @param litigations results annotated with a court's outcome in the period
 * @param litigationsChanged of those, the ones that changed the result
 * @param otherChanges results annotated as changed without naming the proceeding (written before it was asked)
 */
public record DisclosureFigures(
        long due,
        long onTime,
        long late,
        long overdue,
        long notYetDue,
        long withdrawals,
        long withdrawalsLate,
        long reconsiderations,
        long reconsiderationsChanged,
        long litigations,
        long litigationsChanged,
        long otherChanges) {

    /**
     * The share of the decisions whose publication day has come that were published by it, in percent with one decimal;
     * 100 when none has come. Decisions not yet due are neither on time nor late, and count in neither part (issue 18,
     * point 13).
     */
    public java.math.BigDecimal onTimeShare() {
        long reckoned = onTime + late + overdue;
        return reckoned == 0
                ? java.math.BigDecimal.valueOf(100).setScale(1)
                : java.math.BigDecimal.valueOf(onTime * 100)
                        .divide(java.math.BigDecimal.valueOf(reckoned), 1, java.math.RoundingMode.HALF_UP);
    }
}
