package org.sunlight.cases;

import java.time.LocalDate;

/**
 * When the offence was committed, as the officer recorded it (行政处罚法 第三十六条).
 *
 * @param on the day the act was committed, or began if it continued
 * @param endedOn the day a continuing act ended, or null
 * @param continuing the act continued over a period (连续或者继续状态)
 * @param healthHarmed it endangered citizens' life and health and caused harm: five years instead of two
 */
public record Violation(LocalDate on, LocalDate endedOn, boolean continuing, boolean healthHarmed) {

    /**
     * The last day on which discovering the act still allows a penalty, or null while it is unknown or still going on:
     * two years, five where life and health were harmed, counted from the day of the act or the day a continuing act
     * ended.
     */
    public LocalDate discoverableUntil() {
        if (on == null || continuing && endedOn == null) {
            return null;
        }
        var from = continuing ? endedOn : on;
        return from.plusYears(healthHarmed ? 5 : 2);
    }
}
