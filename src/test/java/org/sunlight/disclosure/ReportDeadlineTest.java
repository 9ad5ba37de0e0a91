package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a yearly report is due, what the console is concerned with on a day, and how a unit stands (D13). */
class ReportDeadlineTest {

    @Test
    void decemberPreparesTheCurrentYearAndJanuaryAsksForTheLast() {
        assertThat(ReportDeadline.yearInQuestion(LocalDate.of(2026, 11, 30))).isEqualTo(2025);
        assertThat(ReportDeadline.yearInQuestion(LocalDate.of(2026, 12, 1))).isEqualTo(2026);
        assertThat(ReportDeadline.yearInQuestion(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
        assertThat(ReportDeadline.due(2026)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(ReportDeadline.publishable(2026, LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(ReportDeadline.publishable(2026, LocalDate.of(2027, 1, 1))).isTrue();
    }

    @Test
    void aReportFirstPublishedAfterTheFifteenthIsLateAndAMissingOneIsOverdueFromTheSixteenth() {
        var status = (java.util.function.BiFunction<LocalDate, LocalDate, ReportDeadline.Status>)
                (published, today) -> ReportDeadline.Status.of(2026, published, today);
        assertThat(status.apply(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 1)))
                .isEqualTo(ReportDeadline.Status.PUBLISHED);
        assertThat(status.apply(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 3, 1)))
                .isEqualTo(ReportDeadline.Status.PUBLISHED_LATE);
        assertThat(status.apply(null, LocalDate.of(2027, 1, 15))).isEqualTo(ReportDeadline.Status.NOT_PUBLISHED);
        assertThat(status.apply(null, LocalDate.of(2027, 1, 16))).isEqualTo(ReportDeadline.Status.OVERDUE);
    }
}
