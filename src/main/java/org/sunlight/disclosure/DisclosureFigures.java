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
 * @param deadlinesPassed decisions whose day of publication fell in the period and had passed when counted (the
 *     part of 按期公示率); null in reports published before it was counted
 * @param deadlinesMet of those, the ones published by their day
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
        long otherChanges,
        Long deadlinesPassed,
        Long deadlinesMet) {

    /**
     * 按期公示率, in percent with one decimal: of the decisions whose day of publication fell in the period and had
     * passed when the report was counted, the share published by that day; null when none had. Decisions whose day has
     * not come, in the period or after it, count in neither part (issue 18, point 13). A report published before the
     * deadlines were counted takes the decisions made in the period whose day had come.
     */
    public java.math.BigDecimal onTimeShare() {
        long reckoned = reckoned();
        long met = met();
        return reckoned == 0
                ? null
                : java.math.BigDecimal.valueOf(met * 100)
                        .divide(java.math.BigDecimal.valueOf(reckoned), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The decisions 按期公示率 is a share of. */
    public long reckoned() {
        return deadlinesPassed == null ? onTime + late + overdue : deadlinesPassed;
    }

    /** Of those, the ones published by their day. */
    public long met() {
        return deadlinesMet == null ? onTime : deadlinesMet;
    }
}
