package org.sunlight.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action of every procedure, one vocabulary for all modules. Its {@link #id()} is what URLs, the message keys
 * ({@code action.<id>}) and the stored record of acts ({@code cases.case_act.action}) use. What an action means in a
 * procedure (a decision of which category, a recorded step, a fulfilment, a review outcome) is declared on its
 * {@link Transition} in {@link Procedures}; other modules read those traits or switch on this type, never on strings.
 */
public enum CaseAction {
    FILE("file"),
    DECLINE("decline"),
    BEGIN_INVESTIGATION("begin-investigation"),
    INSPECT_SITE("inspect-site"),
    INQUIRE("inquire"),
    TAKE_SAMPLES("take-samples"),
    PRESERVE_EVIDENCE("preserve-evidence"),
    DECIDE_PRESERVATION("decide-preservation"),
    EXTEND_LIMIT("extend-limit"),
    CONCLUDE_INVESTIGATION("conclude-investigation"),
    PROPOSE("propose"),
    SUBMIT_FOR_REVIEW("submit-for-review"),
    NOTIFY("notify"),
    REVIEW_AGREED("review-agreed"),
    REVIEW_RETURNED("review-returned"),
    TRANSFER("transfer"),
    REQUEST_COORDINATION("request-coordination"),
    COORDINATE_PROCEED("coordinate-proceed"),
    COORDINATE_RETURN("coordinate-return"),
    DISCUSS_COLLECTIVELY("discuss-collectively"),
    RECORD_STATEMENT("record-statement"),
    REQUEST_HEARING("request-hearing"),
    CLOSE_STATEMENT("close-statement"),
    HOLD_HEARING("hold-hearing"),
    RECONSIDER("reconsider"),
    DECIDE("decide"),
    SERVE("serve"),
    RECORD_PAYMENT("record-payment"),
    APPLY_TO_COURT("apply-to-court"),
    CLOSE("close"),
    ARCHIVE("archive"),
    DECIDE_ON_THE_SPOT("decide-on-the-spot"),
    START_INSPECTION("start-inspection"),
    NO_PROBLEM("no-problem"),
    ORDER_RECTIFICATION("order-rectification"),
    VERIFY_RECTIFICATION("verify-rectification"),
    TURN_INTO_CASE("turn-into-case"),
    ESCALATE("escalate"),
    RECEIVE("receive"),
    ACCEPT("accept"),
    REFUSE_APPLICATION("refuse-application"),
    EXAMINE_SITE("examine-site"),
    GRANT_LICENCE("grant-licence"),
    REFUSE_LICENCE("refuse-licence"),
    SEIZE("seize"),
    EXTEND_SEIZURE("extend-seizure"),
    RELEASE("release"),
    HAND_OVER_TO_CASE("hand-over-to-case"),
    ADD_OFFICER("add-officer"),
    INFORM_ON_THE_SPOT("inform-on-the-spot"),
    REPORT_FOR_RECORD("report-for-record"),
    REQUEST_RECUSAL("request-recusal"),
    RECUSE("recuse"),
    REFUSE_RECUSAL("refuse-recusal"),
    WITHDRAW_CASE("withdraw-case"),
    TRANSFER_TO_ORGAN("transfer-to-organ"),
    DECIDE_NO_PENALTY("decide-no-penalty"),
    END_HEARING("end-hearing"),
    URGE_PAYMENT("urge-payment"),
    RECORD_ENFORCEMENT("record-enforcement"),
    END_EXECUTION("end-execution"),
    /** 行政强制法 第二十五条第三款: the testing period, excluded from the seizure's, notified to the party in writing. */
    NOTIFY_TESTING("notify-testing"),
    /** 行政强制法 第二十七条: the seized goods confiscated by the penalty decision of the follow-up case. */
    RECORD_CONFISCATION("record-confiscation"),
    /** 行政强制法 第二十七条: the seized goods destroyed where a law says so, on the follow-up case's decision. */
    DESTROY_SEIZED("destroy-seized"),
    /** 行政强制法 第十九条: an emergency seizure on the spot, before any approval. */
    SEIZE_ON_THE_SPOT("seize-on-the-spot"),
    /** 行政强制法 第十九条: the on-the-spot measure reported to the leader within 24 hours. */
    REPORT_TO_LEADER("report-to-leader"),
    /** 行政强制法 第十九条: the leader approves the on-the-spot measure afterwards (补办批准手续). */
    APPROVE_SEIZURE("approve-seizure"),
    /** 行政处罚法 第五十六条: the leader approves an advance registration and preservation before it is taken. */
    APPROVE_PRESERVATION("approve-preservation"),
    /** 行政许可法 第三十二条: the applicant told once, within 5 working days, everything to correct or add (补正). */
    REQUEST_CORRECTION("request-correction"),
    /** 行政许可法 第四十二条: the leader extends the licensing limit once, by at most 10 working days. */
    EXTEND_LICENSING_LIMIT("extend-licensing-limit"),
    /** 行政许可法 第四十五条: a hearing, testing or expert review whose time is not counted, told to the applicant. */
    NOTIFY_EXCLUDED_PERIOD("notify-excluded-period"),
    /** 行政许可法 第四十七条: the applicant and interested parties told of their right to a hearing (听证告知). */
    INFORM_LICENSING_HEARING_RIGHT("inform-licensing-hearing-right"),
    /** 行政许可法 第四十七条、第四十八条: asked for within 5 days, the hearing is set and notified 7 days before. */
    REQUEST_LICENSING_HEARING("request-licensing-hearing"),
    /** 行政许可法 第四十六条: a hearing a law requires or the organ deems in the public interest, announced. */
    ANNOUNCE_LICENSING_HEARING("announce-licensing-hearing"),
    /** 行政许可法 第四十八条: the hearing held, its record signed by the participants. */
    HOLD_LICENSING_HEARING("hold-licensing-hearing"),
    /** 行政许可法 第四十九条: the holder applies to change the licensed matters. */
    APPLY_FOR_CHANGE("apply-for-change"),
    /** 行政许可法 第四十九条: the change meets the legal conditions and is made (变更手续). */
    CHANGE_LICENCE("change-licence"),
    /** 行政许可法 第四十九条: the change does not meet the legal conditions, refused with the reason. */
    REFUSE_CHANGE("refuse-change"),
    /** 行政许可法 第五十条: the holder applies to renew the licence, at least 30 days before its term ends. */
    APPLY_FOR_RENEWAL("apply-for-renewal"),
    /** 行政许可法 第五十条: the licence renewed, before its term ended or, deemed granted, after. */
    RENEW_LICENCE("renew-licence"),
    /** 行政许可法 第五十条: the renewal refused with the reason, before the term ends. */
    REFUSE_RENEWAL("refuse-renewal");

    private static final Map<String, CaseAction> BY_ID =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(CaseAction::id, Function.identity()));

    private final String id;

    CaseAction(String id) {
        this.id = id;
    }

    /** The action's name in URLs, message keys and the record of acts. */
    @JsonValue
    public String id() {
        return id;
    }

    public String labelKey() {
        return "action." + id;
    }

    /**
     * Whether the act gathers the facts and evidence a decision states (行政处罚法 第五十九条第一款第二项): the
     * investigative records, the party's statement and the hearing, not the officers' and leaders' internal
     * discussions and reviews.
     */
    public boolean gathersEvidence() {
        return switch (this) {
            case INSPECT_SITE,
                    INQUIRE,
                    TAKE_SAMPLES,
                    PRESERVE_EVIDENCE,
                    DECIDE_PRESERVATION,
                    RECORD_STATEMENT,
                    HOLD_HEARING,
                    END_HEARING,
                    HOLD_LICENSING_HEARING -> true;
            default -> false;
        };
    }

    /** The action an id names, if any. */
    public static Optional<CaseAction> find(String id) {
        return Optional.ofNullable(id == null ? null : BY_ID.get(id));
    }

    /** The action an id names; for ids read back from the record of acts, which only ever holds known ones. */
    @JsonCreator
    public static CaseAction of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown case action: " + id));
    }

    /** The id, so that pages and messages print what they always printed. */
    @Override
    public String toString() {
        return id;
    }
}
