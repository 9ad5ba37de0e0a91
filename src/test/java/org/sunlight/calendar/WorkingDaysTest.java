package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Deadlines counted against the State Council notices that ship with the product (行政处罚法 第八十五条). */
class WorkingDaysTest {

    private final CalendarSnapshot calendar = shipped();

    @Test
    void springFestival2025IsOffAndItsMakeUpWeekendsAreWorked() {
        // 国办发明电〔2024〕12号: 1月28日至2月4日放假, 1月26日(周日)、2月8日(周六)上班
        for (var day = LocalDate.of(2025, 1, 28); !day.isAfter(LocalDate.of(2025, 2, 4)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as("%s is off", day).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 9))).isFalse();
    }

    @Test
    void sevenWorkingDaysFromTheEveOfSpringFestival2025() {
        // from Mon 27 Jan: the 28th to 4 Feb are off; 5, 6, 7, 8 (make-up Saturday), 10, 11, 12 Feb are worked
        var due = calendar.addWorkingDays(LocalDate.of(2025, 1, 27), 7);

        assertThat(due.due()).isEqualTo(LocalDate.of(2025, 2, 12));
        assertThat(due.certain()).isTrue();
    }

    @Test
    void fiveWorkingDaysCountTheMakeUpSundayBeforeSpringFestival() {
        // from Fri 24 Jan 2025: Sun 26 (make-up), Mon 27, then 5, 6, 7 Feb
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 5).due()).isEqualTo(LocalDate.of(2025, 2, 7));
    }

    @Test
    void nationalDay2026IsOffAndItsMakeUpDaysAreWorked() {
        // 国务院办公厅 2025年11月4日通知: 10月1日至7日放假, 9月20日(周日)、10月10日(周六)上班
        for (int d = 1; d <= 7; d++) {
            assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, d))).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    }

    @Test
    void threeWorkingDaysFromTheLastDayBeforeNationalDay2026() {
        // from Wed 30 Sep: 1–7 Oct off, Thu 8, Fri 9, Sat 10 (make-up) worked
        var due = calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 3);

        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void workingDaysBetweenSkipTheHolidayAndCountTheMakeUpDays() {
        // 30 Sep exclusive to 12 Oct inclusive: 8, 9, 10 (make-up), 12
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)))
                .isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 9, 30)))
                .isEqualTo(-4);
    }

    @Test
    void aDeadlineRunningIntoAYearWithoutANoticeSaysSo() {
        // 20 working days from 15 Dec 2026 run into 2027, for which no notice ships
        var due = calendar.addWorkingDays(LocalDate.of(2026, 12, 15), 20);

        assertThat(due.certain()).isFalse();
        assertThat(due.yearsWithoutCalendar()).containsExactly(2027);
        // weekends only in 2027: 16–31 Dec give 12 working days, then 8 more in January (1 Jan is a Friday here
        // since nothing says it is a holiday)
        assertThat(due.due()).isEqualTo(LocalDate.of(2027, 1, 12));
    }

    @Test
    void aDeadlineWithinLoadedYearsIsCertain() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 20), 7).yearsWithoutCalendar())
                .isEmpty();
    }

    @Test
    void zeroDaysIsTheDayItself() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 3), 0).due()).isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void negativePeriodsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void theDueDateIsAWorkingDayExactlyThatManyWorkingDaysAway(
            @ForAll @IntRange(min = 0, max = 1000) int offset, @ForAll @IntRange(min = 1, max = 60) int days) {
        var from = LocalDate.of(2024, 1, 1).plusDays(offset);
        var due = calendar.addWorkingDays(from, days).due();

        assertThat(calendar.isWorkingDay(due)).isTrue();
        assertThat(calendar.workingDaysBetween(from, due)).isEqualTo(days);
        assertThat(calendar.workingDaysBetween(from, due.minusDays(1))).isEqualTo(days - 1);
    }

    @Test
    void loadedYearsAreThoseOfTheShippedNotices() {
        assertThat(calendar.loadedYears()).isEqualTo(Set.of(2024, 2025, 2026));
    }

    @Test
    void fifteenDaysToPayThatEndOnNationalDayEndOnTheFirstWorkingDayAfterIt() {
        // served Wed 16 Sep 2026: 15 calendar days end on 1 Oct, a holiday until the 7th (民法典 第二百零三条)
        var due = calendar.addCalendarDays(LocalDate.of(2026, 9, 16), 15);

        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(due.certain()).isTrue();
    }

    @Test
    void aPeriodEndingOnAMakeUpSaturdayEndsThatDay() {
        // Sat 10 Oct 2026 is worked (国庆节调休上班): a period ending on it is not moved
        assertThat(calendar.addCalendarDays(LocalDate.of(2026, 9, 25), 15).due())
                .isEqualTo(LocalDate.of(2026, 10, 10));
        // and one ending on an ordinary Sunday moves to Monday
        assertThat(calendar.addCalendarDays(LocalDate.of(2026, 11, 7), 15).due())
                .isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void fiveWorkingDaysServedOnTheFridayBeforeSpringFestival2026() {
        // served Fri 13 Feb 2026: Sat 14 is worked (调休), 15-23 are off, then 24, 25, 26, 27 and Sat 28 (调休)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 5).due()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    private static CalendarSnapshot shipped() {
        try (var in = new ClassPathResource(ShippedCalendar.RESOURCE).getInputStream()) {
            var parsed = HolidayNotice.parse(in, HolidayNoticeTest.LIMITS);
            assertThat(parsed.problems()).isEmpty();
            var notices = new HashMap<LocalDate, DayKind>();
            parsed.daysByYear().values().forEach(days -> days.forEach(day -> notices.put(day.day(), day.kind())));
            return new CalendarSnapshot(notices, parsed.daysByYear().keySet());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
