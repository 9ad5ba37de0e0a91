package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseRefusals.InvalidField;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.HearingThreshold;
import org.sunlight.organization.CertificateCheck;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** Every rule a transition may check, each in one place (see {@link Rule}); a rule that fails says what is missing. */
@Component
class CaseRules {

    private final Organization organization;
    private final WorkingDays workingDays;
    private final CaseProperties properties;
    private final Catalog catalog;
    private final MessageSource messages;
    private final java.time.Clock clock;

    CaseRules(
            Organization organization,
            WorkingDays workingDays,
            CaseProperties properties,
            Catalog catalog,
            MessageSource messages,
            java.time.Clock clock) {
        this.clock = clock;
        this.organization = organization;
        this.workingDays = workingDays;
        this.properties = properties;
        this.catalog = catalog;
        this.messages = messages;
    }

    /** What a rule looks at: the case, who acts, what they bring, and the day. */
    /**
     * What a rule sees of an act. {@code certificates} keeps each certificate check the rules made, by officer, so
     * that the act's event carries them instead of its listeners asking again.
     */
    record Context(
            CaseState state,
            Transition transition,
            StaffUser actor,
            ActionInput input,
            LocalDate today,
            Cases cases,
            Map<UUID, CertificateCheck> certificates) {}

    void check(Rule rule, Context context) {
        var state = context.state();
        switch (rule) {
            case TWO_CERTIFIED_OFFICERS -> {
                twoCertifiedOfficers(context);
                actsOnTheCase(context);
            }
            case TWO_OFFICERS_ACT -> twoOfficersAct(context);
            case OFFICER_MAY_JOIN -> officerMayJoin(context);
            case STATEMENT_RECORDED -> {
                var note = context.input().note();
                if (note == null || note.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.statement-not-recorded");
                }
            }
            case PARTY_HEARD_FIRST -> {
                boolean heard = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.INFORM_ON_THE_SPOT);
                if (!heard) {
                    throw new RuleBroken(rule, "rule.refusal.party-not-heard");
                }
            }
            case NOT_HEAVIER_AFTER_STATEMENT -> notHeavier(
                    state, context.input().proposal());
            case RECUSAL_GROUNDS -> {
                var officerId = context.input().officerId();
                if (officerId == null || !state.officerIds().contains(officerId)) {
                    throw new RuleBroken(rule, "rule.refusal.recusal-officer");
                }
                if (recusalPending(context, officerId)) {
                    throw new RuleBroken(rule, "rule.refusal.recusal-already-requested");
                }
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.recusal-grounds");
                }
            }
            case RECUSAL_PENDING -> {
                var officerId = context.input().officerId();
                if (officerId == null || !recusalPending(context, officerId)) {
                    throw new RuleBroken(rule, "rule.refusal.recusal-not-requested");
                }
            }
            case LIMITATION_NOT_EXPIRED -> {
                var until = state.violation() == null ? null : state.violation().discoverableUntil();
                var discovered = state.createdAt().atZone(clock.getZone()).toLocalDate();
                if (until != null && discovered.isAfter(until)) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.limitation-expired",
                            state.violation().continuing()
                                    ? state.violation().endedOn()
                                    : state.violation().on(),
                            state.violation().healthHarmed() ? 5 : 2,
                            until,
                            discovered);
                }
            }
            case REPORTED_FOR_RECORD -> {
                boolean reported = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.REPORT_FOR_RECORD);
                if (!reported) {
                    throw new RuleBroken(rule, "rule.refusal.not-reported");
                }
            }
            case PARTY_IDENTIFIED -> {
                if (state.parties().isEmpty()) {
                    throw new RuleBroken(rule, "rule.refusal.party-missing");
                }
            }
            case PROPOSAL_RECORDED -> {
                if (!state.hasProposal() && proposalOf(context) == null) {
                    throw new RuleBroken(rule, "rule.refusal.proposal-missing");
                }
            }
            case SIMPLE_PROCEDURE_LIMIT -> simpleProcedureLimit(state, proposalOf(context));
            case MAJOR_DECISION_REVIEWED -> throw new IllegalStateException(
                    "the review module's guards answer " + rule + " (CaseManagement asks them in its place)");
            case DECISION_AS_PROPOSED -> {
                var decided = context.transition().decidedKind();
                if (decided == null && state.proposalKind() == ProposalKind.NO_PENALTY) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.no-penalty-proposed",
                            text(context.transition().labelKey()));
                }
                if (decided != null && state.hasProposal() && state.proposalKind() != decided) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.decision-as-proposed",
                            text(decided.labelKey()),
                            text(state.proposalKind().labelKey()));
                }
            }
            case COLLECTIVE_DISCUSSION_HELD -> {
                if (state.proposalMajor() && !state.collectiveDiscussionForCurrentProposal()) {
                    throw new RuleBroken(rule, "rule.refusal.collective-required");
                }
            }
            case HEARING_THRESHOLD_MET -> {
                if (!hearingAllowed(state)) {
                    throw new RuleBroken(rule, "rule.refusal.hearing-threshold");
                }
            }
            case HEARING_REQUEST_IN_TIME -> {
                var requested = Hearings.requestedOn(context.input(), context.today());
                context.cases().deadline(state.id(), Procedures.STATEMENT.id()).ifPresent(deadline -> {
                    if (requested.isBefore(deadline.startedOn())) {
                        throw new InvalidField("requestedOn", "case.field.requested-on-range", deadline.startedOn());
                    }
                    if (requested.isAfter(deadline.dueOn())) {
                        throw new RuleBroken(rule, "rule.refusal.hearing-late", deadline.startedOn(), deadline.dueOn());
                    }
                });
            }
            case HEARING_NOTIFIED_IN_TIME -> {
                // 第六十四条第二项, 第八十五条: seven working days from the day the party received the 听证通知书
                var notified = context.transition().action() == CaseAction.REQUEST_HEARING
                        ? Services.receivedOn(state, context.transition(), context.input(), context.today())
                        : state.hearingNotifiedOn();
                var hearingOn = context.transition().action() == CaseAction.REQUEST_HEARING
                        ? context.input().hearingOn()
                        : state.hearingOn();
                var earliest = workingDays
                        .addWorkingDays(notified == null ? context.today() : notified, 7)
                        .due();
                if (hearingOn == null || hearingOn.isBefore(earliest)) {
                    throw new RuleBroken(rule, "rule.refusal.hearing-date", earliest);
                }
            }
            case HEARING_DAY_REACHED -> {
                if (state.hearingOn() != null && context.today().isBefore(state.hearingOn())) {
                    throw new RuleBroken(rule, "rule.refusal.hearing-day", state.hearingOn(), context.today());
                }
            }
            case PRESIDING_NOT_INVESTIGATOR -> presidingNotInvestigator(context);
            case STATEMENT_PERIOD_OVER -> {
                if (!state.statementClosed() && !context.input().waived()) {
                    context.cases()
                            .deadline(state.id(), Procedures.STATEMENT.id())
                            .filter(deadline -> !context.today().isAfter(deadline.dueOn()))
                            .ifPresent(deadline -> {
                                throw new RuleBroken(rule, "rule.refusal.statement-open", deadline.dueOn());
                            });
                }
            }
            case SERVICE_RECORDED -> Services.receivedOn(state, context.transition(), context.input(), context.today());
            case NOTHING_TO_PAY -> {
                if (state.proposalKind() != null && state.proposalKind().carriesAmount()) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.something-to-pay",
                            text(state.proposalKind().labelKey()));
                }
            }
            case SEIZURE_EXTENDED_ONCE -> {
                boolean extended = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.EXTEND_SEIZURE);
                if (extended) {
                    throw new RuleBroken(rule, "rule.refusal.seizure-extended");
                }
                var days = context.input().days();
                if (days == null || days < 1 || days > 30) {
                    throw new RuleBroken(rule, "rule.refusal.seizure-extension-days");
                }
                seizureRunning(rule, context);
            }
            case TESTING_PERIOD_STATED -> {
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.testing-what");
                }
                var days = context.input().days();
                if (days == null || days < 1 || days > 365) {
                    throw new RuleBroken(rule, "rule.refusal.testing-days");
                }
                seizureRunning(rule, context);
            }
            case GOODS_RETURNED -> goodsReturned(context);
            case HANDLING_DECISION_LINKED -> handlingDecisionLinked(context);
            case EMERGENCY_REPORT_IN_TIME -> {
                var acts = context.cases().acts(state.id());
                if (acts.stream().anyMatch(act -> act.action() == CaseAction.REPORT_TO_LEADER)) {
                    throw new RuleBroken(rule, "rule.refusal.emergency-reported-already");
                }
                var taken = acts.stream()
                        .filter(act -> act.action() == CaseAction.SEIZE_ON_THE_SPOT)
                        .map(CaseView.Act::actedAt)
                        .reduce((first, second) -> second)
                        .orElseThrow(() -> new RuleBroken(rule, "rule.refusal.emergency-not-taken"));
                // the act's moment and now, both on the application's clock (Cases stamps acts with it)
                var limit = taken.plus(java.time.Duration.ofHours(24));
                if (clock.instant().isAfter(limit)) {
                    throw new RuleBroken(rule, "rule.refusal.emergency-report-late", moment(taken), moment(limit));
                }
            }
            case EMERGENCY_REPORTED -> {
                boolean reported = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.REPORT_TO_LEADER);
                if (!reported) {
                    throw new RuleBroken(rule, "rule.refusal.emergency-not-reported");
                }
            }
            case PRESERVATION_APPROVED -> {
                if (preservationOpen(context)) {
                    throw new RuleBroken(rule, "rule.refusal.preservation-still-open");
                }
                var latest = context.cases().acts(state.id()).stream()
                        .filter(act -> act.action() == CaseAction.APPROVE_PRESERVATION
                                || act.action() == CaseAction.PRESERVE_EVIDENCE)
                        .reduce((first, second) -> second);
                if (latest.isEmpty() || latest.get().action() != CaseAction.APPROVE_PRESERVATION) {
                    throw new RuleBroken(rule, "rule.refusal.preservation-not-approved");
                }
            }
            case PRESERVATION_OPEN -> {
                if (!preservationOpen(context)) {
                    throw new RuleBroken(rule, "rule.refusal.preservation-none");
                }
            }
            case ACCEPTANCE_IN_TIME -> {
                // an application not registered as received first is answered on the spot (当场), in time; once a
                // correction was asked in time the clock stopped and acceptance waits for the complete materials
                context.cases()
                        .deadline(state.id(), Procedures.ACCEPTANCE.id())
                        .filter(CaseView.Deadline::running)
                        .filter(acceptance -> context.today().isAfter(acceptance.dueOn()))
                        .ifPresent(acceptance -> {
                            throw new RuleBroken(
                                    rule, "rule.refusal.acceptance-deemed", acceptance.dueOn(), acceptance.startedOn());
                        });
            }
            case CORRECTION_ONCE -> {
                boolean asked = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.REQUEST_CORRECTION);
                if (asked) {
                    throw new RuleBroken(rule, "rule.refusal.correction-once");
                }
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.correction-content");
                }
            }
            case LICENSING_EXTENDED_ONCE -> {
                boolean extended = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.EXTEND_LICENSING_LIMIT);
                if (extended) {
                    throw new RuleBroken(rule, "rule.refusal.licensing-extended");
                }
                var days = context.input().days();
                if (days == null || days < 1 || days > 10) {
                    throw new RuleBroken(rule, "rule.refusal.licensing-extension-days");
                }
                licensingLimitRunning(rule, context);
            }
            case EXCLUDED_PERIOD_STATED -> {
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.excluded-what");
                }
                var days = context.input().days();
                if (days == null || days < 1 || days > 365) {
                    throw new RuleBroken(rule, "rule.refusal.excluded-days");
                }
                licensingLimitRunning(rule, context);
            }
            case LICENSING_HEARING_NOT_OPEN -> context.cases()
                    .deadline(state.id(), Procedures.LICENSING_HEARING_REQUEST.id())
                    .filter(period -> period.running() && !context.today().isAfter(period.dueOn()))
                    .ifPresent(period -> {
                        throw new RuleBroken(rule, "rule.refusal.licensing-hearing-open", period.dueOn());
                    });
            case LICENSING_HEARING_REQUEST_IN_TIME -> {
                var period = context.cases()
                        .deadline(state.id(), Procedures.LICENSING_HEARING_REQUEST.id())
                        .filter(CaseView.Deadline::running)
                        .orElseThrow(() -> new RuleBroken(rule, "rule.refusal.licensing-hearing-not-told"));
                var requested = Hearings.requestedOn(context.input(), context.today());
                if (requested.isBefore(period.startedOn())) {
                    throw new InvalidField("requestedOn", "case.field.requested-on-range", period.startedOn());
                }
                if (requested.isAfter(period.dueOn())) {
                    throw new RuleBroken(
                            rule, "rule.refusal.licensing-hearing-late", period.startedOn(), period.dueOn());
                }
            }
            case LICENSING_HEARING_SCHEDULED -> licensingHearingScheduled(rule, context);
            case LICENSING_HEARING_RECORD_SIGNED -> {
                var record = context.input().note();
                if (record == null || record.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.licensing-hearing-record");
                }
                if (context.input().refusedToSign()) {
                    throw new RuleBroken(rule, "rule.refusal.licensing-hearing-unsigned");
                }
            }
            case LICENCE_IN_FORCE -> {
                boolean granted = context.cases().acts(state.id()).stream()
                        .anyMatch(act -> act.action() == CaseAction.GRANT_LICENCE);
                if (!granted) {
                    throw new RuleBroken(rule, "rule.refusal.licence-not-granted");
                }
                var until = state.licenceValidUntil();
                if (until != null && context.today().isAfter(until)) {
                    throw new RuleBroken(rule, "rule.refusal.licence-expired", until);
                }
            }
            case LICENCE_CHANGE_STATED -> {
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.licence-change-what");
                }
            }
            case RENEWAL_APPLIED_IN_TIME -> {
                var until = state.licenceValidUntil();
                if (until == null) {
                    throw new RuleBroken(rule, "rule.refusal.licence-no-term");
                }
                // 届满三十日前: the thirtieth day before the term's last day is the last day to apply, unless a law,
                // regulation or rule sets the item another period (第五十条第一款)
                var lead = properties.renewalLead(state.itemCode());
                var latest = until.minus(lead);
                if (context.today().isAfter(latest)) {
                    throw new RuleBroken(rule, "rule.refusal.renewal-late", until, latest, leadText(lead));
                }
            }
            case RENEWAL_DECIDED_IN_TIME -> {
                var until = state.licenceValidUntil();
                if (until != null && context.today().isAfter(until)) {
                    throw new RuleBroken(rule, "rule.refusal.renewal-deemed", until);
                }
            }
            case NO_PRESERVATION_OPEN -> {
                var open = context.cases()
                        .deadline(state.id(), Procedures.PRESERVATION.id())
                        .filter(CaseView.Deadline::running);
                if (open.isPresent()) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.preservation-open",
                            open.get().startedOn(),
                            open.get().dueOn());
                }
            }
            case PAYMENT_OVERDUE -> {
                var payment = context.cases().deadline(state.id(), Procedures.PAYMENT.id());
                if (payment.isEmpty()) {
                    throw new RuleBroken(rule, "rule.refusal.nothing-to-urge");
                }
                if (!context.today().isAfter(payment.get().dueOn())) {
                    throw new RuleBroken(
                            rule,
                            "rule.refusal.payment-not-overdue",
                            payment.get().dueOn());
                }
            }
            case REMINDER_PERIOD_PASSED -> {
                var reminded = Execution.reminderReceivedOn(context.cases().acts(state.id()));
                if (reminded == null) {
                    throw new RuleBroken(rule, "rule.refusal.reminder-missing");
                }
                var tenth = workingDays.addWorkingDays(reminded, 10).due();
                if (!context.today().isAfter(tenth)) {
                    throw new RuleBroken(rule, "rule.refusal.reminder-period", reminded, tenth.plusDays(1));
                }
            }
            case ENFORCEMENT_WINDOW -> {
                var acts = context.cases().acts(state.id());
                var received = Execution.decisionReceivedOn(acts);
                var payment = context.cases().deadline(state.id(), Procedures.PAYMENT.id());
                if (received == null || payment.isEmpty()) {
                    throw new RuleBroken(rule, "rule.refusal.nothing-to-urge");
                }
                var window =
                        Execution.window(workingDays, received, payment.get().dueOn());
                if (!window.contains(context.today())) {
                    throw new RuleBroken(
                            rule,
                            context.today().isBefore(window.opensOn())
                                    ? "rule.refusal.enforcement-too-early"
                                    : "rule.refusal.enforcement-too-late",
                            received,
                            window.periodsEndOn(),
                            window.opensOn(),
                            window.closesOn());
                }
            }
            case NO_PENALTY_GROUND -> noPenaltyGround(state, proposalOf(context));
            case MITIGATION_GROUND -> mitigationGround(state, proposalOf(context));
            case REASON_GIVEN -> {
                var reason = context.input().reason();
                if (reason == null || reason.strip().length() < 2) {
                    throw new RuleBroken(rule, "rule.refusal.reason");
                }
            }
        }
    }

    /** 行政强制法 第二十五条: the seizure runs and its period has not ended. */
    private void seizureRunning(Rule rule, Context context) {
        var seizure = context.cases()
                .deadline(context.state().id(), Procedures.SEIZURE.id())
                .filter(CaseView.Deadline::running)
                .orElseThrow(() -> new RuleBroken(rule, "rule.refusal.seizure-not-running"));
        if (context.today().isAfter(seizure.dueOn())) {
            throw new RuleBroken(rule, "rule.refusal.seizure-expired", seizure.dueOn());
        }
    }

    /** 行政许可法 第四十二条、第四十五条: the licensing limit runs and has not ended. */
    private void licensingLimitRunning(Rule rule, Context context) {
        var limit = context.cases()
                .deadline(context.state().id(), Procedures.LICENSING_DECISION_LIMIT.id())
                .filter(CaseView.Deadline::running)
                .orElseThrow(() -> new RuleBroken(rule, "rule.refusal.licensing-limit-not-running"));
        if (context.today().isAfter(limit.dueOn())) {
            throw new RuleBroken(rule, "rule.refusal.licensing-limit-over", limit.dueOn());
        }
    }

    /**
     * 行政许可法 第四十八条第一款第一项: the time and place are told at least 7 days before the hearing; 第四十七条: a
     * requested hearing is held within 20 days of the request; both the organ's periods, in working days (第八十二条).
     */
    private void licensingHearingScheduled(Rule rule, Context context) {
        var hearingOn = context.input().hearingOn();
        var earliest = workingDays.addWorkingDays(context.today(), 7).due();
        if (hearingOn == null || hearingOn.isBefore(earliest)) {
            throw new RuleBroken(rule, "rule.refusal.licensing-hearing-notice", earliest);
        }
        if (context.transition().action() == CaseAction.REQUEST_LICENSING_HEARING) {
            var requested = Hearings.requestedOn(context.input(), context.today());
            var latest = workingDays.addWorkingDays(requested, 20).due();
            if (hearingOn.isAfter(latest)) {
                throw new RuleBroken(rule, "rule.refusal.licensing-hearing-within", requested, latest);
            }
        }
    }

    /** 行政处罚法 第五十六条: a preservation was taken and its handling decision is still to come. */
    private static boolean preservationOpen(Context context) {
        return context.cases()
                .deadline(context.state().id(), Procedures.PRESERVATION.id())
                .filter(CaseView.Deadline::running)
                .isPresent();
    }

    /**
     * 行政强制法 第二十八条: the release states its ground and the day the goods went back to the party, a day of the
     * seizure (not before it was taken) and not in the future.
     */
    private void goodsReturned(Context context) {
        var reason = context.input().reason();
        if (reason == null || reason.strip().length() < 2) {
            throw new RuleBroken(Rule.GOODS_RETURNED, "rule.refusal.release-ground");
        }
        var returned = context.input().returnedOn();
        if (returned == null) {
            throw new RuleBroken(Rule.GOODS_RETURNED, "rule.refusal.goods-not-returned");
        }
        var seizedOn = context.cases()
                .deadline(context.state().id(), Procedures.SEIZURE.id())
                .map(CaseView.Deadline::startedOn)
                .orElse(null);
        if (returned.isAfter(context.today()) || seizedOn != null && returned.isBefore(seizedOn)) {
            throw new InvalidField(
                    "returnedOn", "rule.refusal.returned-on-range", seizedOn == null ? "" : seizedOn, context.today());
        }
    }

    /**
     * 行政强制法 第二十七条: the goods are confiscated or destroyed by the decision of the penalty case the seizure was
     * handed over to, made within the seizure's period; confiscated only where that decision confiscates.
     */
    private void handlingDecisionLinked(Context context) {
        var rule = Rule.HANDLING_DECISION_LINKED;
        var state = context.state();
        var followUp = state.followUpCaseId() == null
                ? null
                : context.cases().find(state.followUpCaseId()).orElse(null);
        if (followUp == null) {
            throw new RuleBroken(rule, "rule.refusal.handling-no-case");
        }
        boolean hasDecision =
                context.cases().acts(followUp.id()).stream().anyMatch(act -> act.action() == CaseAction.DECIDE);
        // the day of the decision: the day it met the case's 90-day limit (行政处罚法 第六十条)
        var decided = hasDecision
                ? context.cases()
                        .deadline(followUp.id(), Procedures.CASE_LIMIT.id())
                        .map(CaseView.Deadline::metOn)
                : java.util.Optional.<LocalDate>empty();
        if (decided.isEmpty()) {
            throw new RuleBroken(rule, "rule.refusal.handling-not-decided", followUp.title());
        }
        var seizure = context.cases().deadline(state.id(), Procedures.SEIZURE.id());
        if (seizure.isPresent() && decided.get().isAfter(seizure.get().dueOn())) {
            throw new RuleBroken(
                    rule,
                    "rule.refusal.handling-too-late",
                    decided.get(),
                    seizure.get().dueOn());
        }
        if (context.transition().action() == CaseAction.RECORD_CONFISCATION
                && followUp.proposalKind() != ProposalKind.CONFISCATION) {
            throw new RuleBroken(
                    rule,
                    "rule.refusal.handling-not-confiscated",
                    followUp.proposalKind() == null
                            ? ""
                            : text(followUp.proposalKind().labelKey()));
        }
    }

    private String moment(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(clock.getZone())
                .format(instant);
    }

    /** Whether the proposal is one for which the party may ask for a hearing (行政处罚法 第六十三条). */
    boolean hearingAllowed(CaseState state) {
        if (!state.hasProposal()) {
            return false;
        }
        if (state.proposalKind().hearingWhateverTheAmount()) {
            return true;
        }
        // the province's published amounts, or the configured ones where none is published
        var published = catalog.hearingThreshold(state.unitId(), state.anyOrganisation());
        var fallback =
                state.anyOrganisation() ? properties.hearingFineOrganisation() : properties.hearingFineIndividual();
        var threshold =
                switch (state.proposalKind()) {
                    case FINE -> published.map(HearingThreshold::fine).orElse(fallback);
                    case CONFISCATION -> published
                            .map(HearingThreshold::confiscation)
                            .orElse(fallback);
                    default -> null;
                };
        var amount = state.proposalFine() == null ? BigDecimal.ZERO : state.proposalFine();
        return threshold != null && amount.compareTo(threshold) >= 0;
    }

    private void twoCertifiedOfficers(Context context) {
        var state = context.state();
        if (state.officerIds().size() < 2) {
            throw new RuleBroken(
                    Rule.TWO_CERTIFIED_OFFICERS,
                    "rule.refusal.two-officers",
                    state.officerIds().size());
        }
        for (var officerId : state.officerIds()) {
            var check = certificate(context, officerId);
            if (!check.mayAct()) {
                throw new RuleBroken(
                        Rule.TWO_CERTIFIED_OFFICERS,
                        "rule.refusal.officer-not-certified",
                        check.officerName(),
                        text(state.procedure().category().labelKey()),
                        text(check.refusalKey()));
            }
        }
    }

    /** The officer's certificate checked for the case's category on the day of the act, kept with the act's context. */
    private CertificateCheck certificate(Context context, UUID officerId) {
        return context.certificates()
                .computeIfAbsent(
                        officerId,
                        id -> organization.checkCertificate(
                                id, context.today(), context.state().procedure().category()));
    }

    /**
     * The actor and the companion the action names: two different officers of the case, each certified for the
     * category today (行政处罚法 第四十二条).
     */
    private void twoOfficersAct(Context context) {
        var state = context.state();
        var actorId = context.actor().getOfficerId();
        if (actorId == null || !state.officerIds().contains(actorId)) {
            throw new RuleBroken(Rule.TWO_OFFICERS_ACT, "rule.refusal.actor-not-on-case");
        }
        var companionId = context.input().companionId();
        if (companionId == null || companionId.equals(actorId)) {
            throw new RuleBroken(Rule.TWO_OFFICERS_ACT, "rule.refusal.companion-missing");
        }
        if (!state.officerIds().contains(companionId)) {
            throw new RuleBroken(Rule.TWO_OFFICERS_ACT, "rule.refusal.companion-not-on-case");
        }
        for (var officerId : List.of(actorId, companionId)) {
            var check = certificate(context, officerId);
            if (!check.mayAct()) {
                throw new RuleBroken(
                        Rule.TWO_OFFICERS_ACT,
                        "rule.refusal.officer-not-certified",
                        check.officerName(),
                        text(state.procedure().category().labelKey()),
                        text(check.refusalKey()));
            }
        }
    }

    /**
     * 行政处罚法 第四十二条 counts who acts, not who is listed: an officer taking the action is one of the case's, and a
     * companion the action names is another of them (a leader's decision, taken without a certificate, is not counted).
     */
    private void actsOnTheCase(Context context) {
        var state = context.state();
        var actorId = context.actor().getOfficerId();
        if (actorId != null
                && context.actor().hasRole(org.sunlight.organization.Role.OFFICER)
                && !state.officerIds().contains(actorId)) {
            throw new RuleBroken(Rule.TWO_CERTIFIED_OFFICERS, "rule.refusal.actor-not-on-case");
        }
        var companionId = context.input().companionId();
        if (companionId != null
                && (companionId.equals(actorId) || !state.officerIds().contains(companionId))) {
            throw new RuleBroken(Rule.TWO_CERTIFIED_OFFICERS, "rule.refusal.companion-not-on-case");
        }
    }

    /**
     * 行政处罚法 第六十四条第四项: the presiding officer named at the request (or the one the hearing names) is one of the
     * unit's officers and none of the case's investigators, past or present.
     */
    private void presidingNotInvestigator(Context context) {
        var state = context.state();
        var presiding = Hearings.namesPresiding(context.transition().action())
                ? context.input().officerId()
                : Hearings.presiding(context.cases().acts(state.id()));
        var officer = presiding == null ? null : organization.officer(presiding).orElse(null);
        // 行政许可法 第四十八条第一款第三项: a licensing hearing is presided by someone other than the examiner
        var licensing = state.procedure() == ProcedureKind.LICENSING ? "licensing-" : "";
        if (officer == null || !officer.unitId().equals(state.unitId())) {
            throw new RuleBroken(Rule.PRESIDING_NOT_INVESTIGATOR, "rule.refusal." + licensing + "presiding-missing");
        }
        boolean investigated = state.officerIds().contains(presiding)
                || presiding.equals(context.actor().getOfficerId())
                || context.cases().acts(state.id()).stream()
                        .anyMatch(act -> presiding.equals(act.companionId())
                                || presiding.equals(act.officerId()) && !Hearings.namesPresiding(act.action()));
        if (investigated) {
            throw new RuleBroken(
                    Rule.PRESIDING_NOT_INVESTIGATOR,
                    "rule.refusal." + licensing + "presiding-investigated",
                    officer.name());
        }
    }

    /** Whether the latest 回避 act about the officer is a request the leader has not decided yet. */
    private static boolean recusalPending(Context context, java.util.UUID officerId) {
        var latest = context.cases().acts(context.state().id()).stream()
                .filter(act -> officerId.equals(act.officerId()))
                .filter(act -> act.action() == CaseAction.REQUEST_RECUSAL
                        || act.action() == CaseAction.RECUSE
                        || act.action() == CaseAction.REFUSE_RECUSAL)
                .reduce((first, second) -> second);
        return latest.isPresent() && latest.get().action() == CaseAction.REQUEST_RECUSAL;
    }

    /** The officer named joins: one of the unit's, not on the case yet, certified for its category today. */
    private void officerMayJoin(Context context) {
        var state = context.state();
        var officerId = context.input().officerId();
        var officer = officerId == null ? null : organization.officer(officerId).orElse(null);
        if (officer == null || !officer.unitId().equals(state.unitId())) {
            throw new RuleBroken(Rule.OFFICER_MAY_JOIN, "rule.refusal.join-unknown");
        }
        if (state.officerIds().contains(officerId)) {
            throw new RuleBroken(Rule.OFFICER_MAY_JOIN, "rule.refusal.join-already", officer.name());
        }
        // 行政处罚法 第四十三条: an officer recused from the case does not come back to it
        boolean recused = context.cases().acts(state.id()).stream()
                .anyMatch(act -> act.action() == CaseAction.RECUSE && officerId.equals(act.officerId()));
        if (recused) {
            throw new RuleBroken(Rule.OFFICER_MAY_JOIN, "rule.refusal.join-recused", officer.name());
        }
        var check = organization.checkCertificate(
                officerId, context.today(), state.procedure().category());
        if (!check.mayAct()) {
            throw new RuleBroken(
                    Rule.OFFICER_MAY_JOIN,
                    "rule.refusal.officer-not-certified",
                    check.officerName(),
                    text(state.procedure().category().labelKey()),
                    text(check.refusalKey()));
        }
    }

    /**
     * 行政处罚法 第四十五条第二款: the decision is no heavier than what the party was told: a warning stays a warning, a
     * fine is not raised.
     */
    private void notHeavier(CaseState state, Proposal decided) {
        if (!state.hasProposal() || decided == null || decided.kind() == null) {
            return;
        }
        var told = state.proposalKind();
        boolean heavier = told == ProposalKind.WARNING && decided.kind() != ProposalKind.WARNING
                || told == ProposalKind.FINE
                        && decided.kind() == ProposalKind.FINE
                        && decided.fine() != null
                        && state.proposalFine() != null
                        && decided.fine().compareTo(state.proposalFine()) > 0;
        if (heavier) {
            throw new RuleBroken(
                    Rule.NOT_HEAVIER_AFTER_STATEMENT,
                    "rule.refusal.heavier-after-statement",
                    text(told.labelKey())
                            + (state.proposalFine() == null
                                    ? ""
                                    : " " + state.proposalFine().toPlainString()),
                    text(decided.kind().labelKey())
                            + (decided.fine() == null
                                    ? ""
                                    : " " + decided.fine().toPlainString()));
        }
    }

    /** 行政处罚法 第三十条、第三十一条、第三十三条: not punishing states its ground, one the law gives for it. */
    private void noPenaltyGround(CaseState state, Proposal proposal) {
        if (proposal == null) {
            return;
        }
        var ground = proposal.ground();
        if (proposal.kind() == ProposalKind.NO_PENALTY) {
            if (ground == null || !ground.noPenalty()) {
                throw new RuleBroken(Rule.NO_PENALTY_GROUND, "rule.refusal.no-penalty-ground");
            }
            if (proposal.mitigation() != null) {
                throw new RuleBroken(Rule.NO_PENALTY_GROUND, "rule.refusal.no-penalty-mitigated");
            }
            personal(Rule.NO_PENALTY_GROUND, state, ground);
        } else if (ground != null && ground.noPenalty()) {
            throw new RuleBroken(
                    Rule.NO_PENALTY_GROUND,
                    "rule.refusal.no-penalty-ground-for-penalty",
                    text(ground.labelKey()),
                    text(proposal.kind().labelKey()));
        }
    }

    /** 行政处罚法 第三十二条: 从轻 or 减轻 with its ground, only for a penalty. */
    private void mitigationGround(CaseState state, Proposal proposal) {
        if (proposal == null) {
            return;
        }
        var ground = proposal.ground();
        if (proposal.mitigation() != null) {
            if (!proposal.kind().punishes()) {
                throw new RuleBroken(
                        Rule.MITIGATION_GROUND,
                        "rule.refusal.mitigation-no-penalty",
                        text(proposal.kind().labelKey()));
            }
            if (ground == null || ground.noPenalty()) {
                throw new RuleBroken(
                        Rule.MITIGATION_GROUND,
                        "rule.refusal.mitigation-ground",
                        text(proposal.mitigation().labelKey()));
            }
            personal(Rule.MITIGATION_GROUND, state, ground);
        } else if (ground != null && !ground.noPenalty()) {
            throw new RuleBroken(Rule.MITIGATION_GROUND, "rule.refusal.mitigation-missing", text(ground.labelKey()));
        }
    }

    /** 第三十条、第三十一条 are about a natural person: a case about an organisation cannot rest on them. */
    private void personal(Rule rule, CaseState state, LegalGround ground) {
        if (LegalGround.PERSONAL.contains(ground) && state.anyOrganisation()) {
            throw new RuleBroken(rule, "rule.refusal.ground-personal", text(ground.labelKey()));
        }
    }

    private void simpleProcedureLimit(CaseState state, Proposal proposal) {
        if (proposal == null) {
            throw new RuleBroken(Rule.PROPOSAL_RECORDED, "rule.refusal.proposal-missing");
        }
        if (proposal.kind() == ProposalKind.WARNING) {
            return;
        }
        if (proposal.kind() != ProposalKind.FINE) {
            throw new RuleBroken(Rule.SIMPLE_PROCEDURE_LIMIT, "rule.refusal.simple-kind");
        }
        var limit =
                state.anyOrganisation() ? properties.onTheSpotFineOrganisation() : properties.onTheSpotFineIndividual();
        if (proposal.fine() == null || proposal.fine().compareTo(limit) > 0) {
            throw new RuleBroken(
                    Rule.SIMPLE_PROCEDURE_LIMIT,
                    "rule.refusal.simple-limit",
                    properties.onTheSpotFineIndividual().toPlainString(),
                    properties.onTheSpotFineOrganisation().toPlainString(),
                    proposal.fine() == null ? "?" : proposal.fine().toPlainString());
        }
    }

    private static Proposal proposalOf(Context context) {
        return context.input().proposal() != null
                ? context.input().proposal()
                : context.state().hasProposal()
                        ? new Proposal(
                                context.state().proposalKind(),
                                context.state().proposalFine(),
                                context.state().proposalText(),
                                context.state().proposalComplex(),
                                context.state().proposalItemCode(),
                                context.state().proposalCircumstance(),
                                context.state().proposalOutOfRangeReason(),
                                context.state().proposalMitigation(),
                                context.state().proposalGround())
                        : null;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** A renewal lead as the law writes it: 30日, 6个月, 1年. */
    private static String leadText(java.time.Period lead) {
        var text = new StringBuilder();
        if (lead.getYears() != 0) {
            text.append(lead.getYears()).append("年");
        }
        if (lead.getMonths() != 0) {
            text.append(lead.getMonths()).append("个月");
        }
        if (lead.getDays() != 0 || text.isEmpty()) {
            text.append(lead.getDays()).append("日");
        }
        return text.toString();
    }
}
