package org.sunlight.cases;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseRefusals.InvalidField;

/**
 * What each action does to its case besides moving it, one named method per {@link CaseEffect}; {@link Procedures}
 * names the effect of each step. Every effect runs in the action's transaction, after every rule and guard allowed it.
 */
@Component
class CaseEffects {

    private final Cases cases;
    private final WorkingDays workingDays;
    private final Proposals proposals;
    private final MessageSource messages;
    private final org.sunlight.platform.ColumnLengths lengths;

    CaseEffects(
            Cases cases,
            WorkingDays workingDays,
            Proposals proposals,
            MessageSource messages,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.cases = cases;
        this.workingDays = workingDays;
        this.proposals = proposals;
        this.messages = messages;
    }

    /** What an effect looks at. */
    record Context(CaseState state, Transition transition, ActionInput input, LocalDate today) {}

    void apply(CaseEffect effect, Context context) {
        switch (effect) {
            case NONE -> {}
            case FILE -> file(context);
            case PROPOSE -> propose(context);
            case HOLD_COLLECTIVE_DISCUSSION -> holdCollectiveDiscussion(context);
            case RECORD_STATEMENT -> recordStatement(context);
            case CLOSE_STATEMENT -> closeStatement(context);
            case SCHEDULE_HEARING -> scheduleHearing(context);
            case HOLD_HEARING -> holdHearing(context);
            case EXTEND_CASE_LIMIT -> extend(context, Procedures.CASE_LIMIT);
            case EXTEND_SEIZURE -> extend(context, Procedures.SEIZURE);
            case TURN_INTO_PENALTY_CASE -> turnIntoPenaltyCase(context);
            case EXCLUDE_TESTING_PERIOD -> excludeTestingPeriod(context);
            case HAND_OVER_TO_PENALTY_CASE -> handOverToPenaltyCase(context);
            case EXTEND_LICENSING_LIMIT -> extendLicensingLimit(context);
            case ADD_OFFICER -> addOfficer(context);
            case REMOVE_OFFICER -> removeOfficer(context);
            case SCHEDULE_LICENSING_HEARING -> cases.scheduleHearing(
                    context.state().id(), context.today(), context.input().hearingOn(), hearingPlace(context));
            case HOLD_LICENSING_HEARING -> holdLicensingHearing(context);
            case LICENCE_TERM -> licenceTerm(context);
            case LICENCE_CHANGE_STATED -> {
                cases.stateLicenceChange(
                        context.state().id(), context.input().reason().strip());
                cases.examineAfresh(context.state().id());
            }
            case RENEWAL_APPLIED -> cases.examineAfresh(context.state().id());
        }
    }

    private void file(Context context) {
        cases.markFiled(context.state().id(), context.today());
    }

    /** Records the proposal (a new version when its content changed) with what the review module says of it (L2). */
    private void propose(Context context) {
        var state = context.state();
        var proposal = context.input().proposal();
        var outOfRange = proposals.outOfRange(state, proposal);
        cases.propose(state.id(), proposal, outOfRange, proposals.listDeparture(state, proposal));
    }

    private void holdCollectiveDiscussion(Context context) {
        cases.holdCollectiveDiscussion(context.state().id());
    }

    private void recordStatement(Context context) {
        if (context.input().waived()) {
            cases.closeStatement(context.state().id());
        }
    }

    private void closeStatement(Context context) {
        cases.closeStatement(context.state().id());
    }

    /**
     * 行政处罚法 第六十四条第二项、第八十五条: the hearing is at least 7 working days after the day the party received the
     * 听证通知书 (the day recorded with its service, or today when it was handed over).
     */
    private void scheduleHearing(Context context) {
        var notified = Services.receivedOn(context.state(), context.transition(), context.input(), context.today());
        var earliest = workingDays.addWorkingDays(notified, 7).due();
        var hearingOn = context.input().hearingOn();
        if (hearingOn == null || hearingOn.isBefore(earliest)) {
            throw new InvalidField("hearingOn", "rule.refusal.hearing-date", earliest);
        }
        cases.scheduleHearing(context.state().id(), notified, hearingOn, hearingPlace(context));
    }

