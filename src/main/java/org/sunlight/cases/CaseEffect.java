package org.sunlight.cases;

/**
 * What an action does to its case besides moving it and recording the act, named on its {@link Transition}; each is
 * one method of {@link CaseEffects}.
 */
enum CaseEffect {
    /** The stage change and the record of the act are all the action does. */
    NONE,
    FILE,
    PROPOSE,
    HOLD_COLLECTIVE_DISCUSSION,
    RECORD_STATEMENT,
    CLOSE_STATEMENT,
    SCHEDULE_HEARING,
    HOLD_HEARING,
    EXTEND_CASE_LIMIT,
    EXTEND_SEIZURE,
    TURN_INTO_PENALTY_CASE,
    /** An officer joins the case (行政处罚法 第四十二条: so that two certified officers can act). */
    ADD_OFFICER,
    /** The officer the leader recused leaves the case (行政处罚法 第四十三条). */
    REMOVE_OFFICER
}
