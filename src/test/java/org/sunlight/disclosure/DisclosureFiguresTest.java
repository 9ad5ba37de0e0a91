package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The yearly report's 按期公示率 counts only decisions whose publication day has come (issue 18, point 13). */
class DisclosureFiguresTest {

    private static DisclosureFigures figures(long onTime, long late, long overdue, long notYetDue) {
        return new DisclosureFigures(
                onTime + late + overdue + notYetDue, onTime, late, overdue, notYetDue, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void decisionsNotYetDueAreNeitherOnTimeNorLate() {
        // one published on time, 54 still within their 7 working days: not 1.8 %, but all that was due was on time
        assertThat(figures(1, 0, 0, 54).onTimeShare()).isEqualByComparingTo("100.0");
        assertThat(figures(1, 1, 2, 30).onTimeShare()).isEqualByComparingTo("25.0");
        assertThat(figures(2, 1, 0, 0).onTimeShare()).isEqualByComparingTo("66.7");
    }

    @Test
    void withNothingDueYetTheShareIsWhole() {
        assertThat(figures(0, 0, 0, 5).onTimeShare()).isEqualByComparingTo("100.0");
        assertThat(figures(0, 0, 0, 0).onTimeShare()).isEqualByComparingTo("100.0");
    }

    @Test
    void nothingPublishedOnTimeOfWhatWasDueIsNone() {
        assertThat(figures(0, 0, 3, 1).onTimeShare()).isEqualByComparingTo("0.0");
    }
}
