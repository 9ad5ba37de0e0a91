package org.sunlight.inspection;

/** The outcome of an inspection of a drawn subject, as the national plan's reports count them. */
public enum InspectionOutcome {
    NO_PROBLEM,
    RECTIFICATION,
    CASE_FILED,
    NOT_FOUND,
    CLOSED;

    public String labelKey() {
        return "inspection.outcome." + name();
    }

    /** Whether the inspectors saw the subject, so that it counts as inspected that day. */
    boolean visited() {
        return this != NOT_FOUND;
    }
}
