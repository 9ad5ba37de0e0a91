package org.sunlight.cases;

/** How a legal period is counted: 行政处罚法 第八十五条 counts 2, 3, 5 and 7 days in working days. */
public enum DayCount {
    WORKING_DAYS,
    CALENDAR_DAYS
}
