package org.sunlight.supervision;

/**
 * Where a complaint stands. The unit tells the complainant within 5 working days whether it is accepted (RECEIVED →
 * ACCEPTED or NOT_ACCEPTED); an accepted one is assigned and investigated (INVESTIGATING), and its result fed back
 * (CONCLUDED).
 */
enum ComplaintStatus {
    RECEIVED,
    ACCEPTED,
    NOT_ACCEPTED,
    INVESTIGATING,
    CONCLUDED;

    public String labelKey() {
        return "supervision.status." + name();
    }

    public boolean awaitsAcknowledgement() {
        return this == RECEIVED;
    }

    /** Accepted and not yet concluded: progress may be fed back, and the result is due. */
    public boolean underWay() {
        return this == ACCEPTED || this == INVESTIGATING;
    }
}
