package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The yearly report's 按期公示率 counts only decisions whose day of publication fell in the year and has passed (issue
 * 18, point 13); a report published before those were counted keeps its own reckoning.
 */
class DisclosureFiguresTest {

    /** Figures of decisions made in the year; {@code passed} and {@code met} count the year's passed deadlines. */
    private static DisclosureFigures figures(
            long onTime, long late, long overdue, long notYetDue, Long passed, Long met) {
        return new DisclosureFigures(
                onTime + late + overdue + notYetDue,
                onTime,
                late,
                overdue,
                notYetDue,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                passed,
                met);
    }

    @Test
    void theShareIsOfTheDeadlinesThatPassedInTheYear() {
        // 55 decisions made, 54 still within their 7 working days: the share is of the deadlines passed, not 1 of 55
        assertThat(figures(1, 0, 0, 54, 1L, 1L).onTimeShare()).isEqualByComparingTo("100.0");
        // a decision of last December due this January counts this year; one decided now and due next year does not
        assertThat(figures(2, 1, 0, 1, 4L, 3L).onTimeShare()).isEqualByComparingTo("75.0");
        assertThat(figures(2, 1, 0, 0, 3L, 2L).onTimeShare()).isEqualByComparingTo("66.7");
        assertThat(figures(0, 0, 3, 1, 3L, 0L).onTimeShare()).isEqualByComparingTo("0.0");
    }

    @Test
    void withNoDeadlinePassedThereIsNoShare() {
        var figures = figures(0, 0, 0, 5, 0L, 0L);
        assertThat(figures.onTimeShare()).isNull();
        assertThat(figures.reckoned()).isZero();
    }

    @Test
    void aReportPublishedBeforeDeadlinesWereCountedTakesItsDecisionsWhoseDayHadCome() {
        var figures = figures(1, 1, 2, 30, null, null);
        assertThat(figures.onTimeShare()).isEqualByComparingTo("25.0");
        assertThat(figures.reckoned()).isEqualTo(4);
        assertThat(figures.met()).isEqualTo(1);
        assertThat(figures(0, 0, 0, 5, null, null).onTimeShare()).isNull();
    }
}
