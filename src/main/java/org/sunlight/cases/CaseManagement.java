package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseRefusals.ActionNotAvailable;
import org.sunlight.cases.CaseRefusals.ChangedMeanwhile;
import org.sunlight.cases.CaseRefusals.InvalidField;
import org.sunlight.cases.CaseRefusals.RoleMissing;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/**
 * Runs cases through their procedures: opens them, takes the actions their stage offers once the actor's role and
 * every rule of the step allow it, records each act, and keeps the deadlines (行政处罚法 第八十五条 for how they count).
 */
@Service
public class CaseManagement {

    /** The documents that carry a decision to be disclosed (D10): penalties, licences, seizures, inspection outcomes. */
    private static final List<DocumentKind> DECISIONS = List.of(
            DocumentKind.PENALTY_DECISION,
            DocumentKind.ON_THE_SPOT_DECISION,
            DocumentKind.LICENSING_DECISION,
            DocumentKind.SEIZURE_DECISION,
            DocumentKind.SUPERVISION_OPINION);

    private final Cases cases;
    private final CaseRules rules;
    private final Organization organization;
    private final org.sunlight.catalog.Catalog catalog;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ActionGuard> guards;

    CaseManagement(
            Cases cases,
            CaseRules rules,
            Organization organization,
            org.sunlight.catalog.Catalog catalog,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<ActionGuard> guards) {
        this.cases = cases;
        this.rules = rules;
        this.organization = organization;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.guards = guards;
    }

