package org.sunlight.supervision;

/** What a matter of accountability was opened from (A9). */
enum AccountabilitySource {
    COMPLAINT,
    EVALUATION_FINDING,
    FLAG,
    COURT_LOSS,
    RECONSIDERATION_LOSS,
    LEADER_DECISION;

    public String labelKey() {
        return "supervision.source." + name();
    }
}
