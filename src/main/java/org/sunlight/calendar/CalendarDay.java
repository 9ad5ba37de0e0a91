package org.sunlight.calendar;

import java.time.LocalDate;

/** One line of an official holiday notice. */
record CalendarDay(LocalDate day, DayKind kind, String name, String source) {}
