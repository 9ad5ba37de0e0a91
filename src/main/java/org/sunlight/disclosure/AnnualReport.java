package org.sunlight.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sunlight.cases.CaseFigures;
import org.sunlight.review.ReviewFigures;

/**
 * A unit's yearly enforcement statistics (行政执法统计年报, D13), counted from the records of the unit and every unit
 * below it; kept as JSON when published.
 *
 * @param level the unit's level, by name (PROVINCE, CITY, COUNTY)
 * @param units for a city or province, the figures of the unit itself and of each unit directly below it, whose
 *     sums are the report's figures
 * @param countedAt when the figures were counted
 * @param randomInspections the double-random draws and their inspections (null in reports published before they
 *     were counted)
 * @param complaints the complaints about enforcement received (A6); null in reports published before they were kept
 * @param trends the year month by month against the year before, for the charts; null in reports published before
 *     they were counted
 */
public record AnnualReport(
        UUID unitId,
        String unitName,
        String level,
        int year,
        CaseFigures cases,
        ReviewFigures reviews,
        DisclosureFigures disclosures,
        List<UnitLine> units,
        Instant countedAt,
        org.sunlight.inspection.RandomInspectionFigures randomInspections,
        ComplaintFigures complaints,
        Trends trends) {

    /**
     * The report's year month by month against the year before (issue 18, point 13).
     *
     * @param months the report's year, from January to the month it was counted in (all twelve once the year is over)
     * @param monthsBefore the year before, all twelve months, as the records stood when the report was counted
     */
    public record Trends(List<Month> months, List<Month> monthsBefore) {}

    /**
     * One month's figures.
     *
     * @param month 1 to 12
     * @param decided decisions made in the month, counted as the report's 作出决定
     * @param published results first published on the portal in the month
     * @param deadlinesPassed decisions whose day of publication fell in the month and had passed when counted
     * @param deadlinesMet of those, the ones published by their day
     */
    public record Month(int month, long decided, long published, long deadlinesPassed, long deadlinesMet) {

        /** The month's 按期公示率 in percent with one decimal; null when no day of publication had passed in it. */
        public BigDecimal onTimeShare() {
            return deadlinesPassed == 0
                    ? null
                    : BigDecimal.valueOf(deadlinesMet * 100)
                            .divide(BigDecimal.valueOf(deadlinesPassed), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    /**
     * One unit's part of a city's or province's report.
     *
     * @param own true for the reporting unit's own cases, false for a unit below it with everything under it
     */
    public record UnitLine(
            UUID unitId,
            String unitName,
            boolean own,
            long opened,
            long decided,
            BigDecimal fines,
            BigDecimal finesPaid,
            long disclosuresDue,
            long disclosuresOnTime) {}

    /** Decisions made: every counted outcome except those that end a case without one. */
    static long decided(CaseFigures cases) {
        return cases.outcomes().stream()
                .filter(CaseFigures.Outcome::decision)
                .mapToLong(CaseFigures.Outcome::count)
                .sum();
    }

    static long opened(CaseFigures cases) {
        return cases.opened().stream().mapToLong(CaseFigures.Count::count).sum();
    }
}
