package org.sunlight.calendar;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A deadline counted in working days.
 *
 * @param from the day the period starts from; counting begins the day after
 * @param days how many working days the period has
 * @param due the last day of the period
 * @param yearsWithoutCalendar years the period runs through for which no holiday notice is loaded: there only
 *     weekends were taken as days off, so the due date may move once the notice is loaded
 */
public record DueDate(LocalDate from, int days, LocalDate due, SortedSet<Integer> yearsWithoutCalendar) {

    public DueDate {
        yearsWithoutCalendar = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(yearsWithoutCalendar));
    }

    /** Whether every day of the period was counted against a loaded official notice. */
    public boolean certain() {
        return yearsWithoutCalendar.isEmpty();
    }
}
