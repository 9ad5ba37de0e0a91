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
    /** 行政强制法 第二十五条第三款: the testing period notified is added to the seizure's end. */
    EXCLUDE_TESTING_PERIOD,
    /** 行政强制法 第二十七条: a penalty case is opened for the seized goods, linked, while the seizure goes on. */
    HAND_OVER_TO_PENALTY_CASE,
    /** 行政许可法 第四十二条、第四十五条: the licensing limit ends that many working days later. */
    EXTEND_LICENSING_LIMIT,
    /** An officer joins the case (行政处罚法 第四十二条: so that two certified officers can act). */
    ADD_OFFICER,
    /** The officer the leader recused leaves the case (行政处罚法 第四十三条). */
    REMOVE_OFFICER,
    /** 行政许可法 第四十七条、第四十八条: the licensing hearing's day is set, told today. */
    SCHEDULE_LICENSING_HEARING,
    /** 行政许可法 第四十五条、第四十八条: the hearing held, its time not counted in the licensing limit. */
    HOLD_LICENSING_HEARING,
    /** 行政许可法 第三十九条、第五十条: the licence's term (有效期至), as granted or renewed, kept with the case. */
    LICENCE_TERM,
    /**
     * 行政许可法 第四十九条: the licensed matters the change application states, kept until the organ decides; the
     * examination of the change starts afresh, with no proposal (the first decision's proposal and review clear nothing).
     */
    LICENCE_CHANGE_STATED,
    /** 行政许可法 第五十条: a renewal applied for is examined afresh, with no proposal, like a change. */
    RENEWAL_APPLIED;

    /**
     * Whether the effect starts or moves one of the case's periods itself (beside the ones its transition starts or
     * meets), so that the act's event carries the periods as they are after it.
     */
    boolean movesPeriods() {
        return switch (this) {
            case EXTEND_CASE_LIMIT,
                    EXTEND_SEIZURE,
                    EXCLUDE_TESTING_PERIOD,
                    EXTEND_LICENSING_LIMIT,
                    HOLD_LICENSING_HEARING -> true;
            case NONE,
                    FILE,
                    PROPOSE,
                    HOLD_COLLECTIVE_DISCUSSION,
                    RECORD_STATEMENT,
                    CLOSE_STATEMENT,
                    SCHEDULE_HEARING,
                    HOLD_HEARING,
                    TURN_INTO_PENALTY_CASE,
                    HAND_OVER_TO_PENALTY_CASE,
                    ADD_OFFICER,
                    REMOVE_OFFICER,
                    SCHEDULE_LICENSING_HEARING,
                    LICENCE_TERM,
                    LICENCE_CHANGE_STATED,
                    RENEWAL_APPLIED -> false;
        };
    }
}
