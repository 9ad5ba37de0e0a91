package org.sunlight.cases;

import java.time.LocalDate;
import java.util.List;
import org.sunlight.calendar.WorkingDays;

/**
 * The days of a decision's execution (行政强制法 第五十三条、第五十四条): when the party received the decision and the 催告书,
 * and the three months in which the court may be applied to once the periods to pay, to ask for reconsideration
 * (60 days, 行政复议法 第二十条) and to sue (6 months, 行政诉讼法 第四十六条) have passed. A period whose last day is a
 * holiday ends on the next working day (民法典 第二百零三条).
 */
final class Execution {

    private Execution() {}

    /** The window for the application to the court: from the day after every period ended, for three months. */
    record Window(LocalDate periodsEndOn, LocalDate opensOn, LocalDate closesOn) {

        boolean contains(LocalDate day) {
            return !day.isBefore(opensOn) && !day.isAfter(closesOn);
        }
    }

    /** The day the party received the decision, as its service recorded it, or null when it was not served. */
    static LocalDate decisionReceivedOn(List<CaseView.Act> acts) {
        return latest(acts, CaseAction.SERVE);
    }

    /** The day the party received the latest 催告书, or null when it was not urged. */
    static LocalDate reminderReceivedOn(List<CaseView.Act> acts) {
        return latest(acts, CaseAction.URGE_PAYMENT);
    }

    static Window window(WorkingDays workingDays, LocalDate received, LocalDate paymentDue) {
        var reconsideration = workingDays.addCalendarDays(received, 60).due();
        var suit = nextWorkingDay(workingDays, received.plusMonths(6));
        var end = paymentDue == null ? suit : max(paymentDue, max(reconsideration, suit));
        end = max(end, max(reconsideration, suit));
        return new Window(end, end.plusDays(1), end.plusMonths(3));
    }

    private static LocalDate latest(List<CaseView.Act> acts, CaseAction action) {
        LocalDate received = null;
        for (var act : acts) {
            if (act.action() == action && act.receivedOn() != null) {
                received = act.receivedOn();
            }
        }
        return received;
    }

    private static LocalDate nextWorkingDay(WorkingDays workingDays, LocalDate day) {
        var next = day;
        while (!workingDays.isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
