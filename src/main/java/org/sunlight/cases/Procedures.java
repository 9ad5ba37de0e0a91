package org.sunlight.cases;

import static org.sunlight.cases.ActionTrait.FULFILS;
import static org.sunlight.cases.ActionTrait.HEARING;
import static org.sunlight.cases.ActionTrait.PROPOSES;
import static org.sunlight.cases.ActionTrait.RECORDED_STEP;
import static org.sunlight.cases.ActionTrait.REVIEW_OUTCOME;
import static org.sunlight.cases.ActionTrait.SERVES;
import static org.sunlight.cases.ActionTrait.SUBMITS_FOR_REVIEW;
import static org.sunlight.cases.CaseAction.*;
import static org.sunlight.cases.DeadlineRule.calendarDays;
import static org.sunlight.cases.DeadlineRule.workingDays;
import static org.sunlight.cases.DocumentKind.*;
import static org.sunlight.cases.Rule.*;
import static org.sunlight.cases.Stage.Phase.ARCHIVE;
import static org.sunlight.cases.Stage.Phase.DECISION;
import static org.sunlight.cases.Stage.Phase.INVESTIGATION;
import static org.sunlight.cases.Stage.Phase.SERVICE_AND_EXECUTION;
import static org.sunlight.cases.Stage.Phase.START;
import static org.sunlight.organization.Role.ADMIN;
import static org.sunlight.organization.Role.LEADER;
import static org.sunlight.organization.Role.OFFICER;
import static org.sunlight.organization.Role.REVIEWER;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Role;

/**
 * Every procedure, defined once: the engine runs these definitions and the portal draws them, so that picture and
 * behaviour cannot differ (D6). Articles are those of 行政处罚法 (2021) unless another law is named.
 */
public final class Procedures {

    /** The 90-day limit from filing to decision (第六十条), calendar days. */
    static final DeadlineRule CASE_LIMIT = calendarDays("case-limit", 90, "行政处罚法第六十条");
    /** Advance registration and preservation of evidence is decided within 7 working days (第五十六条). */
    static final DeadlineRule PRESERVATION = workingDays("preservation-decision", 7, "行政处罚法第五十六条");
    /** The party states, defends and asks for a hearing within 5 working days of the advance notice (第六十四条). */
    static final DeadlineRule STATEMENT = workingDays("statement", 5, "行政处罚法第六十四条");
    /** The decision is served on the spot or within 7 working days (第六十一条). */
    static final DeadlineRule SERVICE = workingDays("service", 7, "行政处罚法第六十一条");
    /** The fine is paid within 15 days of service (第六十七条), calendar days. */
    static final DeadlineRule PAYMENT = calendarDays("payment", 15, "行政处罚法第六十七条");
    /** An application is accepted or refused within 5 working days (行政许可法第三十二条). */
    static final DeadlineRule ACCEPTANCE = workingDays("acceptance", 5, "行政许可法第三十二条");
    /** A licence is decided within the item's time limit, 20 working days unless it says less (行政许可法第四十二条). */
    static final DeadlineRule LICENSING_DECISION_LIMIT = workingDays("licensing-decision", 20, "行政许可法第四十二条");
    /**
     * The applicant or an interested party asks for a licensing hearing within 5 days of being told of the right
     * (行政许可法第四十七条); the applicant's period, so calendar days (第八十二条 counts only the organ's in working days).
     */
    static final DeadlineRule LICENSING_HEARING_REQUEST = calendarDays("licensing-hearing-request", 5, "行政许可法第四十七条");
    /** The organ holds the hearing within 20 days of the request (行政许可法第四十七条), working days (第八十二条). */
    static final DeadlineRule LICENSING_HEARING = workingDays("licensing-hearing", 20, "行政许可法第四十七条");
    /**
     * A renewal is decided before the licence's term ends (行政许可法第五十条第二款): the period ends on the term's last
     * day, whatever day that is, so it is not moved.
     */
    static final DeadlineRule RENEWAL_DECISION = calendarDays("renewal-decision", 0, "行政许可法第五十条");
    /** A licence decision is served within 10 working days (行政许可法第四十四条). */
    static final DeadlineRule LICENCE_SERVICE = workingDays("licence-service", 10, "行政许可法第四十四条");
    /** Seizure lasts at most 30 days (行政强制法第二十五条), calendar days. */
    static final DeadlineRule SEIZURE = calendarDays("seizure", 30, "行政强制法第二十五条");
    /** A rectification order's own period, set by the officer in the 卫生监督意见书. */
    static final DeadlineRule RECTIFICATION = calendarDays("rectification", 0, "卫生监督意见书");

    /** The categories whose decisions the review scope lists name (L2): penalties, licences, coercive measures. */
    static final Set<EnforcementCategory> REVIEWABLE =
            Set.of(EnforcementCategory.PENALTY, EnforcementCategory.LICENSING, EnforcementCategory.COERCION);

    private static final Map<ProcedureKind, Procedure> ALL = new EnumMap<>(ProcedureKind.class);

    static {
        ALL.put(ProcedureKind.GENERAL_PENALTY, generalPenalty());
        ALL.put(ProcedureKind.SIMPLE_PENALTY, simplePenalty());
        ALL.put(ProcedureKind.INSPECTION, inspection());
        ALL.put(ProcedureKind.LICENSING, licensing());
        ALL.put(ProcedureKind.COERCION, coercion());
    }

    private Procedures() {}

    public static Procedure of(ProcedureKind kind) {
        return ALL.get(kind);
    }

    public static List<Procedure> all() {
        return List.copyOf(ALL.values());
    }

