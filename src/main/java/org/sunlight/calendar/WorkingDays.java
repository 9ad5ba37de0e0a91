package org.sunlight.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline arithmetic in working days (行政处罚法 第八十五条: periods of 2, 3, 5 and 7 days are working days, statutory
 * holidays excluded). Saturdays and Sundays are off unless an official notice makes them make-up workdays; official
 * holidays are off.
 */
@Service
public class WorkingDays {

    /** Longer periods than this are not working-day periods in any procedure; they are refused. */
    public static final int MAX_DAYS = 3660;

    private final CalendarDays days;
    private final TransactionTemplate transactions;
    private volatile CalendarSnapshot snapshot;

    private final HolidayNotice.Limits limits;

    WorkingDays(CalendarDays days, TransactionTemplate transactions, org.sunlight.platform.ColumnLengths lengths) {
        this.limits = HolidayNotice.Limits.of(lengths);
        this.days = days;
        this.transactions = transactions;
    }

    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    /**
     * The last day of a period of {@code days} working days starting after {@code from}. When the period runs into a
     * year with no loaded notice the result says so, and administrators are told on their console.
     */
    public DueDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        var due = snapshot().addWorkingDays(from, days);
        if (!due.certain()) {
            this.days.recordMissing(due.yearsWithoutCalendar());
        }
        return due;
    }

    /**
     * The last day of a period of {@code days} calendar days starting after {@code from} (the 15 days to pay, the 90
     * days to decide), moved to the next working day when it falls on a holiday or weekend (民法典 第二百零三条).
     */
    public DueDate addCalendarDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days out of range: " + days);
        }
        var due = snapshot().addCalendarDays(from, days);
        if (!due.certain()) {
            this.days.recordMissing(due.yearsWithoutCalendar());
        }
        return due;
    }

    /** The working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    /** Whether the official notice of the year is loaded. */
    public boolean hasCalendar(int year) {
        return snapshot().isLoaded(year);
    }

    public Set<Integer> loadedYears() {
        return snapshot().loadedYears();
    }

    /**
     * Loads an official notice (CSV with {@code date,kind,name,source}), replacing the years it covers. Any bad line
     * rejects the whole file and nothing changes.
     */
    public ImportResult importNotice(InputStream csv, String source, String loadedBy) throws IOException {
        var parsed = HolidayNotice.parse(csv, limits);
        if (!parsed.valid()) {
            return new ImportResult(Set.of(), parsed.problems());
        }
        transactions.executeWithoutResult(status -> days.replaceYears(parsed.daysByYear(), source, loadedBy));
        snapshot = null;
        return new ImportResult(parsed.daysByYear().keySet(), List.of());
    }

    /** Other nodes pick up a notice loaded elsewhere within a few minutes. */
    @Scheduled(fixedDelayString = "${sunlight.calendar.refresh:PT5M}")
    void refresh() {
        snapshot = days.snapshot();
    }

    private CalendarSnapshot snapshot() {
        var current = snapshot;
        if (current == null) {
            current = days.snapshot();
            snapshot = current;
        }
        return current;
    }

    /** What loading a notice did: the years loaded, or the problems that stopped it. */
    public record ImportResult(Set<Integer> years, List<ImportProblem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }
}
