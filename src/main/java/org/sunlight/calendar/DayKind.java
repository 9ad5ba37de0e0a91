package org.sunlight.calendar;

/** What an official notice says of a day. */
enum DayKind {
    /** A day off (法定节假日及调休放假). */
    HOLIDAY,
    /** A Saturday or Sunday worked instead (调休上班). */
    WORKDAY
}
