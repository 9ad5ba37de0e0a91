package org.sunlight.supervision;

/**
 * How a matter of accountability ends (A8, A9; 实施方案 三(四)2、三(五)): no fault found, or the responsibility taken, from
 * criticism up to withdrawing the enforcement qualification, or the matter sent to the discipline organs.
 */
enum AccountabilityOutcome {
    NO_FAULT,
    CRITICISM_EDUCATION,
    ORDERED_SELF_EXAMINATION,
    PUBLIC_CRITICISM,
    REMOVED_FROM_POST,
    QUALIFICATION_WITHDRAWN,
    TRANSFERRED_TO_DISCIPLINE;

    public String labelKey() {
        return "supervision.outcome." + name();
    }
}
