package org.sunlight.cases;

/**
 * A period a transition starts: how long, how counted, and the article that sets it.
 *
 * @param id the deadline's name, unique within a procedure
 * @param days the length of the period (0 when the case supplies it, as for a licensing item's own time limit)
 */
public record DeadlineRule(String id, int days, DayCount count, String basis) {

    static DeadlineRule workingDays(String id, int days, String basis) {
        return new DeadlineRule(id, days, DayCount.WORKING_DAYS, basis);
    }

    static DeadlineRule calendarDays(String id, int days, String basis) {
        return new DeadlineRule(id, days, DayCount.CALENDAR_DAYS, basis);
    }

    public String labelKey() {
        return "deadline." + id;
    }
}