    /**
     * 行政处罚法 第六十四条第二项、行政许可法 第四十八条第一款第一项: the 听证通知书 names the place of the hearing as well as its
     * time. Required; longer than the case keeps is refused, never cut.
     */
    private String hearingPlace(Context context) {
        var place = context.input().hearingPlace();
        if (place == null || place.isBlank() || !lengths.fits("cases.enforcement_case.hearing_place", place.strip())) {
            throw new InvalidField(
                    "hearingPlace", "case.field.hearing-place", lengths.max("cases.enforcement_case.hearing_place"));
        }
        return place.strip();
    }

    /** 行政处罚法 第五十八条: the decision after a hearing needs a legal review made on the hearing record. */
    private void holdHearing(Context context) {
        cases.holdHearing(context.state().id());
    }

    /** Extends a running period by the days the leader approved: a whole number from 1 to 365, never assumed. */
    private void extend(Context context, DeadlineRule deadline) {
        var days = context.input().days();
        if (days == null || days <= 0 || days > 365) {
            throw new InvalidField("days", "case.field.days");
        }
        lengthen(context, deadline, days);
    }

    /**
     * A period counted in calendar days is that many days longer: counted on from its own last day, not from the day
     * it was moved to when that was a rest day, and then moved off a rest day again (民法典 第二百零三条).
     */
    private void lengthen(Context context, DeadlineRule deadline, int days) {
        var caseId = context.state().id();
        var running = cases.deadline(caseId, deadline.id()).filter(CaseView.Deadline::running);
        var length = cases.calendarDays(caseId, deadline.id());
        if (running.isEmpty() || length.isEmpty()) {
            return;
        }
        var total = length.get() + days;
        var due = workingDays.addCalendarDays(running.get().startedOn(), total);
        cases.lengthenDeadline(caseId, deadline.id(), total, due.due(), !due.certain());
    }

    /** An inspection that found an offence becomes a penalty case at its clue stage, with its parties and officers. */
    private void turnIntoPenaltyCase(Context context) {
        var inspection = context.state();
        var penalty = Procedures.of(ProcedureKind.GENERAL_PENALTY);
        // the inspection's own title, which its column already held: the penalty case's column is the same
        var id = cases.insert(
                inspection.unitId(),
                ProcedureKind.GENERAL_PENALTY,
                penalty.initialStage(),
                inspection.title(),
                messages.getMessage("case.from-inspection", null, "", Locale.SIMPLIFIED_CHINESE) + inspection.summary(),
                inspection.createdBy());
        for (var party : inspection.parties()) {
            cases.addParty(id, party.kind(), party.name(), party.identity(), party.address());
        }
        for (int i = 0; i < inspection.officerIds().size(); i++) {
            cases.addOfficer(id, inspection.officerIds().get(i), i == 0);
        }
        cases.link(inspection.id(), id);
    }

    /**
     * 行政强制法 第二十五条第三款: the testing period named in the notice is not part of the seizure's, so the seizure ends
     * that many days later (the rule checked the days first).
     */
    private void excludeTestingPeriod(Context context) {
        lengthen(context, Procedures.SEIZURE, context.input().days());
    }

    /**
     * 行政许可法 第四十二条、第四十五条: the limit, counted in working days, ends the approved or excluded number of working
     * days later (the rules checked the days and that the limit runs).
     */
    private void extendLicensingLimit(Context context) {
        var rule = Procedures.LICENSING_DECISION_LIMIT;
        var limit = cases.deadline(context.state().id(), rule.id()).orElseThrow();
        var due = workingDays.addWorkingDays(limit.dueOn(), context.input().days());
        cases.startDeadline(
                context.state().id(), rule, limit.startedOn(), due.due(), limit.uncertain() || !due.certain());
    }

