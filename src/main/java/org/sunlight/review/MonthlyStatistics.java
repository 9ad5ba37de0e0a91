package org.sunlight.review;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A unit's legal reviews answered in a month.
 *
 * @param problems how many found problems
 * @param averageHours the average time from submission to opinion, in hours
 * @param longestHours the longest such time, in hours
 * @param changedByReview how many proposals the handling unit changed after a review found problems
 */
public record MonthlyStatistics(
        UUID unitId,
        YearMonth month,
        long reviews,
        long problems,
        BigDecimal averageHours,
        BigDecimal longestHours,
        long changedByReview) {

    /** The share of reviews that found problems, in percent. */
    public BigDecimal problemShare() {
        return reviews == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(problems * 100)
                        .divide(BigDecimal.valueOf(reviews), 1, java.math.RoundingMode.HALF_UP);
    }
}
