package org.sunlight.cases;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** A licence decision is served within 10 working days (行政许可法第四十四条). */
    static final DeadlineRule LICENCE_SERVICE = workingDays("licence-service", 10, "行政许可法第四十四条");
    /** Seizure lasts at most 30 days (行政强制法第二十五条), calendar days. */
    static final DeadlineRule SEIZURE = calendarDays("seizure", 30, "行政强制法第二十五条");
    /** A rectification order's own period, set by the officer in the 卫生监督意见书. */
    static final DeadlineRule RECTIFICATION = calendarDays("rectification", 0, "卫生监督意见书");

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
                .stage("executed", SERVICE_AND_EXECUTION)
                .stage("closed", ARCHIVE)
                .stage("archived", ARCHIVE)
                .terminal("not-filed", START)
                .terminal("transferred", DECISION)
                .step("file", "clue", "filed", Set.of(LEADER), List.of(PARTY_IDENTIFIED), List.of(FILING_REPORT))
                .starts(CASE_LIMIT)
                .step("decline", "clue", "not-filed", Set.of(LEADER), List.of(), List.of(CLUE_REGISTRATION))
                .step(
                        "begin-investigation",
                        "filed",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of())
                .step(
                        "inspect-site",
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .step(
                        "inquire",
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(INQUIRY_RECORD))
                .step(
                        "take-samples",
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SAMPLING_RECORD))
                .step(
                        "preserve-evidence",
                        "investigation",
                        "investigation",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(EVIDENCE_PRESERVATION_DECISION))
                .starts(PRESERVATION)
                .step(
                        "decide-preservation",
                        "investigation",
                        "investigation",
                        Set.of(LEADER),
                        List.of(),
                        List.of(EVIDENCE_PRESERVATION_DECISION))
                .stops(PRESERVATION)
                .step(
                        "extend-limit",
                        "investigation",
                        "investigation",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXTENSION_APPROVAL))
                .step(
                        "conclude-investigation",
                        "investigation",
                        "case-discussion",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of())
                .step(
                        "propose",
                        "case-discussion",
                        "case-discussion",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(DISCUSSION_RECORD))
                .step(
                        "submit-for-review",
                        "case-discussion",
                        "legal-review",
                        Set.of(OFFICER),
                        List.of(PROPOSAL_RECORDED),
                        List.of())
                .step(
                        "notify",
                        "case-discussion",
                        "advance-notice",
                        Set.of(OFFICER),
                        List.of(PROPOSAL_RECORDED, MAJOR_DECISION_REVIEWED, COLLECTIVE_DISCUSSION_HELD),
                        List.of(ADVANCE_NOTICE))
                .starts(STATEMENT)
                .step("review-agreed", "legal-review", "collective-discussion", Set.of(REVIEWER), List.of(), List.of())
                .step("review-returned", "legal-review", "case-discussion", Set.of(REVIEWER), List.of(), List.of())
                .step("transfer", "legal-review", "transferred", Set.of(LEADER), List.of(), List.of(TRANSFER_LETTER))
                // L4: the handling unit disagrees with the review's opinion and asks the leaders to settle it
                .step(
                        "request-coordination",
                        "case-discussion",
                        "coordination",
                        Set.of(OFFICER, LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        "coordinate-proceed",
                        "coordination",
                        "collective-discussion",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        "coordinate-return",
                        "coordination",
                        "case-discussion",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of())
                .step(
                        "discuss-collectively",
                        "collective-discussion",
                        "case-discussion",
                        Set.of(LEADER),
                        List.of(),
                        List.of(COLLECTIVE_DISCUSSION_RECORD))
                .step(
                        "record-statement",
                        "advance-notice",
                        "advance-notice",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(STATEMENT_RECORD))
                .step(
                        "request-hearing",
                        "advance-notice",
                        "hearing-notice",
                        Set.of(OFFICER),
                        List.of(HEARING_THRESHOLD_MET, HEARING_REQUEST_IN_TIME),
                        List.of(HEARING_NOTICE))
                .stops(STATEMENT)
                .step(
                        "close-statement",
                        "advance-notice",
                        "decision-pending",
                        Set.of(OFFICER),
                        List.of(STATEMENT_PERIOD_OVER),
                        List.of())
                .stops(STATEMENT)
                .step(
                        "hold-hearing",
                        "hearing-notice",
                        "decision-pending",
                        Set.of(OFFICER),
                        List.of(HEARING_NOTIFIED_IN_TIME, TWO_CERTIFIED_OFFICERS),
                        List.of(HEARING_RECORD))
                .step("reconsider", "decision-pending", "case-discussion", Set.of(LEADER), List.of(), List.of())
                .step(
                        "decide",
                        "decision-pending",
                        "decided",
                        Set.of(LEADER),
                        List.of(PROPOSAL_RECORDED, MAJOR_DECISION_REVIEWED, COLLECTIVE_DISCUSSION_HELD),
                        List.of(PENALTY_DECISION))
                .stops(CASE_LIMIT)
                .starts(SERVICE)
                .step("serve", "decided", "served", Set.of(OFFICER), List.of(), List.of(SERVICE_RECEIPT))
                .stops(SERVICE)
                .starts(PAYMENT)
                .step("record-payment", "served", "executed", Set.of(OFFICER), List.of(), List.of())
                .stops(PAYMENT)
                .step("apply-to-court", "served", "executed", Set.of(LEADER), List.of(), List.of())
                .stops(PAYMENT)
                .step("close", "executed", "closed", Set.of(LEADER), List.of(), List.of(CLOSING_REPORT))
                .step("archive", "closed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .build("clue");
    }

    private static Procedure simplePenalty() {
        return new Builder(ProcedureKind.SIMPLE_PENALTY)
                .stage("on-the-spot", START)
                .stage("decided", SERVICE_AND_EXECUTION)
                .stage("executed", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                .step(
                        "decide-on-the-spot",
                        "on-the-spot",
                        "decided",
                        Set.of(OFFICER),
                        List.of(CERTIFIED_OFFICER, PARTY_IDENTIFIED, PROPOSAL_RECORDED, SIMPLE_PROCEDURE_LIMIT),
                        List.of(ON_THE_SPOT_DECISION))
                .starts(PAYMENT)
                .step("record-payment", "decided", "executed", Set.of(OFFICER), List.of(), List.of())
                .stops(PAYMENT)
                .step("archive", "executed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
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
                        "start-inspection",
                        "planned",
                        "inspecting",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .step("no-problem", "inspecting", "closed", Set.of(OFFICER), List.of(TWO_CERTIFIED_OFFICERS), List.of())
                .step(
                        "order-rectification",
                        "inspecting",
                        "rectification",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SUPERVISION_OPINION))
                .starts(RECTIFICATION)
                .step(
                        "verify-rectification",
                        "rectification",
                        "closed",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .stops(RECTIFICATION)
                .step(
                        "turn-into-case",
                        "inspecting",
                        "turned-into-case",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(CLUE_REGISTRATION))
                .step(
                        "escalate",
                        "rectification",
                        "turned-into-case",
                        Set.of(OFFICER),
                        List.of(),
                        List.of(CLUE_REGISTRATION))
                .stops(RECTIFICATION)
                .step("archive", "closed", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .build("planned");
    }

    private static Procedure licensing() {
        return new Builder(ProcedureKind.LICENSING)
                .stage("applied", START)
                .stage("accepted", INVESTIGATION)
                .stage("decided", DECISION)
                .stage("served", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                .terminal("not-accepted", START)
                .step("receive", "applied", "applied", Set.of(OFFICER), List.of(PARTY_IDENTIFIED), List.of())
                .starts(ACCEPTANCE)
                .step(
                        "accept",
                        "applied",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(PARTY_IDENTIFIED),
                        List.of(ACCEPTANCE_NOTICE))
                .stops(ACCEPTANCE)
                .starts(LICENSING_DECISION_LIMIT)
                .step(
                        "refuse-application",
                        "applied",
                        "not-accepted",
                        Set.of(OFFICER),
                        List.of(REASON_GIVEN),
                        List.of(NON_ACCEPTANCE_NOTICE))
                .stops(ACCEPTANCE)
                .step(
                        "examine-site",
                        "accepted",
                        "accepted",
                        Set.of(OFFICER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(SITE_RECORD))
                .step("grant-licence", "accepted", "decided", Set.of(LEADER), List.of(), List.of(LICENSING_DECISION))
                .stops(LICENSING_DECISION_LIMIT)
                .starts(LICENCE_SERVICE)
                .step(
                        "refuse-licence",
                        "accepted",
                        "decided",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(LICENSING_DECISION))
                .stops(LICENSING_DECISION_LIMIT)
                .starts(LICENCE_SERVICE)
                .step("serve", "decided", "served", Set.of(OFFICER), List.of(), List.of(SERVICE_RECEIPT))
                .stops(LICENCE_SERVICE)
                .step("archive", "served", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .build("applied");
    }

    private static Procedure coercion() {
        return new Builder(ProcedureKind.COERCION)
                .stage("proposed", START)
                .stage("seized", INVESTIGATION)
                .stage("released", SERVICE_AND_EXECUTION)
                .stage("archived", ARCHIVE)
                .terminal("handled-in-case", DECISION)
                .step(
                        "seize",
                        "proposed",
                        "seized",
                        Set.of(LEADER),
                        List.of(TWO_CERTIFIED_OFFICERS, PARTY_IDENTIFIED),
                        List.of(SEIZURE_DECISION, SEIZURE_LIST))
                .starts(SEIZURE)
                .step(
                        "extend-seizure",
                        "seized",
                        "seized",
                        Set.of(LEADER),
                        List.of(REASON_GIVEN),
                        List.of(EXTENSION_APPROVAL))
                .step(
                        "release",
                        "seized",
                        "released",
                        Set.of(LEADER),
                        List.of(TWO_CERTIFIED_OFFICERS),
                        List.of(RELEASE_DECISION))
                .stops(SEIZURE)
                .step("hand-over-to-case", "seized", "handled-in-case", Set.of(LEADER), List.of(), List.of())
                .stops(SEIZURE)
                .step("archive", "released", "archived", Set.of(OFFICER, ADMIN), List.of(), List.of())
                .build("proposed");
    }

    /** Writes a procedure down in the order a reader follows it. */
    private static final class Builder {
        private final ProcedureKind kind;
        private final List<Stage> stages = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private String action;
        private String from;
        private String to;
        private Set<Role> roles;
        private List<Rule> rules;
        private List<DocumentKind> documents;
        private List<DeadlineRule> starts = new ArrayList<>();
        private List<String> stops = new ArrayList<>();

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
                String action,
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
            this.rules = rules;
            this.documents = documents;
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
                transitions.add(new Transition(action, from, to, roles, rules, documents, starts, Set.copyOf(stops)));
            }
            action = null;
            starts = new ArrayList<>();
            stops = new ArrayList<>();
        }
    }
}