    /**
     * 行政强制法 第二十七条: the seized goods are handled by a decision of a penalty case, opened here at its clue stage
     * with the seizure's parties and officers and linked to it; the seizure and its clock go on until that decision
     * handles the goods or the seizure is released.
     */
    private void handOverToPenaltyCase(Context context) {
        var seizure = context.state();
        var penalty = Procedures.of(ProcedureKind.GENERAL_PENALTY);
        var id = cases.insert(
                seizure.unitId(),
                ProcedureKind.GENERAL_PENALTY,
                penalty.initialStage(),
                seizure.title(),
                messages.getMessage("case.from-seizure", null, "", Locale.SIMPLIFIED_CHINESE) + seizure.summary(),
                seizure.createdBy());
        for (var party : seizure.parties()) {
            cases.addParty(id, party.kind(), party.name(), party.identity(), party.address());
        }
        for (int i = 0; i < seizure.officerIds().size(); i++) {
            cases.addOfficer(id, seizure.officerIds().get(i), i == 0);
        }
        if (seizure.itemCode() != null) {
            cases.setItem(id, seizure.itemCode());
        }
        cases.link(seizure.id(), id);
    }

    /**
     * 行政许可法 第三十九条: the licence states its term (有效期至), a day after today; 第五十条: a renewal states the new
     * term, later than the one it renews, and a licence granted without a term is granted for good (nothing to renew).
     */
    private void licenceTerm(Context context) {
        var state = context.state();
        var validUntil = context.input().validUntil();
        boolean renewal = context.transition().action() == CaseAction.RENEW_LICENCE;
        if (validUntil == null) {
            if (renewal) {
                throw new InvalidField("validUntil", "case.field.valid-until-renewal", state.licenceValidUntil());
            }
            return;
        }
        var after = renewal && state.licenceValidUntil() != null ? state.licenceValidUntil() : context.today();
        if (!validUntil.isAfter(after)) {
            throw new InvalidField(
                    "validUntil", renewal ? "case.field.valid-until-renewal" : "case.field.valid-until", after);
        }
        cases.setLicenceValidUntil(state.id(), validUntil);
    }

    /** The officer the rules let join is on the case from now on, beside the ones already there (not as lead). */
    private void addOfficer(Context context) {
        cases.addOfficer(context.state().id(), context.input().officerId(), false);
    }

    /** The recused officer leaves the case; when they led it, the next officer on it leads. */
    private void removeOfficer(Context context) {
        cases.removeOfficer(context.state().id(), context.input().officerId());
    }

    /**
     * 行政许可法 第四十五条: the working days from the hearing's notice (the request, or its announcement) up to the day
     * it was held are not counted, so the licensing limit ends that many working days later; 第四十八条: the decision
     * rests on the record, so one after the hearing is reviewed on it.
     */
    private void holdLicensingHearing(Context context) {
        var state = context.state();
        cases.holdHearing(state.id());
        var days = excludedHearingDays(state, context.today());
        var rule = Procedures.LICENSING_DECISION_LIMIT;
        cases.deadline(state.id(), rule.id()).filter(CaseView.Deadline::running).ifPresent(limit -> {
            if (days > 0) {
                var due = workingDays.addWorkingDays(limit.dueOn(), days);
                cases.startDeadline(
                        state.id(), rule, limit.startedOn(), due.due(), limit.uncertain() || !due.certain());
            }
        });
    }

    /** The working days a licensing hearing took: from the day it was notified up to and including the day held. */
    int excludedHearingDays(CaseState state, LocalDate heldOn) {
        var notified = state.hearingNotifiedOn() == null ? heldOn : state.hearingNotifiedOn();
        return Math.max(0, workingDays.workingDaysBetween(notified, heldOn));
    }
}
