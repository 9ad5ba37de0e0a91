package org.sunlight.disclosure;

import java.time.LocalDate;
import java.time.Month;

/**
 * When a yearly statistics report is due (D13): by 15 January after its year. The console reminds from 1 December
 * of the year itself.
 */
final class ReportDeadline {

    private ReportDeadline() {}

    /** The year whose report the console is concerned with on a day: the current one in December, else the last. */
    static int yearInQuestion(LocalDate today) {
        return today.getMonth() == Month.DECEMBER ? today.getYear() : today.getYear() - 1;
    }

    static LocalDate due(int year) {
        return LocalDate.of(year + 1, Month.JANUARY, 15);
    }

    static LocalDate remindFrom(int year) {
        return LocalDate.of(year, Month.DECEMBER, 1);
    }

    /** A report may be published once its year is over. */
    static boolean publishable(int year, LocalDate today) {
        return year < today.getYear();
    }

    /** Where a unit's report for a year stands on a day. */
    enum Status {
        /** published by 15 January */
        PUBLISHED,
        /** first published after 15 January */
        PUBLISHED_LATE,
        /** not published, not yet due */
        NOT_PUBLISHED,
        /** not published and past 15 January */
        OVERDUE;

        static Status of(int year, LocalDate firstPublishedOn, LocalDate today) {
            if (firstPublishedOn != null) {
                return firstPublishedOn.isAfter(due(year)) ? PUBLISHED_LATE : PUBLISHED;
            }
            return today.isAfter(due(year)) ? OVERDUE : NOT_PUBLISHED;
        }
    }
}
