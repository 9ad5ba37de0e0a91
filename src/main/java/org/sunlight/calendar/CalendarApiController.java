package org.sunlight.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.platform.Refusal;

/** Deadline arithmetic for anyone: the public, scripts, other systems. */
@RestController
@RequestMapping("/api/public/calendar")
class CalendarApiController {

    private final WorkingDays workingDays;
    private final MessageSource messages;

    CalendarApiController(WorkingDays workingDays, MessageSource messages) {
        this.workingDays = workingDays;
        this.messages = messages;
    }

    @GetMapping("/add-working-days")
    DueDateResponse addWorkingDays(@RequestParam LocalDate from, @RequestParam int days) {
        if (days < 0 || days > WorkingDays.MAX_DAYS) {
            throw new DaysOutOfRange(days);
        }
        var due = workingDays.addWorkingDays(from, days);
        var warnings = due.yearsWithoutCalendar().stream()
                .map(year -> messages.getMessage(
                        "calendar.warning.year-missing", new Object[] {year}, LocaleContextHolder.getLocale()))
                .toList();
        return new DueDateResponse(due.from(), due.days(), due.due(), warnings);
    }

    @GetMapping("/working-day")
    WorkingDayResponse workingDay(@RequestParam LocalDate date) {
        return new WorkingDayResponse(date, workingDays.isWorkingDay(date), workingDays.hasCalendar(date.getYear()));
    }

    record DueDateResponse(LocalDate from, int days, LocalDate due, List<String> warnings) {}

    record WorkingDayResponse(LocalDate date, boolean workingDay, boolean calendarLoaded) {}

    static class DaysOutOfRange extends Refusal {
        DaysOutOfRange(int days) {
            super("days", "calendar.days.out-of-range", days, WorkingDays.MAX_DAYS);
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.BAD_REQUEST;
        }
    }
}
