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
        ComplaintFigures complaints) {

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
