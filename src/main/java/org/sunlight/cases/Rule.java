package org.sunlight.cases;

/**
 * The named rules a transition checks before it happens; each is implemented once in {@link CaseRules} and its
 * refusal names it.
 */
public enum Rule {
    /** 行政处罚法 第四十二条: at least two officers with certificates valid for the category on the day. */
    TWO_CERTIFIED_OFFICERS,
    /**
     * 行政处罚法 第四十二条: two officers act, not two listed: the one taking the action and the companion the action
     * names are both officers of the case, two people, each with a certificate valid for the category on the day (the
     * simple procedure too: 第五十二条 sets no exception).
     */
    TWO_OFFICERS_ACT,
    /**
     * 行政处罚法 第四十二条: an officer who joins a case is one of the unit's, not on it yet, holds a certificate valid for
     * the case's category on the day, and was not recused from it (第四十三条).
     */
    OFFICER_MAY_JOIN,
    /**
     * 行政处罚法 第四十四条、第四十五条: the party is told the facts, reasons, basis and intended penalty and its right to
     * state and defend, and what it says (or that it gave it up) is written down.
     */
    STATEMENT_RECORDED,
    /** 行政处罚法 第四十四条: no on-the-spot decision before the party was told and heard (the 告知 recorded first). */
    PARTY_HEARD_FIRST,
    /** 行政处罚法 第四十五条第二款: a statement or defence never earns a heavier penalty than the one the party was told of. */
    NOT_HEAVIER_AFTER_STATEMENT,
    /** 行政处罚法 第五十二条第三款: an on-the-spot decision is reported to the unit for the record (备案) before the file closes. */
    REPORTED_FOR_RECORD,
    /**
     * 行政处罚法 第四十三条: a request for 回避 (the party's, or the officer's own declaration) names an officer of the case
     * and the grounds (a direct interest or another relation that may affect fair enforcement).
     */
    RECUSAL_GROUNDS,
    /**
     * 行政处罚法 第三十六条: an offence not discovered within two years (five where citizens' life and health were
     * endangered and harmed), counted from the day of the act or the day a continuing act ended, is not punished; the
     * case's clue was registered on the day of discovery. Checked where the violation's day is recorded.
     */
    LIMITATION_NOT_EXPIRED,
    /** 行政处罚法 第四十三条: the unit's leader decides a 回避 request made and not yet decided for that officer. */
    RECUSAL_PENDING,
    /** Every party is identified: an ID number (GB 11643) or a unified social credit code (GB 32100) that checks. */
    PARTY_IDENTIFIED,
    /** A proposed decision has been recorded. */
    PROPOSAL_RECORDED,
    /** 行政处罚法 第五十一条: on the spot only a warning, or a fine up to 200 yuan (citizen) or 3,000 yuan (organisation). */
    SIMPLE_PROCEDURE_LIMIT,
    /** 行政处罚法 第五十八条: a major proposal is decided only after a legal review agreed (the review module answers). */
    MAJOR_DECISION_REVIEWED,
    /** 行政处罚法 第五十七条: complex or major cases go to the leaders' collective discussion before the decision. */
    COLLECTIVE_DISCUSSION_HELD,
    /** 行政处罚法 第六十三条: a hearing only for the penalties the law lists, above the province's thresholds. */
    HEARING_THRESHOLD_MET,
    /** 行政处罚法 第六十四条: the party asks for a hearing within 5 working days of being told. */
    HEARING_REQUEST_IN_TIME,
    /** 行政处罚法 第六十四条: the hearing is notified at least 7 working days ahead. */
    HEARING_NOTIFIED_IN_TIME,
    /** 行政处罚法 第四十五条: no decision before the party had its chance to state and defend (or waived it). */
    STATEMENT_PERIOD_OVER,
    /**
     * The decision made is the one proposed (and, where major, reviewed): a licence is refused only on a proposal to
     * refuse it, a seizure taken only on a proposal to seize (行政许可法 第三十八条, 行政强制法 第十八条).
     */
    DECISION_AS_PROPOSED,
    /**
     * 行政处罚法 第六十一条: the service is recorded with its method and the day the party received the document
     * (electronic service only with the party's written consent); the party's periods run from that day.
     */
    SERVICE_RECORDED,
    /** 行政处罚法 第六十七条: only a fine or a confiscated amount is paid; a decision with nothing to pay ends on service. */
    NOTHING_TO_PAY,
    /** 行政强制法 第二十五条: a seizure is extended once, by at most 30 days. */
    SEIZURE_EXTENDED_ONCE,
    /** An extension of the 90-day limit needs a written reason (行政处罚法 第六十条). */
    REASON_GIVEN
}
