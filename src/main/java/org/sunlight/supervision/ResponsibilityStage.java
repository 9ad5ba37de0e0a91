package org.sunlight.supervision;

import org.sunlight.cases.CaseAction;

/**
 * The stages of a case between which responsibility is split (实施方案 三(五)1: 发现违法线索、调查核实、承办人员提出建议、
 * 内部层级审核、法制审核、作出行政执法决定), and the service and execution after them.
 */
enum ResponsibilityStage {
    CLUE,
    INVESTIGATION,
    PROPOSAL,
    INTERNAL_REVIEW,
    LEGAL_REVIEW,
    DECISION,
    EXECUTION;

    public String labelKey() {
        return "supervision.stage." + name();
    }

    /** The stage an act of a case belongs to. */
    static ResponsibilityStage of(CaseAction action) {
        return switch (action) {
            case FILE,
                    DECLINE,
                    RECEIVE,
                    ACCEPT,
                    REQUEST_CORRECTION,
                    START_INSPECTION,
                    APPLY_FOR_CHANGE,
                    APPLY_FOR_RENEWAL -> CLUE;
            case BEGIN_INVESTIGATION,
                    INSPECT_SITE,
                    INQUIRE,
                    TAKE_SAMPLES,
                    PRESERVE_EVIDENCE,
                    DECIDE_PRESERVATION,
                    EXTEND_LIMIT,
                    CONCLUDE_INVESTIGATION,
                    EXAMINE_SITE,
                    SEIZE,
                    EXTEND_SEIZURE,
                    NOTIFY_TESTING,
                    EXTEND_LICENSING_LIMIT,
                    NOTIFY_EXCLUDED_PERIOD,
                    SEIZE_ON_THE_SPOT,
                    REPORT_TO_LEADER,
                    APPROVE_PRESERVATION,
                    RELEASE,
                    NO_PROBLEM,
                    ORDER_RECTIFICATION,
                    VERIFY_RECTIFICATION,
                    ADD_OFFICER,
                    REQUEST_RECUSAL,
                    RECUSE,
                    REFUSE_RECUSAL -> INVESTIGATION;
            case PROPOSE,
                    NOTIFY,
                    RECORD_STATEMENT,
                    REQUEST_HEARING,
                    CLOSE_STATEMENT,
                    HOLD_HEARING,
                    END_HEARING,
                    RECONSIDER,
                    INFORM_ON_THE_SPOT,
                    INFORM_LICENSING_HEARING_RIGHT,
                    REQUEST_LICENSING_HEARING,
                    ANNOUNCE_LICENSING_HEARING,
                    HOLD_LICENSING_HEARING -> PROPOSAL;
            case DISCUSS_COLLECTIVELY,
                    REQUEST_COORDINATION,
                    COORDINATE_PROCEED,
                    COORDINATE_RETURN,
                    TRANSFER -> INTERNAL_REVIEW;
            case SUBMIT_FOR_REVIEW, REVIEW_AGREED, REVIEW_RETURNED -> LEGAL_REVIEW;
            case DECIDE,
                    DECIDE_ON_THE_SPOT,
                    GRANT_LICENCE,
                    REFUSE_LICENCE,
                    REFUSE_APPLICATION,
                    TURN_INTO_CASE,
                    ESCALATE,
                    HAND_OVER_TO_CASE,
                    APPROVE_SEIZURE,
                    RECORD_CONFISCATION,
                    DESTROY_SEIZED,
                    WITHDRAW_CASE,
                    TRANSFER_TO_ORGAN,
                    DECIDE_NO_PENALTY,
                    CHANGE_LICENCE,
                    REFUSE_CHANGE,
                    RENEW_LICENCE,
                    REFUSE_RENEWAL -> DECISION;
            case SERVE,
                    RECORD_PAYMENT,
                    URGE_PAYMENT,
                    APPLY_TO_COURT,
                    RECORD_ENFORCEMENT,
                    END_EXECUTION,
                    CLOSE,
                    ARCHIVE,
                    REPORT_FOR_RECORD -> EXECUTION;
        };
    }
}
