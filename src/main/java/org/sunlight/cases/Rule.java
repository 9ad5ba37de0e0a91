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
    /**
     * 行政处罚法 第六十四条第一项: the party asks for a hearing within 5 working days of receiving the advance notice; the
     * day it asked ({@code requestedOn}, not after today nor before the notice reached it) counts.
     */
    HEARING_REQUEST_IN_TIME,
    /**
     * 行政处罚法 第六十四条第二项: the 听证通知书 reaches the party at least 7 working days (第八十五条) before the
     * hearing, counted from the day it received the notice.
     */
    HEARING_NOTIFIED_IN_TIME,
    /**
     * 行政处罚法 第六十四条第二项: a hearing is held on the day notified, not before it; nor is a party found absent
     * before that day (第六十四条第八项).
     */
    HEARING_DAY_REACHED,
    /**
     * 行政处罚法 第六十四条第四项: the hearing is presided over by an officer of the unit whom the organ designates and who
     * is not one of the case's investigators (never on the case, not recused from it).
     */
    PRESIDING_NOT_INVESTIGATOR,
    /** 行政处罚法 第四十五条: no decision before the party had its chance to state and defend (or waived it). */
    STATEMENT_PERIOD_OVER,
    /**
     * The decision made is the one proposed (and, where major, reviewed): a licence is refused only on a proposal to
     * refuse it, a seizure taken only on a proposal to seize (行政许可法 第三十八条, 行政强制法 第十八条), a case is not
     * punished only on a proposal not to punish, and a penalty is told and decided only on a proposal to punish
     * (行政处罚法 第四十四条、第五十七条).
     */
    DECISION_AS_PROPOSED,
    /**
     * 行政处罚法 第六十一条: the service is recorded with its method and the day the party received the document
     * (electronic service only with the party's written consent); the party's periods run from that day.
     */
    SERVICE_RECORDED,
    /** 行政处罚法 第六十七条: only a fine or a confiscated amount is paid; a decision with nothing to pay ends on service. */
    NOTHING_TO_PAY,
    /**
     * 行政强制法 第二十五条第一款、第二款: a seizure is extended once, by at most 30 days, while it still runs (not after its
     * period ended), with the leader's approval and the reason, which the written notice to the party states.
     */
    SEIZURE_EXTENDED_ONCE,
    /**
     * 行政强制法 第二十五条第三款: the time for testing, inspection, quarantine or technical appraisal is not part of the
     * seizure's period; it is stated (what is tested, how many days) and notified to the party in writing while the
     * seizure runs.
     */
    TESTING_PERIOD_STATED,
    /**
     * 行政强制法 第二十八条: a seizure is released (解除) for one of the grounds the article lists, stated, and the goods are
     * returned at once: the day they were returned is recorded (not before the seizure, not after today).
     */
    GOODS_RETURNED,
    /**
     * 行政强制法 第二十七条: the seized goods are confiscated or destroyed only by a handling decision (the penalty decision
     * of the follow-up case the seizure was handed over to), made within the seizure's period; a confiscation only by a
     * decision to confiscate.
     */
    HANDLING_DECISION_LINKED,
    /**
     * 行政强制法 第十九条: a measure taken on the spot in an emergency is reported to the organ's leader within 24 hours
     * of being taken.
     */
    EMERGENCY_REPORT_IN_TIME,
    /**
     * 行政强制法 第十九条: the leader approves an on-the-spot measure afterwards only once it was reported within 24 hours;
     * otherwise it is released.
     */
    EMERGENCY_REPORTED,
    /**
     * 行政处罚法 第五十六条: evidence is registered and preserved in advance only with the leader's approval given before,
     * for that preservation (an approval serves one preservation).
     */
    PRESERVATION_APPROVED,
    /** 行政处罚法 第五十六条: the handling decision (处理决定书) answers a preservation taken and not yet handled. */
    PRESERVATION_OPEN,
    /**
     * 行政处罚法 第五十六条: the investigation is not concluded (nor the case withdrawn or transferred) while evidence
     * preserved in advance waits for its handling decision.
     */
    NO_PRESERVATION_OPEN,
    /**
     * 行政许可法 第三十二条: the application is refused, or a correction asked, within 5 working days of its receipt; after
     * them, with no correction asked, it counts as accepted from the day it was received.
     */
    ACCEPTANCE_IN_TIME,
    /** 行政许可法 第三十二条第一款第四项: the applicant is told once everything that needs correcting (一次告知), stated. */
    CORRECTION_ONCE,
    /**
     * 行政许可法 第四十二条: the 20-working-day limit is extended once, by at most 10 working days, with the leader's approval
     * and the reason told to the applicant, before the limit ends.
     */
    LICENSING_EXTENDED_ONCE,
    /**
     * 行政许可法 第四十五条: the time for a hearing, tender, auction, testing, inspection, quarantine, appraisal or expert
     * review is not counted; what it is and how many working days it needs are stated and told to the applicant in
     * writing, before the limit ends.
     */
    EXCLUDED_PERIOD_STATED,
    /** An extension of the 90-day limit needs a written reason (行政处罚法 第六十条). */
    REASON_GIVEN,
    /**
     * 行政处罚法 第三十条、第三十一条、第三十三条: a proposal not to punish states its ground (a minor under fourteen, a
     * person unable to recognise or control the act, a slight offence corrected in time with no harm, a first offence
     * with slight harm corrected in time, no subjective fault), and only such a proposal states one of these grounds;
     * the grounds of 第三十条、第三十一条 concern a citizen, not an organisation.
     */
    NO_PENALTY_GROUND,
    /**
     * 行政强制法 第五十四条, 行政处罚法 第七十二条: the party is urged in writing (催告) only once the period to pay has
     * passed without payment; a decision with nothing to pay is not urged.
     */
    PAYMENT_OVERDUE,
    /**
     * 行政强制法 第五十四条、第六十九条: the court is applied to only when ten (working) days have passed since the 催告书
     * reached the party.
     */
    REMINDER_PERIOD_PASSED,
    /**
     * 行政强制法 第五十三条: the application to the court is made once the periods to pay, to apply for reconsideration
     * (60 days, 行政复议法 第二十条) and to sue (6 months, 行政诉讼法 第四十六条) from the decision's receipt have all
     * passed, and within the three months that follow.
     */
    ENFORCEMENT_WINDOW,
    /**
     * 行政处罚法 第三十条、第三十一条、第三十二条: a penalty proposed more lightly (从轻) or below the range (减轻) states its
     * ground, and a ground of mitigation comes with 从轻 or 减轻; nothing is mitigated that is not a penalty.
     */
    MITIGATION_GROUND,
    /**
     * 行政许可法 第四十六条、第四十七条: one licensing hearing at a time: none is told of, asked for or announced while
     * the applicant's period to ask runs or a hearing is set and not yet held.
     */
    LICENSING_HEARING_NOT_OPEN,
    /**
     * 行政许可法 第四十七条: a hearing is asked for once the applicant and interested parties were told of the right, and
     * within 5 days of being told.
     */
    LICENSING_HEARING_REQUEST_IN_TIME,
    /**
     * 行政许可法 第四十七条、第四十八条第一款第一项: the hearing is held within 20 (working) days of the request, and its
     * time and place are told at least 7 days before it.
     */
    LICENSING_HEARING_SCHEDULED,
    /** 行政许可法 第四十八条第一款第五项: the hearing record is confirmed and signed (or sealed) by the participants. */
    LICENSING_HEARING_RECORD_SIGNED,
    /**
     * 行政许可法 第四十九条、第五十条: only a licence in force is changed or renewed: one the organ granted, whose term (where
     * it has one) has not ended; an expired licence is applied for anew.
     */
    LICENCE_IN_FORCE,
    /** 行政许可法 第四十九条: the holder applies to the organ that granted the licence, stating the licensed matters to change. */
    LICENCE_CHANGE_STATED,
    /**
     * 行政许可法 第五十条第一款: a licence with a term is renewed on an application made at least 30 days before the term
     * ends (unless a law, regulation or rule says otherwise).
     */
    RENEWAL_APPLIED_IN_TIME,
    /**
     * 行政许可法 第五十条第二款: the organ decides on the renewal before the term ends; with no decision by then the
     * renewal counts as granted (视为准予延续), so it is no longer refused.
     */
    RENEWAL_DECIDED_IN_TIME
}