    @Transactional
    public CaseView open(StaffUser user, OpenCase command) {
        if (command.procedure() == null) {
            throw new InvalidField("procedure", "case.field.procedure");
        }
        var title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidField("title", "case.field.title");
        }
        var parties = command.parties() == null ? List.<OpenCase.PartyInput>of() : command.parties();
        for (int i = 0; i < parties.size(); i++) {
            checkParty(parties.get(i), "parties[" + i + "]");
        }
        var officerIds = command.officerIds() == null ? List.<UUID>of() : command.officerIds();
        for (var officerId : officerIds) {
            var visible = officerId != null
                    && organization
                            .officer(officerId)
                            .filter(officer -> officer.unitId().equals(user.getUnitId()))
                            .isPresent();
            if (!visible) {
                throw new InvalidField("officerIds", "case.field.officer");
            }
        }
        var procedure = Procedures.of(command.procedure());
        var id = cases.insert(
                user.getUnitId(),
                command.procedure(),
                procedure.initialStage(),
                title,
                command.summary() == null ? "" : command.summary().strip(),
                user.getUsername());
        if (command.itemCode() != null && !command.itemCode().isBlank()) {
            if (command.itemCode().strip().length() > 50) {
                throw new InvalidField("itemCode", "case.field.item-code");
            }
            cases.setItem(id, command.itemCode().strip());
        }
        for (var party : parties) {
            cases.addParty(
                    id,
                    party.kind(),
                    party.name().strip(),
                    normalisedIdentity(party),
                    party.address() == null ? "" : party.address().strip());
        }
        for (int i = 0; i < officerIds.size(); i++) {
            cases.addOfficer(id, officerIds.get(i), i == 0);
        }
        events.publishEvent(new CaseOpened(
                id,
                user.getUnitId(),
                command.procedure(),
                procedure.initialStage(),
                user.getUsername(),
                clock.instant()));
        return view(user, id);
    }

    /** Takes an action on a case, or refuses it naming what is missing; a refused action changes nothing. */
    @Transactional
    public CaseView perform(StaffUser user, UUID caseId, String action, ActionInput input) {
        var state = visibleCase(user, caseId);
        var procedure = Procedures.of(state.procedure());
        var transition = procedure
                .transition(state.stage(), action)
                .orElseThrow(() -> new ActionNotAvailable(
                        label("action." + action, action), label("stage." + state.stage(), state.stage())));
        if (transition.roles().stream().noneMatch(user::hasRole)) {
            throw new RoleMissing(String.join(
                    "、",
                    transition.roles().stream()
                            .sorted()
                            .map(role -> label(role.labelKey(), role.name()))
                            .toList()));
        }
        var actionInput = input == null ? ActionInput.none() : input;
        var today = LocalDate.now(clock);
        var context = new CaseRules.Context(state, user, actionInput, today, cases);
        for (var rule : transition.rules()) {
            rules.check(rule, context);
        }
        var guarded = new GuardedAction(
                caseId,
                state.unitId(),
                state.procedure(),
                state.stage(),
                transition.action(),
                transition.to(),
                transition.documents(),
                actionInput,
                user,
                state.proposalVersion(),
                state.proposalMajor());
        guards.orderedStream().forEach(guard -> guard.check(guarded));
        if (!cases.advance(state, transition.to())) {
            throw new ChangedMeanwhile();
        }
        applyEffects(state, transition, actionInput, today);
        for (var stopped : transition.stops()) {
            cases.meetDeadline(caseId, stopped, today);
        }
        for (var started : transition.starts()) {
            start(state, started, actionInput, today);
        }
        cases.recordAct(caseId, transition, user.getUsername(), actionInput.note());
        events.publishEvent(new CaseActed(
                caseId,
                state.unitId(),
                state.procedure(),
                transition.action(),
                transition.from(),
                transition.to(),
                transition.documents(),
                user.getUsername(),
                clock.instant(),
                actionInput.note(),
                actionInput.reason()));
        return view(user, caseId);
    }

    public CaseView view(StaffUser user, UUID caseId) {
        var state = visibleCase(user, caseId);
        var actions = Procedures.of(state.procedure()).from(state.stage()).stream()
                .filter(transition -> transition.roles().stream().anyMatch(user::hasRole))
                .map(Transition::action)
                .toList();
        return toView(state, actions);
    }

    private CaseView toView(CaseState state, List<String> actions) {
        var caseId = state.id();
        var deadlines = cases.deadlines(caseId);
        return new CaseView(
                state.id(),
                state.unitId(),
                state.procedure(),
                state.stage(),
                state.title(),
                state.summary(),
                state.filedOn(),
                state.proposalKind(),
                state.proposalFine(),
                state.proposalText(),
                state.proposalMajor(),
                state.proposalMajorRule(),
                state.proposalItemCode(),
                state.proposalCircumstance(),
                state.proposalOutOfRange(),
                state.proposalOutOfRangeReason(),
                state.reviewCleared(),
                state.proposalVersion(),
                state.originCaseId(),
                state.followUpCaseId(),
                state.parties(),
                state.officerIds(),
                cases.acts(caseId),
                deadlines,
                actions,
                CaseView.lateSurcharge(state.proposalFine(), deadlines, LocalDate.now(clock)));
    }

    /** A case for another module that applies its own scope (the records of a case, its documents). */
    public java.util.Optional<CaseView> find(UUID caseId) {
        return cases.find(caseId).map(state -> toView(state, List.of()));
    }

    /**
     * The credit codes and ID numbers of the parties of the unit's cases still running (not closed, archived or ended
     * otherwise): a random draw leaves subjects under an open case out.
     */
    public java.util.Set<String> partiesUnderOpenCases(UUID unitId) {
        var ended = new java.util.ArrayList<String>();
        for (var procedure : Procedures.all()) {
            for (var stage : procedure.stages()) {
                if (stage.terminal() || stage.phase() == Stage.Phase.ARCHIVE) {
                    ended.add(procedure.kind().name() + ":" + stage.id());
                }
            }
        }
        return cases.partiesUnderOpenCases(unitId, ended);
    }

    public PageOf<CaseSummary> list(StaffUser user, PageQuery page) {
        return cases.ofUnits(organization.visibleUnitIds(user), page);
    }

    /** Running deadlines past their day in the user's units. */
    public long overdueDeadlines(StaffUser user) {
        return cases.overdue(organization.visibleUnitIds(user), LocalDate.now(clock));
    }

    private void applyEffects(CaseState state, Transition transition, ActionInput input, LocalDate today) {
        switch (transition.action()) {
            case "file" -> cases.markFiled(state.id(), today);
            case "propose", "decide-on-the-spot" -> {
                var proposal = checkedProposal(input.proposal());
                cases.propose(state.id(), proposal, outOfRange(state, proposal));
                if (state.procedure() == ProcedureKind.GENERAL_PENALTY) {
                    var rule = majorByScope(state, proposal);
                    if (rule.isEmpty() && proposal.major()) {
                        // the officer judged the case complex: the scope list's rule for complex cases says so
                        rule = catalog.reviewScopeRules(state.unitId()).stream()
                                .filter(scope -> scope.complex()
                                        && scope.category()
                                                .equals(state.procedure()
                                                        .category()
                                                        .name()))
                                .map(org.sunlight.catalog.ReviewScopeRule::name)
                                .findFirst();
                    }
                    rule.ifPresent(name -> cases.majorBy(state.id(), name));
                }
            }
            case "review-agreed" -> cases.agreeReview(state.id());
            case "coordinate-proceed" -> cases.allowByCoordination(state.id());
            case "discuss-collectively" -> cases.holdCollectiveDiscussion(state.id());
            case "close-statement" -> cases.closeStatement(state.id());
                // 行政处罚法 第五十八条: a decision after a hearing needs the legal review whatever its amount
            case "hold-hearing" -> cases.markMajor(state.id(), majorByHearing(state));
            case "record-statement" -> {
                if (input.waived()) {
                    cases.closeStatement(state.id());
                }
            }
            case "request-hearing" -> {
                // 行政处罚法 第六十四条: the hearing is notified at least 7 working days ahead
                var earliest = workingDays.addWorkingDays(today, 7).due();
                if (input.hearingOn() == null || input.hearingOn().isBefore(earliest)) {
                    throw new InvalidField("hearingOn", "rule.refusal.hearing-date", earliest);
                }
                cases.scheduleHearing(state.id(), today, input.hearingOn());
            }
            case "turn-into-case", "escalate" -> turnIntoPenaltyCase(state);
            case "extend-limit" -> cases.extendDeadline(state.id(), Procedures.CASE_LIMIT.id(), days(input, 30));
            case "extend-seizure" -> cases.extendDeadline(state.id(), Procedures.SEIZURE.id(), days(input, 30));
            default -> {
                // the stage change and the record of the act are all this action does
            }
        }
        if (DECISIONS.stream().anyMatch(transition.documents()::contains)
                || transition.action().equals("no-problem")) {
            var decided = cases.find(state.id()).orElseThrow();
            events.publishEvent(new CaseDecided(
                    state.id(),
                    state.unitId(),
                    state.procedure(),
                    decided.proposalKind(),
                    decided.proposalFine(),
                    today));
        }
    }

    /** An inspection that found an offence becomes a penalty case at its clue stage, with its parties and officers. */
    private void turnIntoPenaltyCase(CaseState inspection) {
        var penalty = Procedures.of(ProcedureKind.GENERAL_PENALTY);
        var title = inspection.title().length() > 190 ? inspection.title().substring(0, 190) : inspection.title();
        var id = cases.insert(
                inspection.unitId(),
                ProcedureKind.GENERAL_PENALTY,
                penalty.initialStage(),
                title,
                label("case.from-inspection", "") + inspection.summary(),
                inspection.createdBy());
        for (var party : inspection.parties()) {
            cases.addParty(id, party.kind(), party.name(), party.identity(), party.address());
        }
        for (int i = 0; i < inspection.officerIds().size(); i++) {
            cases.addOfficer(id, inspection.officerIds().get(i), i == 0);
        }
        cases.link(inspection.id(), id);
    }

    private void start(CaseState state, DeadlineRule rule, ActionInput input, LocalDate today) {
        var caseId = state.id();
        int days = rule.days() > 0 ? rule.days() : input.days() == null ? 0 : input.days();
        if (rule.equals(Procedures.LICENSING_DECISION_LIMIT) && state.itemCode() != null) {
            // 行政许可法 第四十二条: within the item's own (shorter) published time limit
            days = catalog.itemTimeLimit(state.unitId(), state.itemCode())
                    .filter(limit -> limit > 0)
                    .orElse(days);
        }
        if (days <= 0) {
            return;
        }
        if (rule.count() == DayCount.WORKING_DAYS) {
            var due = workingDays.addWorkingDays(today, days);
            cases.startDeadline(caseId, rule, today, due.due(), !due.certain());
        } else {
            cases.startDeadline(caseId, rule, today, today.plusDays(days), false);
        }
    }

    /**
     * Measures the fine against the discretion standard the officer chose (A4): a fine outside the band's range needs a
     * written reason, and the proposal is flagged for the reviewer.
     */
    private boolean outOfRange(CaseState state, Proposal proposal) {
        if (!proposal.measuredAgainstStandard()) {
            return false;
        }
        var band = catalog.discretionBand(
                        state.unitId(),
                        proposal.itemCode().strip(),
                        proposal.circumstance().strip())
                .orElseThrow(() -> new InvalidField(
                        "proposal.circumstance", "case.field.no-band", proposal.itemCode(), proposal.circumstance()));
        if (proposal.fine() == null || band.allows(proposal.fine())) {
            return false;
        }
        if (proposal.outOfRangeReason() == null
                || proposal.outOfRangeReason().strip().length() < 2) {
            throw new InvalidField(
                    "proposal.outOfRangeReason",
                    "case.field.out-of-range",
                    band.circumstance(),
                    band.fineMin().toPlainString(),
                    band.fineMax().toPlainString());
        }
        return true;
    }

    /**
     * The review scope rule that makes the proposal major, if any (L2): by category, party, amount, kind of decision and
     * whether a hearing was held. Complex cases are marked major by the officer.
     */
    private java.util.Optional<String> majorByScope(CaseState state, Proposal proposal) {
        boolean citizen = state.parties().stream().anyMatch(p -> p.kind() == PartyKind.INDIVIDUAL);
        boolean organisation = state.anyOrganisation();
        var kindWords = KIND_WORDS.getOrDefault(proposal.kind(), List.of());
        for (var rule : catalog.reviewScopeRules(state.unitId())) {
            if (!rule.category().equals(state.procedure().category().name()) || rule.complex()) {
                continue;
            }
            boolean party =
                    switch (rule.partyType()) {
                        case "公民" -> citizen;
                        case "法人或其他组织" -> organisation;
                        default -> true;
                    };
            boolean amount = rule.amountThreshold() == null
                    || (proposal.fine() != null && proposal.fine().compareTo(rule.amountThreshold()) >= 0);
            boolean kind = rule.decisionKind() == null
                    || rule.decisionKind().isBlank()
                    || kindWords.stream().anyMatch(rule.decisionKind()::contains);
            boolean hearing = !rule.afterHearing() || state.hearingOn() != null;
            // a rule that names no amount, kind or hearing is the unit's choice to review every decision of the
            // category (the simple procedure's on-the-spot decisions never come here)
            if (party && amount && kind && hearing) {
                return java.util.Optional.of(rule.name());
            }
        }
        return java.util.Optional.empty();
    }

    /** The scope rule that names decisions after a hearing (行政处罚法 第五十八条), or the law's own words. */
    private String majorByHearing(CaseState state) {
        return catalog.reviewScopeRules(state.unitId()).stream()
                .filter(rule -> rule.afterHearing()
                        && rule.category().equals(state.procedure().category().name()))
                .map(org.sunlight.catalog.ReviewScopeRule::name)
                .findFirst()
                .orElseGet(() -> label("case.major.hearing", "经过听证程序"));
    }

    /** How the review scope list words each kind of penalty. */
    private static final java.util.Map<ProposalKind, List<String>> KIND_WORDS = java.util.Map.of(
            ProposalKind.WARNING, List.of("警告"),
            ProposalKind.FINE, List.of("罚款"),
            ProposalKind.CONFISCATION, List.of("没收"),
            ProposalKind.SUSPENSION, List.of("停产停业", "暂扣"),
            ProposalKind.REVOCATION, List.of("吊销"),
            ProposalKind.CLOSURE, List.of("关闭", "限制从业"));

    private static int days(ActionInput input, int otherwise) {
        return input.days() == null || input.days() <= 0 || input.days() > 365 ? otherwise : input.days();
    }

    private static Proposal checkedProposal(Proposal proposal) {
        if (proposal == null || proposal.kind() == null) {
            throw new InvalidField("proposal", "case.field.proposal");
        }
        var needsAmount = proposal.kind() == ProposalKind.FINE || proposal.kind() == ProposalKind.CONFISCATION;
        if (needsAmount
                && (proposal.fine() == null
                        || proposal.fine().signum() <= 0
                        || proposal.fine().compareTo(new BigDecimal("1000000000")) > 0)) {
            throw new InvalidField("proposal.fine", "case.field.proposal");
        }
        return proposal;
    }

    private String label(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    private CaseState visibleCase(StaffUser user, UUID caseId) {
        return cases.find(caseId)
                .filter(state -> organization.isVisible(user, state.unitId()))
                .orElseThrow(() -> new NotFound("case"));
    }

    private static void checkParty(OpenCase.PartyInput party, String field) {
        if (party == null || party.kind() == null) {
            throw new InvalidField(field + ".kind", "case.field.party-kind");
        }
        if (party.name() == null || party.name().isBlank() || party.name().length() > 200) {
            throw new InvalidField(field + ".name", "case.field.party-name");
        }
        var problem = party.kind() == PartyKind.INDIVIDUAL
                ? IdNumber.problem(party.identity())
                : CreditCode.problem(party.identity());
        problem.ifPresent(key -> {
            throw new InvalidField(field + ".identity", key);
        });
    }

    private static String normalisedIdentity(OpenCase.PartyInput party) {
        return party.kind() == PartyKind.INDIVIDUAL
                ? IdNumber.parse(party.identity()).value()
                : CreditCode.parse(party.identity()).value();
    }
}
