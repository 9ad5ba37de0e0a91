package org.sunlight.cases;

/**
 * What an action means in its procedure, declared on its {@link Transition} in {@link Procedures}, so that other
 * modules act on meanings rather than on action names.
 */
public enum ActionTrait {
    /** Records or changes the proposed decision (拟处理意见); every change of its content is a new proposal version. */
    PROPOSES,
    /** Tells the party of the intended decision (事先告知, 行政处罚法 第四十四条): gated like the decision itself. */
    ADVANCE_NOTICE,
    /** Makes a decision that is disclosed (D10) and counted; its category is on the transition. */
    DECIDES,
    /**
     * Changes or renews a licence in force, or refuses to (行政许可法 第四十九条、第五十条): a licensing decision of its own,
     * disclosed like the grant (D10) through {@link HeldLicenceDecided}, but not the case's decision, so neither gated by
     * the legal review nor counted again as one.
     */
    DECIDES_ON_HELD_LICENCE,
    /** An enforcement step the unit's recording list may want on audio or video (R3). */
    RECORDED_STEP,
    /** Fulfils a decision: payment recorded, or enforcement applied to the court. */
    FULFILS,
    /** Sends the current proposal to the legal review (L4). */
    SUBMITS_FOR_REVIEW,
    /** The legal review's outcome, taken only on the reviewer's written opinion (L4). */
    REVIEW_OUTCOME,
    /**
     * Serves a document on the party (送达): the day the party received it, recorded with the method, starts the
     * party's periods (行政处罚法 第四十五条、第六十四条、第六十七条 run from receipt, not from issue).
     */
    SERVES,
    /** Holds a hearing: a decision after it needs a legal review made on the hearing record (行政处罚法 第五十八条). */
    HEARING,
    /**
     * Done beside the procedure's course, whenever it is needed (an officer joins, a recusal, an extension of the
     * limit): it does not move the case on, so a case does not wait for it on anybody's console.
     */
    INCIDENTAL
}