    private static Procedure generalPenalty() {
        return new Builder(ProcedureKind.GENERAL_PENALTY)
                .stage("clue", START)
                .stage("filed", START)
                .stage("investigation", INVESTIGATION)
                .stage("case-discussion", DECISION)
                .stage("legal-review", DECISION)
                .stage("coordination", DECISION)
                .stage("collective-discussion", DECISION)
                .stage("advance-notice", DECISION)
                .stage("hearing-notice", DECISION)
                .stage("decision-pending", DECISION)
                .stage("decided", SERVICE_AND_EXECUTION)
                .stage("served", SERVICE_AND_EXECUTION)
                .stage("urged", SERVICE_AND_EXECUTION)
                .stage("enforcement-applied", SERVICE_AND_EXECUTION)
                .stage("executed", SERVICE_AND_EXECUTION)
                .stage("execution-ended", SERVICE_AND_EXECUTION)
                .stage("closed", ARCHIVE)
                .stage("archived", ARCHIVE)
                .terminal("not-filed", START)
                .terminal("transferred", DECISION)
                .terminal("withdrawn", INVESTIGATION)
                .terminal("transferred-to-organ", INVESTIGATION)
                .step(
                        FILE,
                        "clue",
                        "filed",
                        Set.of(LEADER),
                        List.of(PARTY_IDENTIFIED, LIMITATION_NOT_EXPIRED),
                        List.of(FILING_REPORT))
                .effect(CaseEffect.FILE)
                .starts(CASE_LIMIT)
                // 行政处罚法 第五十四条: not filing a case is a decision too, and says why
                .step(DECLINE, "clue", "not-filed", Set.of(LEADER), List.of(REASON_GIVEN), List.of(CLUE_REGISTRATION))
                .step(
                        BEGIN_INVESTIGATION,
                        "filed",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of())
                .step(
                        INSPECT_SITE,
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .traits(RECORDED_STEP)
                .step(
                        INQUIRE,
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(INQUIRY_RECORD))
                .traits(RECORDED_STEP)
                .step(
                        TAKE_SAMPLES,
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SAMPLING_RECORD))
                .traits(RECORDED_STEP)
                // 行政处罚法 第五十六条: where evidence may be lost or hard to obtain later, the leader approves first, the
                // officers register and preserve it, and a 处理决定书 follows within 7 working days
                .step(
                        APPROVE_PRESERVATION,
                        "investigation",
                        "investigation",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(PRESERVATION_APPROVAL))
                .step(
                        PRESERVE_EVIDENCE,
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS, PRESERVATION_APPROVED),
                        List.of(EVIDENCE_PRESERVATION_DECISION))
                .traits(RECORDED_STEP)
                .starts(PRESERVATION)
                .step(
                        DECIDE_PRESERVATION,
                        "investigation",
                        "investigation",
                        Set.of(LEADER),
                        List.of(PRESERVATION_OPEN, REASON_GIVEN),
                        List.of(PRESERVATION_HANDLING_DECISION))
                .stops(PRESERVATION)
                .step(
                        EXTEND_LIMIT,
                        "investigation",
                        "investigation",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXTENSION_APPROVAL))
                .effect(CaseEffect.EXTEND_CASE_LIMIT)
                // 行政处罚法 第五十七条第一款第三项: the facts are not established, the filing is withdrawn (撤案) with its
                // reason; 第二十五条、第二十六条: a case outside the unit's jurisdiction goes to the competent organ;
                // 第二十七条: one suspected of a crime goes to the judicial organs as soon as it shows
                .step(
                        WITHDRAW_CASE,
                        "investigation",
                        "withdrawn",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, NO_PRESERVATION_OPEN),
                        List.of(CASE_WITHDRAWAL_APPROVAL))
                .stops(CASE_LIMIT)
                .step(
                        TRANSFER_TO_ORGAN,
                        "investigation",
                        "transferred-to-organ",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, NO_PRESERVATION_OPEN),
                        List.of(CASE_TRANSFER_LETTER))
                .stops(CASE_LIMIT)
                .step(
                        TRANSFER,
                        "investigation",
                        "transferred",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, NO_PRESERVATION_OPEN),
                        List.of(TRANSFER_LETTER))
                .stops(CASE_LIMIT)
                .step(
                        CONCLUDE_INVESTIGATION,
                        "investigation",
                        "case-discussion",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS, NO_PRESERVATION_OPEN),
                        List.of())
                .step(
                        PROPOSE,
                        "case-discussion",
                        "case-discussion",
                        Set.of(OFFICER),
                        List.of(NO_PENALTY_GROUND, MITIGATION_GROUND),
                        List.of(DISCUSSION_RECORD))
                .traits(PROPOSES)
                .effect(CaseEffect.PROPOSE)
                .step(
                        SUBMIT_FOR_REVIEW,
                        "case-discussion",
                        "legal-review",
                        Set.of(OFFICER),
                        List.of(PROPOSAL_RECORDED),
                        List.of())
                .traits(SUBMITS_FOR_REVIEW)
                .step(
                        NOTIFY,
                        "case-discussion",
                        "advance-notice",
                        Set.of(OFFICER),
                        List.of(
                                PROPOSAL_RECORDED,
                                DECISION_AS_PROPOSED,
                                MAJOR_DECISION_REVIEWED,
                                COLLECTIVE_DISCUSSION_HELD),
                        List.of(ADVANCE_NOTICE))
                .traits(ActionTrait.ADVANCE_NOTICE, SERVES)
                .starts(STATEMENT)
                .step(REVIEW_AGREED, "legal-review", "collective-discussion", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(REVIEW_RETURNED, "legal-review", "case-discussion", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(TRANSFER, "legal-review", "transferred", Set.of(LEADER), List.of(), List.of(TRANSFER_LETTER))
                // L4: the handling unit disagrees with the review's opinion and asks the leaders to settle it
                .step(
                        REQUEST_COORDINATION,
                        "case-discussion",
                        "coordination",
                        Set.of(OFFICER, LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        COORDINATE_PROCEED,
                        "coordination",
                        "collective-discussion",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        COORDINATE_RETURN,
                        "coordination",
                        "case-discussion",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        DISCUSS_COLLECTIVELY,
                        "collective-discussion",
                        "case-discussion",
                        Set.of(LEADER),
                        List.of(),
                        List.of(COLLECTIVE_DISCUSSION_RECORD))
                .effect(CaseEffect.HOLD_COLLECTIVE_DISCUSSION)
                .step(
                        RECORD_STATEMENT,
                        "advance-notice",
                        "advance-notice",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(STATEMENT_RECORD))
                .effect(CaseEffect.RECORD_STATEMENT)
                // 行政处罚法 第六十四条: the party's request within 5 working days of receiving the notice; the
                // 听证通知书 names the presiding officer, who did not investigate, and reaches the party 7 working days
                // before the hearing, counted from its receipt
                .step(
                        REQUEST_HEARING,
                        "advance-notice",
                        "hearing-notice",
                        Set.of(OFFICER),
                        List.of(HEARING_THRESHOLD_MET, HEARING_REQUEST_IN_TIME, PRESIDING_NOT_INVESTIGATOR),
                        List.of(HEARING_NOTICE))
                .traits(SERVES)
                .effect(CaseEffect.SCHEDULE_HEARING)
                .stops(STATEMENT)
                .step(
                        CLOSE_STATEMENT,
                        "advance-notice",
                        "decision-pending",
                        Set.of(OFFICER),
                        List.of(STATEMENT_PERIOD_OVER),
                        List.of())
                .effect(CaseEffect.CLOSE_STATEMENT)
                .stops(STATEMENT)
                .step(
                        HOLD_HEARING,
                        "hearing-notice",
                        "decision-pending",
                        Set.of(OFFICER),
                        List.of(
                                HEARING_NOTIFIED_IN_TIME,
                                HEARING_DAY_REACHED,
                                PRESIDING_NOT_INVESTIGATOR,
                                TWO_CERTIFIED_OFFICERS),
                        List.of(HEARING_RECORD))
                .traits(RECORDED_STEP, HEARING)
                .effect(CaseEffect.HOLD_HEARING)
                // 行政处罚法 第六十四条第八项: a party who does not come without good reason, or leaves without leave, gives
                // up the hearing; the presiding officer ends it, and the case goes on to its decision without one
                .step(
                        END_HEARING,
                        "hearing-notice",
                        "decision-pending",
                        Set.of(OFFICER),
                        List.of(HEARING_DAY_REACHED, REASON_GIVEN),
                        List.of(HEARING_RECORD))
                .step(RECONSIDER, "decision-pending", "case-discussion", Set.of(LEADER), List.of(), List.of())
                .step(
                        DECIDE,
                        "decision-pending",
                        "decided",
                        Set.of(LEADER),
                        List.of(
                                PROPOSAL_RECORDED,
                                DECISION_AS_PROPOSED,
                                MAJOR_DECISION_REVIEWED,
                                COLLECTIVE_DISCUSSION_HELD),
                        List.of(PENALTY_DECISION))
                .decides(EnforcementCategory.PENALTY)
                .stops(CASE_LIMIT)
                .starts(SERVICE)
                // 行政处罚法 第五十七条第一款第二项: the case is not punished, by a decision of its own with its ground
                // (第三十条、第三十一条、第三十三条); no advance notice of a penalty is due, and nothing is paid
                .step(
                        DECIDE_NO_PENALTY,
                        "case-discussion",
                        "decided",
                        Set.of(LEADER),
                        List.of(PROPOSAL_RECORDED, DECISION_AS_PROPOSED, NO_PENALTY_GROUND, COLLECTIVE_DISCUSSION_HELD),
                        List.of(NO_PENALTY_DECISION))
                .decides(EnforcementCategory.PENALTY, ProposalKind.NO_PENALTY)
                .stops(CASE_LIMIT)
                .starts(SERVICE)
                .step(SERVE, "decided", "served", Set.of(OFFICER), List.of(SERVICE_RECORDED), List.of(SERVICE_RECEIPT))
                .traits(RECORDED_STEP, SERVES)
                .stops(SERVICE)
                .starts(PAYMENT)
                .step(RECORD_PAYMENT, "served", "executed", Set.of(OFFICER), List.of(), List.of())
                .traits(FULFILS)
                .stops(PAYMENT)
                // 行政强制法 第五十三条、第五十四条, 行政处罚法 第七十二条: unpaid after its period, the party is urged in
                // writing; ten days after the 催告书 reached it, and once the periods of reconsideration and suit have
                // passed, the leader applies to the court within three months; the surcharge runs to the day of payment
                .step(
                        URGE_PAYMENT,
                        "served",
                        "urged",
                        Set.of(OFFICER),
                        List.of(PAYMENT_OVERDUE),
                        List.of(PAYMENT_REMINDER))
                .traits(SERVES)
                .step(RECORD_PAYMENT, "urged", "executed", Set.of(OFFICER), List.of(), List.of())
                .traits(FULFILS)
                .stops(PAYMENT)
                .step(
                        APPLY_TO_COURT,
                        "urged",
                        "enforcement-applied",
                        Set.of(LEADER),
                        List.of(REMINDER_PERIOD_PASSED, ENFORCEMENT_WINDOW),
                        List.of(ENFORCEMENT_APPLICATION))
                .traits(FULFILS)
                .step(RECORD_PAYMENT, "enforcement-applied", "executed", Set.of(OFFICER), List.of(), List.of())
                .traits(FULFILS)
                .stops(PAYMENT)
                .step(
                        RECORD_ENFORCEMENT,
                        "enforcement-applied",
                        "executed",
                        Set.of(OFFICER, LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .traits(FULFILS)
                .stops(PAYMENT)
                // 行政强制法 第四十条: execution ends without fulfilment only for a reason the law gives, approved
                .step(
                        END_EXECUTION,
                        "served",
                        "execution-ended",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXECUTION_END_APPROVAL))
                .stops(PAYMENT)
                .step(
                        END_EXECUTION,
                        "urged",
                        "execution-ended",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXECUTION_END_APPROVAL))
                .stops(PAYMENT)
                .step(
                        END_EXECUTION,
                        "enforcement-applied",
                        "execution-ended",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXECUTION_END_APPROVAL))
                .stops(PAYMENT)
                .step(CLOSE, "executed", "closed", Set.of(LEADER), List.of(), List.of(CLOSING_REPORT))
                .step(CLOSE, "execution-ended", "closed", Set.of(LEADER), List.of(), List.of(CLOSING_REPORT))
                // a warning or another penalty with nothing to pay is carried out by its service
                .step(CLOSE, "served", "closed", Set.of(LEADER), List.of(NOTHING_TO_PAY), List.of(CLOSING_REPORT))
                .step(CaseAction.ARCHIVE, "closed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .extendableIn(
                        "case-discussion",
                        "legal-review",
                        "coordination",
                        "collective-discussion",
                        "advance-notice",
                        "hearing-notice",
                        "decision-pending")
                .joinableIn("clue", "filed", "investigation")
                .recusableIn(
                        "filed",
                        "investigation",
                        "case-discussion",
                        "advance-notice",
                        "hearing-notice",
                        "decision-pending")
                .build("clue");
    }

    private static Procedure simplePenalty() {
        return new Builder(ProcedureKind.SIMPLE_PENALTY)
                .stage("on-the-spot", START)
                .stage("decided", SERVICE_AND_EXECUTION)
                .stage("executed", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                // 行政处罚法 第四十四条、第四十五条: the party is told and heard before the decision, by the two officers
                // who act (第四十二条; 第五十二条 makes no exception)
                .step(
                        INFORM_ON_THE_SPOT,
                        "on-the-spot",
                        "on-the-spot",
                        Set.of(OFFICER),
                        List.of(
                                TWO_OFFICERS_ACT,
                                PARTY_IDENTIFIED,
                                LIMITATION_NOT_EXPIRED,
                                STATEMENT_RECORDED,
                                SIMPLE_PROCEDURE_LIMIT),
                        List.of(STATEMENT_RECORD))
                .traits(PROPOSES)
                .effect(CaseEffect.PROPOSE)
                // 行政处罚法 第五十八条 (legal review) belongs to the general procedure; the on-the-spot decision is never
                // above 第五十一条's limits, so it is not gated. 第五十二条: delivered on the spot, a refusal to sign noted
                .step(
                        DECIDE_ON_THE_SPOT,
                        "on-the-spot",
                        "decided",
                        Set.of(OFFICER),
                        List.of(
                                TWO_OFFICERS_ACT,
                                PARTY_IDENTIFIED,
                                LIMITATION_NOT_EXPIRED,
                                PARTY_HEARD_FIRST,
                                PROPOSAL_RECORDED,
                                SIMPLE_PROCEDURE_LIMIT,
                                NOT_HEAVIER_AFTER_STATEMENT),
                        List.of(ON_THE_SPOT_DECISION))
                .traits(PROPOSES)
                .effect(CaseEffect.PROPOSE)
                .decides(EnforcementCategory.PENALTY)
                .starts(PAYMENT)
                .step(RECORD_PAYMENT, "decided", "executed", Set.of(OFFICER), List.of(), List.of())
                .traits(FULFILS)
                .stops(PAYMENT)
                // 行政处罚法 第五十二条第三款: the decision is reported to the unit for the record
                .step(REPORT_FOR_RECORD, "decided", "decided", Set.of(OFFICER), List.of(), List.of(ON_THE_SPOT_FILING))
                .step(
                        REPORT_FOR_RECORD,
                        "executed",
                        "executed",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(ON_THE_SPOT_FILING))
                .step(
                        CaseAction.ARCHIVE,
                        "executed",
                        "archived",
                        Set.of(OFFICER, ADMIN),
                        List.of(REPORTED_FOR_RECORD),
                        List.of())
                // a warning given on the spot has nothing to pay
                .step(
                        CaseAction.ARCHIVE,
                        "decided",
                        "archived",
                        Set.of(OFFICER, ADMIN),
                        List.of(NOTHING_TO_PAY, REPORTED_FOR_RECORD),
                        List.of())
                .joinableIn("on-the-spot")
                .recusableIn("on-the-spot")
                .build("on-the-spot");
    }

    private static Procedure inspection() {
        return new Builder(ProcedureKind.INSPECTION)
                .stage("planned", START)
                .stage("inspecting", INVESTIGATION)
                .stage("rectification", SERVICE_AND_EXECUTION)
                .stage("closed", ARCHIVE)
                .stage("archived", ARCHIVE)
                .terminal("turned-into-case", DECISION)
                .step(
                        START_INSPECTION,
                        "planned",
                        "inspecting",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .traits(RECORDED_STEP)
                .step(
                        NO_PROBLEM,
                        "inspecting",
                        "closed",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SUPERVISION_OPINION))
                .decides(EnforcementCategory.INSPECTION)
                .step(
                        ORDER_RECTIFICATION,
                        "inspecting",
                        "rectification",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SUPERVISION_OPINION))
                .decides(EnforcementCategory.INSPECTION)
                .starts(RECTIFICATION)
                .step(
                        VERIFY_RECTIFICATION,
                        "rectification",
                        "closed",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .traits(RECORDED_STEP)
                .stops(RECTIFICATION)
                .step(
                        TURN_INTO_CASE,
                        "inspecting",
                        "turned-into-case",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(CLUE_REGISTRATION))
                .effect(CaseEffect.TURN_INTO_PENALTY_CASE)
                .step(
                        ESCALATE,
                        "rectification",
                        "turned-into-case",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(CLUE_REGISTRATION))
                .effect(CaseEffect.TURN_INTO_PENALTY_CASE)
                .stops(RECTIFICATION)
                .step(CaseAction.ARCHIVE, "closed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .joinableIn("planned", "inspecting")
                .recusableIn("planned", "inspecting")
                .build("planned");
    }

    private static Procedure licensing() {
        return new Builder(ProcedureKind.LICENSING)
                .stage("applied", START)
                .stage("accepted", INVESTIGATION)
                .stage("licensing-hearing", INVESTIGATION)
                .stage("legal-review", DECISION)
                .stage("decided", DECISION)
                .stage("served", SERVICE_AND_EXECUTION)
                .stage("change-applied", DECISION)
                .stage("change-review", DECISION)
                .stage("change-decided", SERVICE_AND_EXECUTION)
                .stage("renewal-applied", DECISION)
                .stage("renewal-review", DECISION)
                .stage("renewal-decided", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                .terminal("not-accepted", START)
                .step(RECEIVE, "applied", "applied", Set.of(OFFICER), List.of(PARTY_IDENTIFIED), List.of())
                .starts(ACCEPTANCE)
                .step(
                        ACCEPT,
                        "applied",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(PARTY_IDENTIFIED),
                        List.of(ACCEPTANCE_NOTICE))
                .stops(ACCEPTANCE)
                .starts(LICENSING_DECISION_LIMIT)
                .step(
                        REFUSE_APPLICATION,
                        "applied",
                        "not-accepted",
                        Set.of(OFFICER),
                        List.of(REASON_GIVEN, ACCEPTANCE_IN_TIME),
                        List.of(NON_ACCEPTANCE_NOTICE))
                .stops(ACCEPTANCE)
                // 行政许可法 第三十二条第一款第四项: incomplete materials are named once, all of them, within 5 working days;
                // the application is accepted once they are complete
                .step(
                        REQUEST_CORRECTION,
                        "applied",
                        "applied",
                        Set.of(OFFICER),
                        List.of(ACCEPTANCE_IN_TIME, CORRECTION_ONCE),
                        List.of(CORRECTION_NOTICE))
                .stops(ACCEPTANCE)
                // 行政许可法 第四十二条: one extension of at most 10 working days, approved, its reason told to the applicant;
                // 第四十五条: a hearing, testing or expert review is not counted, its time told in writing
                .step(
                        EXTEND_LICENSING_LIMIT,
                        "accepted",
                        "accepted",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, LICENSING_EXTENDED_ONCE),
                        List.of(EXTENSION_APPROVAL, LICENSING_EXTENSION_NOTICE))
                .effect(CaseEffect.EXTEND_LICENSING_LIMIT)
                .traits(ActionTrait.INCIDENTAL)
                .step(
                        NOTIFY_EXCLUDED_PERIOD,
                        "accepted",
                        "accepted",
                        Set.of(OFFICER, LEADER),
                        List.of(EXCLUDED_PERIOD_STATED),
                        List.of(EXCLUDED_PERIOD_NOTICE))
                .effect(CaseEffect.EXTEND_LICENSING_LIMIT)
                .traits(ActionTrait.INCIDENTAL)
                // 行政许可法 第四十七条: a licence that directly concerns major interests of the applicant and others:
                // they are told of their right to a hearing, and ask for it within 5 days
                .step(
                        INFORM_LICENSING_HEARING_RIGHT,
                        "accepted",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(REASON_GIVEN, LICENSING_HEARING_NOT_OPEN),
                        List.of(LICENSING_HEARING_RIGHTS_NOTICE))
                .starts(LICENSING_HEARING_REQUEST)
                .traits(ActionTrait.INCIDENTAL)
                // 第四十七条: held within 20 days of the request; 第四十八条: the time and place told 7 days before,
                // presided by someone other than the examiner
                .step(
                        REQUEST_LICENSING_HEARING,
                        "accepted",
                        "licensing-hearing",
                        Set.of(OFFICER),
                        List.of(
                                LICENSING_HEARING_REQUEST_IN_TIME,
                                LICENSING_HEARING_SCHEDULED,
                                PRESIDING_NOT_INVESTIGATOR),
                        List.of(LICENSING_HEARING_NOTICE))
                .effect(CaseEffect.SCHEDULE_LICENSING_HEARING)
                .stops(LICENSING_HEARING_REQUEST)
                .starts(LICENSING_HEARING)
                // 第四十六条: a hearing a law requires, or one the organ holds in the public interest, is announced
                .step(
                        ANNOUNCE_LICENSING_HEARING,
                        "accepted",
                        "licensing-hearing",
                        Set.of(LEADER),
                        List.of(
                                REASON_GIVEN,
                                LICENSING_HEARING_NOT_OPEN,
                                LICENSING_HEARING_SCHEDULED,
                                PRESIDING_NOT_INVESTIGATOR),
                        List.of(LICENSING_HEARING_ANNOUNCEMENT))
                .effect(CaseEffect.SCHEDULE_LICENSING_HEARING)
                .starts(LICENSING_HEARING)
                // 第四十八条: a record the participants sign; the decision rests on it (a decision after a hearing is
                // major, so reviewed on the record); 第四十五条: the hearing's time is not counted in the limit
                .step(
                        HOLD_LICENSING_HEARING,
                        "licensing-hearing",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(HEARING_DAY_REACHED, PRESIDING_NOT_INVESTIGATOR, LICENSING_HEARING_RECORD_SIGNED),
                        List.of(LICENSING_HEARING_RECORD))
                .traits(RECORDED_STEP, HEARING)
                .effect(CaseEffect.HOLD_LICENSING_HEARING)
                .stops(LICENSING_HEARING)
                .step(
                        EXAMINE_SITE,
                        "accepted",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .traits(RECORDED_STEP)
                // 行政许可法 第三十四条: the examiner's opinion (审查意见) is the proposal the leader decides on
                .reviewedIn("accepted", "legal-review")
                .step(
                        GRANT_LICENCE,
                        "accepted",
                        "decided",
                        Set.of(LEADER),
                        List.of(PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENSING_DECISION))
                .decides(EnforcementCategory.LICENSING, ProposalKind.LICENCE_GRANT)
                .effect(CaseEffect.LICENCE_TERM)
                .stops(LICENSING_DECISION_LIMIT)
                .stops(LICENSING_HEARING_REQUEST)
                .starts(LICENCE_SERVICE)
                .step(
                        REFUSE_LICENCE,
                        "accepted",
                        "decided",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENSING_DECISION))
                .decides(EnforcementCategory.LICENSING, ProposalKind.LICENCE_REFUSAL)
                .stops(LICENSING_DECISION_LIMIT)
                .stops(LICENSING_HEARING_REQUEST)
                .starts(LICENCE_SERVICE)
                .step(SERVE, "decided", "served", Set.of(OFFICER), List.of(SERVICE_RECORDED), List.of(SERVICE_RECEIPT))
                .traits(RECORDED_STEP, SERVES)
                .stops(LICENCE_SERVICE)
                .step(CaseAction.ARCHIVE, "served", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                // 行政许可法 第四十九条: the holder of a licence in force applies to the organ that granted it to change the
                // licensed matters; the organ makes the change where the legal conditions are met, or refuses it
                .step(
                        APPLY_FOR_CHANGE,
                        "served",
                        "change-applied",
                        Set.of(OFFICER),
                        List.of(LICENCE_IN_FORCE, LICENCE_CHANGE_STATED),
                        List.of())
                .traits(ActionTrait.INCIDENTAL)
                .effect(CaseEffect.LICENCE_CHANGE_STATED)
                .step(
                        APPLY_FOR_CHANGE,
                        "archived",
                        "change-applied",
                        Set.of(OFFICER),
                        List.of(LICENCE_IN_FORCE, LICENCE_CHANGE_STATED),
                        List.of())
                .traits(ActionTrait.INCIDENTAL)
                .effect(CaseEffect.LICENCE_CHANGE_STATED)
                // 第四十九条 with 第三十四条: the application to change is examined like the first one, the examiner's
                // opinion is the proposal, and a decision the review scope names major waits for the legal review (L5)
                .reviewedIn("change-applied", "change-review")
                .step(
                        CHANGE_LICENCE,
                        "change-applied",
                        "change-decided",
                        Set.of(LEADER),
                        List.of(LICENCE_IN_FORCE, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENCE_CHANGE_DECISION))
                .decidesOnHeldLicence(ProposalKind.LICENCE_CHANGE)
                .starts(LICENCE_SERVICE)
                .step(
                        REFUSE_CHANGE,
                        "change-applied",
                        "change-decided",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENCE_CHANGE_REFUSAL))
                .decidesOnHeldLicence(ProposalKind.LICENCE_CHANGE_REFUSAL)
                .starts(LICENCE_SERVICE)
                .step(
                        SERVE,
                        "change-decided",
                        "served",
                        Set.of(OFFICER),
                        List.of(SERVICE_RECORDED),
                        List.of(SERVICE_RECEIPT))
                .traits(RECORDED_STEP, SERVES)
                .stops(LICENCE_SERVICE)
                // 行政许可法 第五十条: the holder applies at least 30 days before the term ends; the organ decides before it
                // ends, or the renewal counts as granted and is recorded so (补办延续手续)
                .step(
                        APPLY_FOR_RENEWAL,
                        "served",
                        "renewal-applied",
                        Set.of(OFFICER),
                        List.of(LICENCE_IN_FORCE, RENEWAL_APPLIED_IN_TIME),
                        List.of())
                .traits(ActionTrait.INCIDENTAL)
                .effect(CaseEffect.RENEWAL_APPLIED)
                .starts(RENEWAL_DECISION)
                .step(
                        APPLY_FOR_RENEWAL,
                        "archived",
                        "renewal-applied",
                        Set.of(OFFICER),
                        List.of(LICENCE_IN_FORCE, RENEWAL_APPLIED_IN_TIME),
                        List.of())
                .traits(ActionTrait.INCIDENTAL)
                .effect(CaseEffect.RENEWAL_APPLIED)
                .starts(RENEWAL_DECISION)
                .reviewedIn("renewal-applied", "renewal-review")
                .step(
                        RENEW_LICENCE,
                        "renewal-applied",
                        "renewal-decided",
                        Set.of(LEADER),
                        List.of(PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENCE_RENEWAL_DECISION))
                .decidesOnHeldLicence(ProposalKind.LICENCE_RENEWAL)
                .effect(CaseEffect.LICENCE_TERM)
                .stops(RENEWAL_DECISION)
                .starts(LICENCE_SERVICE)
                .step(
                        REFUSE_RENEWAL,
                        "renewal-applied",
                        "renewal-decided",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, RENEWAL_DECIDED_IN_TIME, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(LICENCE_RENEWAL_REFUSAL))
                .decidesOnHeldLicence(ProposalKind.LICENCE_RENEWAL_REFUSAL)
                .stops(RENEWAL_DECISION)
                .starts(LICENCE_SERVICE)
                .step(
                        SERVE,
                        "renewal-decided",
                        "served",
                        Set.of(OFFICER),
                        List.of(SERVICE_RECORDED),
                        List.of(SERVICE_RECEIPT))
                .traits(RECORDED_STEP, SERVES)
                .stops(LICENCE_SERVICE)
                .joinableIn("applied", "accepted")
                .recusableIn("applied", "accepted")
                .build("applied");
    }

    private static Procedure coercion() {
        return new Builder(ProcedureKind.COERCION)
                .stage("proposed", START)
                .stage("legal-review", START)
                .stage("seized-on-the-spot", START)
                .stage("emergency-review", START)
                .stage("seized", INVESTIGATION)
                .stage("in-case", DECISION)
                .stage("released", SERVICE_AND_EXECUTION)
                .stage("disposed", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                // 行政强制法 第十八条: the measure is proposed and approved before it is taken
                .step(PROPOSE, "proposed", "proposed", Set.of(OFFICER), List.of(), List.of())
                .traits(PROPOSES)
                .effect(CaseEffect.PROPOSE)
                .step(
                        SUBMIT_FOR_REVIEW,
                        "proposed",
                        "legal-review",
                        Set.of(OFFICER),
                        List.of(PROPOSAL_RECORDED),
                        List.of())
                .traits(SUBMITS_FOR_REVIEW)
                .step(REVIEW_AGREED, "legal-review", "proposed", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(REVIEW_RETURNED, "legal-review", "proposed", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(
                        SEIZE,
                        "proposed",
                        "seized",
                        Set.of(LEADER),
                        List.of(TWO_CERTIFIED_OFFICERS, PARTY_IDENTIFIED, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(SEIZURE_DECISION, SEIZURE_LIST))
                .traits(RECORDED_STEP)
                .decides(EnforcementCategory.COERCION, ProposalKind.SEIZURE)
                .starts(SEIZURE)
                // 行政强制法 第十九条: in an emergency two officers seize on the spot (第十八条 otherwise applies: the site
                // record, the list), report to the leader within 24 hours and the leader approves afterwards or
                // releases;
                // the seizure's period runs from the day it was taken
                .step(
                        SEIZE_ON_THE_SPOT,
                        "proposed",
                        "seized-on-the-spot",
                        Set.of(OFFICER),
                        List.of(TWO_OFFICERS_ACT, PARTY_IDENTIFIED, REASON_GIVEN),
                        List.of(SITE_RECORD, SEIZURE_LIST))
                .traits(PROPOSES)
                .effect(CaseEffect.PROPOSE)
                .starts(SEIZURE)
                .step(
                        REPORT_TO_LEADER,
                        "seized-on-the-spot",
                        "seized-on-the-spot",
                        Set.of(OFFICER),
                        List.of(EMERGENCY_REPORT_IN_TIME),
                        List.of(EMERGENCY_REPORT))
                .step(
                        APPROVE_SEIZURE,
                        "seized-on-the-spot",
                        "seized",
                        Set.of(LEADER),
                        List.of(EMERGENCY_REPORTED, PARTY_IDENTIFIED, PROPOSAL_RECORDED, DECISION_AS_PROPOSED),
                        List.of(SEIZURE_DECISION))
                .decides(EnforcementCategory.COERCION, ProposalKind.SEIZURE)
                .step(
                        SUBMIT_FOR_REVIEW,
                        "seized-on-the-spot",
                        "emergency-review",
                        Set.of(OFFICER),
                        List.of(PROPOSAL_RECORDED),
                        List.of())
                .traits(SUBMITS_FOR_REVIEW)
                .step(REVIEW_AGREED, "emergency-review", "seized-on-the-spot", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(REVIEW_RETURNED, "emergency-review", "seized-on-the-spot", Set.of(REVIEWER), List.of(), List.of())
                .traits(REVIEW_OUTCOME)
                .step(
                        RELEASE,
                        "seized-on-the-spot",
                        "released",
                        Set.of(LEADER),
                        List.of(GOODS_RETURNED),
                        List.of(RELEASE_DECISION))
                .stops(SEIZURE)
                // 行政强制法 第二十五条: extended once, by at most 30 days, approved with the reason notified in writing;
                // a testing period named in its own notice is not counted
                .step(
                        EXTEND_SEIZURE,
                        "seized",
                        "seized",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, SEIZURE_EXTENDED_ONCE),
                        List.of(EXTENSION_APPROVAL, SEIZURE_EXTENSION_DECISION))
                .effect(CaseEffect.EXTEND_SEIZURE)
                .step(
                        EXTEND_SEIZURE,
                        "in-case",
                        "in-case",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, SEIZURE_EXTENDED_ONCE),
                        List.of(EXTENSION_APPROVAL, SEIZURE_EXTENSION_DECISION))
                .effect(CaseEffect.EXTEND_SEIZURE)
                .step(
                        NOTIFY_TESTING,
                        "seized",
                        "seized",
                        Set.of(OFFICER, LEADER),
                        List.of(TESTING_PERIOD_STATED),
                        List.of(TESTING_PERIOD_NOTICE))
                .effect(CaseEffect.EXCLUDE_TESTING_PERIOD)
                .step(
                        NOTIFY_TESTING,
                        "in-case",
                        "in-case",
                        Set.of(OFFICER, LEADER),
                        List.of(TESTING_PERIOD_STATED),
                        List.of(TESTING_PERIOD_NOTICE))
                .effect(CaseEffect.EXCLUDE_TESTING_PERIOD)
                // 行政强制法 第二十八条: released for a ground the article gives, the goods returned at once
                .step(
                        RELEASE,
                        "seized",
                        "released",
                        Set.of(LEADER),
                        List.of(TWO_CERTIFIED_OFFICERS, GOODS_RETURNED),
                        List.of(RELEASE_DECISION))
                .stops(SEIZURE)
                // 行政强制法 第二十七条: the facts are established in a penalty case; the seizure goes on, its clock running,
                // until that case's decision handles the goods or the seizure is released
                .step(HAND_OVER_TO_CASE, "seized", "in-case", Set.of(LEADER), List.of(), List.of(CLUE_REGISTRATION))
                .effect(CaseEffect.HAND_OVER_TO_PENALTY_CASE)
                .step(
                        RELEASE,
                        "in-case",
                        "released",
                        Set.of(LEADER),
                        List.of(TWO_CERTIFIED_OFFICERS, GOODS_RETURNED),
                        List.of(RELEASE_DECISION))
                .stops(SEIZURE)
                .step(
                        RECORD_CONFISCATION,
                        "in-case",
                        "disposed",
                        Set.of(LEADER),
                        List.of(HANDLING_DECISION_LINKED),
                        List.of(SEIZED_GOODS_HANDLING_RECORD))
                .stops(SEIZURE)
                .step(
                        DESTROY_SEIZED,
                        "in-case",
                        "disposed",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN, TWO_CERTIFIED_OFFICERS, HANDLING_DECISION_LINKED),
                        List.of(SEIZED_GOODS_HANDLING_RECORD))
                .stops(SEIZURE)
                .step(CaseAction.ARCHIVE, "released", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .step(CaseAction.ARCHIVE, "disposed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .joinableIn("proposed")
                .recusableIn("proposed", "seized", "in-case")
                .build("proposed");
    }

    /** Writes a procedure down in the order a reader follows it. */
    private static final class Builder {
        private final ProcedureKind kind;
        private final List<Stage> stages = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private CaseAction action;
        private String from;
        private String to;
        private Set<Role> roles;
        private List<Rule> rules;
        private List<DocumentKind> documents;
        private List<DeadlineRule> starts = new ArrayList<>();
        private List<String> stops = new ArrayList<>();
        private Set<ActionTrait> traits = EnumSet.noneOf(ActionTrait.class);
        private EnforcementCategory decides;
        private ProposalKind decidedKind;
        private CaseEffect effect = CaseEffect.NONE;

        Builder(ProcedureKind kind) {
            this.kind = kind;
        }

        Builder stage(String id, Stage.Phase phase) {
            stages.add(new Stage(id, phase, false));
            return this;
        }

        Builder terminal(String id, Stage.Phase phase) {
            stages.add(new Stage(id, phase, true));
            return this;
        }

        Builder step(
                CaseAction action,
                String from,
                String to,
                Set<Role> roles,
                List<Rule> rules,
                List<DocumentKind> documents) {
            flush();
            this.action = action;
            this.from = from;
            this.to = to;
            this.roles = roles;
            this.rules = new ArrayList<>(rules);
            this.documents = documents;
            return this;
        }

        Builder traits(ActionTrait... declared) {
            traits.addAll(List.of(declared));
            return this;
        }

        Builder effect(CaseEffect declared) {
            effect = declared;
            return this;
        }

        Builder decides(EnforcementCategory category) {
            return decides(category, null);
        }

        /**
         * The step makes a decision of the category. Outside the simple procedure (whose limits keep it minor, 第五十一条),
         * a decision of a category the review scope lists name is gated by the legal review when it is major (L5).
         */
        Builder decides(EnforcementCategory category, ProposalKind kind) {
            traits.add(ActionTrait.DECIDES);
            decides = category;
            decidedKind = kind;
            if (this.kind != ProcedureKind.SIMPLE_PENALTY
                    && REVIEWABLE.contains(category)
                    && !rules.contains(MAJOR_DECISION_REVIEWED)) {
                rules.add(MAJOR_DECISION_REVIEWED);
            }
            return this;
        }

        /**
         * A decision on a licence in force (行政许可法 第四十九条、第五十条), of the kind named whatever the proposal says.
         * It is decided as proposed and, outside the simple procedure, gated by the legal review like every licensing
         * decision the review scope lists name (L5); it is published as a result of its own, not as the case's decision.
         */
        Builder decidesOnHeldLicence(ProposalKind kind) {
            traits.add(ActionTrait.DECIDES_ON_HELD_LICENCE);
            decides = kind.category();
            decidedKind = kind;
            if (REVIEWABLE.contains(kind.category()) && !rules.contains(MAJOR_DECISION_REVIEWED)) {
                rules.add(MAJOR_DECISION_REVIEWED);
            }
            return this;
        }

        /**
         * The examiner's opinion (行政许可法 第三十四条) proposed in a stage, sent to the legal review in a stage of its own
         * and answered back into the first: the proposal, submission and outcome steps every reviewed decision has.
         */
        Builder reviewedIn(String stage, String reviewStage) {
            step(PROPOSE, stage, stage, Set.of(OFFICER), List.of(), List.of())
                    .traits(PROPOSES)
                    .effect(CaseEffect.PROPOSE);
            step(SUBMIT_FOR_REVIEW, stage, reviewStage, Set.of(OFFICER), List.of(PROPOSAL_RECORDED), List.of())
                    .traits(SUBMITS_FOR_REVIEW);
            step(REVIEW_AGREED, reviewStage, stage, Set.of(REVIEWER), List.of(), List.of())
                    .traits(REVIEW_OUTCOME);
            return step(REVIEW_RETURNED, reviewStage, stage, Set.of(REVIEWER), List.of(), List.of())
                    .traits(REVIEW_OUTCOME);
        }

        /**
         * 行政处罚法 第六十条: the leader may extend the 90-day limit, with a reason and a stated length, in any stage
         * until the decision (the investigation's own extension is written out with it).
         */
        Builder extendableIn(String... stages) {
            for (var stage : stages) {
                step(EXTEND_LIMIT, stage, stage, Set.of(LEADER), List.of(REASON_GIVEN), List.of(EXTENSION_APPROVAL))
                        .effect(CaseEffect.EXTEND_CASE_LIMIT)
                        .traits(ActionTrait.INCIDENTAL);
            }
            return this;
        }

        /**
         * 行政处罚法 第四十二条: while the facts are still gathered an officer or the leader adds a certified officer of
         * the unit to the case, recorded as an act (a case opened with one officer is no dead end).
         */
        Builder joinableIn(String... stages) {
            for (var stage : stages) {
                step(ADD_OFFICER, stage, stage, Set.of(OFFICER, LEADER), List.of(OFFICER_MAY_JOIN), List.of())
                        .effect(CaseEffect.ADD_OFFICER)
                        .traits(ActionTrait.INCIDENTAL);
            }
            return this;
        }

        /**
         * 行政处罚法 第四十三条: the party asks, or an officer declares, that an officer of the case withdraw; the unit's
         * leader decides (the investigation does not stop meanwhile); a recused officer leaves the case.
         */
        Builder recusableIn(String... stages) {
            for (var stage : stages) {
                step(REQUEST_RECUSAL, stage, stage, Set.of(OFFICER, LEADER), List.of(RECUSAL_GROUNDS), List.of())
                        .traits(ActionTrait.INCIDENTAL)
                        .step(RECUSE, stage, stage, Set.of(LEADER), List.of(RECUSAL_PENDING), List.of(RECUSAL_DECISION))
                        .effect(CaseEffect.REMOVE_OFFICER)
                        .traits(ActionTrait.INCIDENTAL)
                        .step(
                                REFUSE_RECUSAL,
                                stage,
                                stage,
                                Set.of(LEADER),
                                List.of(RECUSAL_PENDING, REASON_GIVEN),
                                List.of(RECUSAL_DECISION))
                        .traits(ActionTrait.INCIDENTAL);
            }
            return this;
        }

        Builder starts(DeadlineRule deadline) {
            starts.add(deadline);
            return this;
        }

        Builder stops(DeadlineRule deadline) {
            stops.add(deadline.id());
            return this;
        }

        Procedure build(String initial) {
            flush();
            return new Procedure(kind, initial, stages, transitions);
        }

        private void flush() {
            if (action != null) {
                transitions.add(new Transition(
                        action,
                        from,
                        to,
                        roles,
                        rules,
                        documents,
                        starts,
                        Set.copyOf(stops),
                        traits,
                        decides,
                        decidedKind,
                        effect));
            }
            action = null;
            starts = new ArrayList<>();
            stops = new ArrayList<>();
            traits = EnumSet.noneOf(ActionTrait.class);
            decides = null;
            decidedKind = null;
            effect = CaseEffect.NONE;
        }
    }
}
