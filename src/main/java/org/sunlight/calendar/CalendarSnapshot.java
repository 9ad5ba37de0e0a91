package org.sunlight.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The loaded notices at one moment, answering day questions without touching the database. */
final class CalendarSnapshot {

    private final Map<LocalDate, DayKind> notices;
    private final Set<Integer> loadedYears;

    CalendarSnapshot(Map<LocalDate, DayKind> notices, Set<Integer> loadedYears) {
        this.notices = Map.copyOf(notices);
        this.loadedYears = Set.copyOf(loadedYears);
    }

    boolean isWorkingDay(LocalDate day) {
        var kind = notices.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    Set<Integer> loadedYears() {
        return new TreeSet<>(loadedYears);
    }

    /** The day {@code days} working days after {@code from}, counting from the day after it. */
    /**
     * The last day of a period of {@code days} calendar days starting after {@code from}; when that day is not a
     * working day the period ends on the next one (民法典 第二百零一条、第二百零三条).
     */
    DueDate addCalendarDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        var missing = new TreeSet<Integer>();
        var day = from.plusDays(days);
        if (!isLoaded(day.getYear())) {
            missing.add(day.getYear());
        }
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
            if (!isLoaded(day.getYear())) {
                missing.add(day.getYear());
            }
        }
        return new DueDate(from, days, day, missing);
    }

    DueDate addWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        var missing = new TreeSet<Integer>();
        var day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (!isLoaded(day.getYear())) {
                missing.add(day.getYear());
            }
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new DueDate(from, days, day, missing);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} comes first. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (var day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
