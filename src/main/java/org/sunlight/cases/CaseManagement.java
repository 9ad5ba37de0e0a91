package org.sunlight.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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

    /** The acts that name the officer they are about (joining, 回避). */
    private static final java.util.Set<CaseAction> ABOUT_AN_OFFICER = java.util.EnumSet.of(
            CaseAction.ADD_OFFICER,
            CaseAction.REQUEST_RECUSAL,
            CaseAction.RECUSE,
            CaseAction.REFUSE_RECUSAL,
            CaseAction.REQUEST_HEARING,
            CaseAction.REQUEST_LICENSING_HEARING,
            CaseAction.ANNOUNCE_LICENSING_HEARING);

    /** The acts whose document states the reason given (撤案, 移送): the reason goes into the act's note. */
    private static final java.util.Set<CaseAction> REASON_PRINTED = java.util.EnumSet.of(
            CaseAction.WITHDRAW_CASE,
            CaseAction.TRANSFER_TO_ORGAN,
            CaseAction.END_HEARING,
            CaseAction.RECORD_ENFORCEMENT,
            CaseAction.END_EXECUTION);

    private final Cases cases;
    private final CaseRules rules;
    private final CaseEffects effects;
    private final Proposals proposals;
    private final Organization organization;
    private final org.sunlight.catalog.Catalog catalog;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ActionGuard> guards;
    /** {@link #guards} once resolved. */
    private volatile List<ActionGuard> guardList;

    private final List<CaseDocumentNumbers> documentNumbers;
    private final CaseProperties properties;
    private final org.sunlight.platform.ColumnLengths lengths;
    private final Inquiries inquiries;
    private final SiteRecords siteRecords;

    CaseManagement(
            Cases cases,
            CaseRules rules,
            CaseEffects effects,
            Proposals proposals,
            Organization organization,
            org.sunlight.catalog.Catalog catalog,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            org.springframework.context.MessageSource messages,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<ActionGuard> guards,
            List<CaseDocumentNumbers> documentNumbers,
            CaseProperties properties,
            org.sunlight.platform.ColumnLengths lengths) {
        this.properties = properties;
        this.lengths = lengths;
        var transcripts = new TranscriptChecks(messages);
        this.inquiries = new Inquiries(transcripts);
        this.siteRecords = new SiteRecords(transcripts);
        this.cases = cases;
        this.rules = rules;
        this.effects = effects;
        this.proposals = proposals;
        this.organization = organization;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
        this.guards = guards;
        this.documentNumbers = documentNumbers;
    }

    @Transactional
    public CaseView open(StaffUser user, OpenCase command) {
        // a case is opened by an officer of the unit that handles it (行政处罚法 第四十二条: officers enforce)
        if (!user.hasRole(org.sunlight.organization.Role.OFFICER)) {
            throw new RoleMissing(label(org.sunlight.organization.Role.OFFICER.labelKey(), "OFFICER"));
        }
        return create(user, command);
    }

    /**
     * A routine inspection opened by a random draw (双随机): the draw, recorded and verifiable, decides that the case
     * exists and who inspects, so whoever of the unit finished the draw opens it, whatever their role.
     */
    @Transactional
    public CaseView openDrawnInspection(StaffUser user, OpenCase command) {
        if (command.procedure() != ProcedureKind.INSPECTION) {
            throw new InvalidField("procedure", "case.field.procedure");
        }
        return create(user, command);
    }

    private CaseView create(StaffUser user, OpenCase command) {
        if (command.procedure() == null) {
            throw new InvalidField("procedure", "case.field.procedure");
        }
        var title = command.title() == null ? "" : command.title().strip();
        if (title.isEmpty() || !lengths.fits("cases.enforcement_case.title", title)) {
            throw new InvalidField("title", "case.field.title", lengths.max("cases.enforcement_case.title"));
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
        var violation = command.violation();
        if (violation != null) {
            checkViolation(violation, LocalDate.now(clock));
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
            if (!lengths.fits(
                    "cases.enforcement_case.item_code", command.itemCode().strip())) {
                throw new InvalidField(
                        "itemCode", "case.field.item-code", lengths.max("cases.enforcement_case.item_code"));
            }
            cases.setItem(id, command.itemCode().strip());
        }
        if (violation != null && violation.on() != null) {
            cases.recordViolation(id, violation);
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

    /**
     * An inspector of a drawn inspection replaced by a re-matching the draw records with its reason (双随机): only
     * before the inspection started, while the case is in its first stage; false when it is not (or the officers are
     * not as stated), and nothing changes then.
     */
    @Transactional
    public boolean replaceDrawnInspector(UUID caseId, UUID leaving, UUID joining) {
        var state = cases.find(caseId).orElse(null);
        if (state == null
                || state.procedure() != ProcedureKind.INSPECTION
                || !state.stage().equals(Procedures.of(ProcedureKind.INSPECTION).initialStage())) {
            return false;
        }
        return cases.replaceOfficer(caseId, leaving, joining);
    }

    /** Takes an action on a case by its id (as URLs name it), or refuses it naming what is missing. */
    @Transactional
    public CaseView perform(StaffUser user, UUID caseId, String action, ActionInput input) {
        var state = visibleCase(user, caseId);
        var known = CaseAction.find(action);
        if (known.isEmpty()) {
            throw new ActionNotAvailable(action, label("stage." + state.stage(), state.stage()));
        }
        return perform(user, state, known.get(), input);
    }

    /** Takes an action on a case, or refuses it naming what is missing; a refused action changes nothing. */
    @Transactional
    public CaseView perform(StaffUser user, UUID caseId, CaseAction action, ActionInput input) {
        return perform(user, visibleCase(user, caseId), action, input);
    }

    /**
     * Takes an action on a case as {@link #perform(StaffUser, UUID, CaseAction, ActionInput)} does, with every check,
     * effect, document and audit entry, for a caller that does not show the case afterwards: returns only the stage the
     * case is in now, not the whole {@link CaseView} (its acts, deadlines and the actions open to the user).
     */
    @Transactional
    public String act(StaffUser user, UUID caseId, CaseAction action, ActionInput input) {
        return act(user, visibleCase(user, caseId), action, input).to();
    }

    /**
     * Refuses ({@code OWN_UNIT_ACTS}, 403) anyone but the staff of the unit that handles the case: superior units read
     * a case and what is gathered for it (evidence too), and act in it only once they have taken it over.
     */
    public void requireHandlingUnit(StaffUser user, UUID caseUnitId) {
        if (!caseUnitId.equals(user.getUnitId())) {
            throw new CaseRefusals.OwnUnitActs(organization
                    .unit(caseUnitId)
                    .map(org.sunlight.organization.Unit::name)
                    .orElse(""));
        }
    }

    private CaseView perform(StaffUser user, CaseState state, CaseAction action, ActionInput input) {
        act(user, state, action, input);
        return view(user, state.id());
    }

    private Transition act(StaffUser user, CaseState state, CaseAction action, ActionInput input) {
        var caseId = state.id();
        var procedure = Procedures.of(state.procedure());
        var transition = procedure
                .transition(state.stage(), action)
                .orElseThrow(() -> new ActionNotAvailable(
                        label(action.labelKey(), action.id()), label("stage." + state.stage(), state.stage())));
        requireHandlingUnit(user, state.unitId());
        if (transition.roles().stream().noneMatch(user::hasRole)) {
            throw new RoleMissing(String.join(
                    "、",
                    transition.roles().stream()
                            .sorted()
                            .map(role -> label(role.labelKey(), role.name()))
                            .toList()));
        }
        var actionInput = input == null ? ActionInput.none() : input;
        if (transition.is(ActionTrait.PROPOSES)) {
            proposals.checked(state, actionInput.proposal());
        }
        var today = LocalDate.now(clock);
        // 行政处罚法 第五十五条: the act that issues the 询问笔录 or 现场检查笔录 may carry it as a structured record; a
        // record given to an act that writes none is refused, not dropped
        var writesInquiry = transition.documents().contains(DocumentKind.INQUIRY_RECORD);
        var writesSiteRecord = transition.documents().contains(DocumentKind.SITE_RECORD);
        if (actionInput.inquiry() != null) {
            if (!writesInquiry) {
                throw new CaseRefusals.InvalidField(
                        "inquiry",
                        "case.record.not-written",
                        label(transition.labelKey(), transition.action().id()));
            }
            inquiries.check(state, actionInput.inquiry(), java.time.LocalDateTime.now(clock));
        }
        if (actionInput.siteRecord() != null) {
            if (!writesSiteRecord) {
                throw new CaseRefusals.InvalidField(
                        "siteRecord",
                        "case.record.not-written",
                        label(transition.labelKey(), transition.action().id()));
            }
            siteRecords.check(state, actionInput.siteRecord(), java.time.LocalDateTime.now(clock));
        }
        var context = new CaseRules.Context(
                state, transition, user, actionInput, today, cases, new java.util.LinkedHashMap<>());
        var guarded = new GuardedAction(
                caseId,
                state.unitId(),
                state.procedure(),
                state.stage(),
                transition,
                actionInput,
                user,
                state.proposalFacts());
        boolean guardsAsked = false;
        for (var rule : transition.rules()) {
            if (rule == Rule.MAJOR_DECISION_REVIEWED) {
                // the review module answers this rule (L2, L5), in its place among the step's rules
                guards().stream().forEach(guard -> guard.check(guarded));
                guardsAsked = true;
            } else {
                rules.check(rule, context);
            }
        }
        if (!guardsAsked) {
            guards().stream().forEach(guard -> guard.check(guarded));
        }
        if (!cases.advance(state, transition.to())) {
            throw new ChangedMeanwhile();
        }
        effects.apply(transition.effect(), new CaseEffects.Context(state, transition, actionInput, today));
        if (transition.is(ActionTrait.PROPOSES) || transition.is(ActionTrait.HEARING)) {
            assessProposal(caseId);
        }
        for (var stopped : transition.stops()) {
            cases.meetDeadline(caseId, stopped, today);
        }
        // the party's periods run from the day the served document reached it, not from the day it was issued
        var clockStart = Services.receivedOn(state, transition, actionInput, today);
        for (var started : transition.starts()) {
            start(state, started, actionInput, clockStart);
        }
        cases.recordAct(
                caseId,
                transition,
                user.getUsername(),
                ABOUT_AN_OFFICER.contains(transition.action())
                        ? aboutTheOfficer(transition.action(), actionInput)
                        : COERCION_NOTES.contains(transition.action())
                                ? coercionNote(state, transition.action(), actionInput)
                                : REASON_PRINTED.contains(transition.action())
                                        ? withReason(actionInput)
                                        : noteOf(actionInput),
                transition.is(ActionTrait.SERVES) ? clockStart : null,
                transition.is(ActionTrait.SERVES) ? actionInput.serviceMethod() : null,
                new Cases.ActingOfficers(
                        ABOUT_AN_OFFICER.contains(transition.action()) ? actionInput.officerId() : null,
                        // the companion named where the rules checked it (第四十二条): the officers who acted
                        transition.rules().contains(Rule.TWO_OFFICERS_ACT)
                                        || transition.rules().contains(Rule.TWO_CERTIFIED_OFFICERS)
                                ? actionInput.companionId()
                                : null,
                        actionInput.refusedToSign()),
                actionInput.inquiry(),
                actionInput.siteRecord());
        if (transition.is(ActionTrait.DECIDES)) {
            var decided = cases.find(caseId).orElseThrow();
            events.publishEvent(new CaseDecided(
                    caseId,
                    state.unitId(),
                    state.procedure(),
                    transition.action(),
                    decided.proposalKind(),
                    decided.proposalFine(),
                    today));
        }
        if (transition.is(ActionTrait.DECIDES_ON_HELD_LICENCE)) {
            var altered = cases.find(caseId).orElseThrow();
            events.publishEvent(new HeldLicenceDecided(
                    caseId,
                    state.unitId(),
                    state.procedure(),
                    transition.action(),
                    transition.documents().get(0),
                    today,
                    transition.action() == CaseAction.CHANGE_LICENCE
                            ? cases.licenceChange(caseId).orElse(null)
                            : null,
                    altered.licenceValidUntil()));
        }
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
                actionInput.reason(),
                transition.starts().isEmpty()
                                && transition.stops().isEmpty()
                                && !transition.effect().movesPeriods()
                        ? List.of()
                        : cases.deadlines(caseId),
                actingOfficers(context),
                transition.is(ActionTrait.PROPOSES) ? actionInput.proposal().fine() : state.proposalFine()));
        return transition;
    }

    /**
     * The officers who acted where 行政处罚法 第四十二条 governs the act: the actor and the companion the act named, and for
     * a step all the case's officers take (two certified officers), every officer of the case; each with the check of
     * their certificate on the day, the one the rules made where they made it.
     */
    private List<org.sunlight.organization.CertificateCheck> actingOfficers(CaseRules.Context context) {
        var rules = context.transition().rules();
        boolean everyOfficer = rules.contains(Rule.TWO_CERTIFIED_OFFICERS);
        if (!everyOfficer && !rules.contains(Rule.TWO_OFFICERS_ACT)) {
            return List.of();
        }
        var acting = new java.util.LinkedHashSet<UUID>();
        if (everyOfficer) {
            acting.addAll(context.state().officerIds());
        }
        if (context.actor().getOfficerId() != null) {
            acting.add(context.actor().getOfficerId());
        }
        if (context.input().companionId() != null) {
            acting.add(context.input().companionId());
        }
        var checks = new ArrayList<org.sunlight.organization.CertificateCheck>();
        for (var officerId : acting) {
            var check = context.certificates().get(officerId);
            if (check == null && organization.officer(officerId).isPresent()) {
                check = organization.checkCertificate(
                        officerId, context.today(), context.state().procedure().category());
            }
            if (check != null) {
                checks.add(check);
            }
        }
        return checks;
    }

    /**
     * The act's note as written, with the party's refusal to sign added where there was one: 行政处罚法 第五十二条 wants
     * it noted on the document delivered, which prints the notes of the case's acts.
     */
    private String noteOf(ActionInput input) {
        if (!input.refusedToSign()) {
            return input.note();
        }
        var refusal = label("case.refused-to-sign.note", "当事人拒绝签收");
        return input.note() == null || input.note().isBlank()
                ? refusal
                : input.note().strip() + "；" + refusal;
    }

    /**
     * The note of an act about an officer names them and, for 回避, carries the grounds or the leader's reason, so that
     * the 回避决定书 printed from the case's notes states them.
     */
    private String aboutTheOfficer(CaseAction action, ActionInput input) {
        var name = organization
                .officer(input.officerId())
                .map(org.sunlight.organization.Officer::name)
                .orElse("");
        var reason = input.reason() == null || input.reason().isBlank()
                ? ""
                : input.reason().strip();
        var written = input.note() == null || input.note().isBlank()
                ? ""
                : input.note().strip();
        // 行政处罚法 第六十四条第二项: the 听证通知书 states when the party asked, the day and place of the hearing and who
        // presides (the place is checked, and the act refused without it, by CaseEffects before the note is kept)
        var place = input.hearingPlace() == null ? "" : input.hearingPlace().strip();
        var hearing = action == CaseAction.REQUEST_HEARING
                ? messages.getMessage(
                        "case.act.hearing",
                        new Object[] {
                            String.valueOf(Hearings.requestedOn(input, LocalDate.now(clock))),
                            String.valueOf(input.hearingOn()),
                            place
                        },
                        java.util.Locale.SIMPLIFIED_CHINESE)
                // 行政许可法 第四十八条第一款第一项: the 听证通知书 (or 公告) states the time and place of the hearing
                : action == CaseAction.REQUEST_LICENSING_HEARING || action == CaseAction.ANNOUNCE_LICENSING_HEARING
                        ? messages.getMessage(
                                "case.act." + action.id(),
                                new Object[] {
                                    String.valueOf(Hearings.requestedOn(input, LocalDate.now(clock))),
                                    String.valueOf(input.hearingOn()),
                                    place
                                },
                                java.util.Locale.SIMPLIFIED_CHINESE)
                        : "";
        return String.join(
                "；",
                java.util.stream.Stream.of(
                                hearing, label("case.act.officer." + action.id(), action.id()) + name, reason, written)
                        .filter(part -> !part.isEmpty())
                        .toList());
    }

    /**
     * The note of a coercion or preservation act, which its document prints: the reason (or ground, or legal basis),
     * and for a seizure's extension and a testing period the days and the seizure's new end (行政强制法 第二十五条), for a
     * release the day the goods were returned (第二十八条), for a handling the follow-up case's decision (第二十七条).
     */
    private String coercionNote(CaseState state, CaseAction action, ActionInput input) {
        var parts = new java.util.ArrayList<String>();
        var locale = java.util.Locale.SIMPLIFIED_CHINESE;
        var seizureEnd = cases.deadline(state.id(), Procedures.SEIZURE.id())
                .map(deadline -> String.valueOf(deadline.dueOn()))
                .orElse("");
        switch (action) {
            case EXTEND_SEIZURE -> parts.add(
                    messages.getMessage("case.act.seizure-extended", new Object[] {input.days(), seizureEnd}, locale));
            case NOTIFY_TESTING -> parts.add(
                    messages.getMessage("case.act.testing-period", new Object[] {input.days(), seizureEnd}, locale));
            case EXTEND_LICENSING_LIMIT, NOTIFY_EXCLUDED_PERIOD -> parts.add(messages.getMessage(
                    "case.act." + action.id(),
                    new Object[] {
                        input.days(),
                        cases.deadline(state.id(), Procedures.LICENSING_DECISION_LIMIT.id())
                                .map(deadline -> String.valueOf(deadline.dueOn()))
                                .orElse("")
                    },
                    locale));
            case INFORM_LICENSING_HEARING_RIGHT -> parts.add(messages.getMessage(
                    "case.act." + action.id(),
                    new Object[] {
                        cases.deadline(state.id(), Procedures.LICENSING_HEARING_REQUEST.id())
                                .map(deadline -> String.valueOf(deadline.dueOn()))
                                .orElse("")
                    },
                    locale));
            case HOLD_LICENSING_HEARING -> parts.add(messages.getMessage(
                    "case.act." + action.id(),
                    new Object[] {
                        effects.excludedHearingDays(state, LocalDate.now(clock)),
                        cases.deadline(state.id(), Procedures.LICENSING_DECISION_LIMIT.id())
                                .map(deadline -> String.valueOf(deadline.dueOn()))
                                .orElse("")
                    },
                    locale));
            case GRANT_LICENCE -> {
                if (input.validUntil() != null) {
                    parts.add(messages.getMessage(
                            "case.act.licence-term", new Object[] {String.valueOf(input.validUntil())}, locale));
                }
            }
            case APPLY_FOR_RENEWAL -> parts.add(messages.getMessage(
                    "case.act.apply-for-renewal", new Object[] {String.valueOf(state.licenceValidUntil())}, locale));
            case RENEW_LICENCE -> {
                var ended = state.licenceValidUntil();
                if (ended != null && LocalDate.now(clock).isAfter(ended)) {
                    // 行政许可法 第五十条第二款: no decision before the term ended, so the renewal was deemed granted
                    parts.add(messages.getMessage(
                            "case.act.renewal-deemed", new Object[] {String.valueOf(ended)}, locale));
                }
                parts.add(messages.getMessage(
                        "case.act.licence-term", new Object[] {String.valueOf(input.validUntil())}, locale));
            }
            case RELEASE -> parts.add(messages.getMessage(
                    "case.act.goods-returned", new Object[] {String.valueOf(input.returnedOn())}, locale));
            case RECORD_CONFISCATION, DESTROY_SEIZED -> cases.find(state.id())
                    .map(CaseState::followUpCaseId)
                    .flatMap(cases::find)
                    .ifPresent(followUp -> parts.add(messages.getMessage(
                            "case.act.handled-in-case",
                            new Object[] {
                                followUp.title(),
                                followUp.proposalKind() == null
                                        ? ""
                                        : label(followUp.proposalKind().labelKey(), "")
                            },
                            locale)));
            default -> {}
        }
        if (input.reason() != null && !input.reason().isBlank()) {
            parts.add((action == CaseAction.APPLY_FOR_CHANGE
                            ? label("case.act.change-what", "申请变更的许可事项：")
                            : label("case.act.reason", "理由："))
                    + input.reason().strip());
        }
        if (input.note() != null && !input.note().isBlank()) {
            parts.add(input.note().strip());
        }
        return String.join("；", parts);
    }

    /** The acts whose note {@link #coercionNote} writes. */
    private static final java.util.Set<CaseAction> COERCION_NOTES = java.util.EnumSet.of(
            CaseAction.SEIZE_ON_THE_SPOT,
            CaseAction.REPORT_TO_LEADER,
            CaseAction.EXTEND_SEIZURE,
            CaseAction.NOTIFY_TESTING,
            CaseAction.RELEASE,
            CaseAction.RECORD_CONFISCATION,
            CaseAction.DESTROY_SEIZED,
            CaseAction.APPROVE_PRESERVATION,
            CaseAction.DECIDE_PRESERVATION,
            CaseAction.REQUEST_CORRECTION,
            CaseAction.EXTEND_LICENSING_LIMIT,
            CaseAction.NOTIFY_EXCLUDED_PERIOD,
            CaseAction.INFORM_LICENSING_HEARING_RIGHT,
            CaseAction.HOLD_LICENSING_HEARING,
            CaseAction.GRANT_LICENCE,
            CaseAction.APPLY_FOR_CHANGE,
            CaseAction.CHANGE_LICENCE,
            CaseAction.REFUSE_CHANGE,
            CaseAction.APPLY_FOR_RENEWAL,
            CaseAction.RENEW_LICENCE,
            CaseAction.REFUSE_RENEWAL);

    private String withReason(ActionInput input) {
        var reason = label("case.act.reason", "理由：") + input.reason().strip();
        return input.note() == null || input.note().isBlank()
                ? reason
                : reason + "；" + input.note().strip();
    }

    /** Asks the review module whether the case's proposal, as it now stands, is major (L2), and records its answer. */
    private void assessProposal(UUID caseId) {
        var facts = cases.find(caseId).orElseThrow().proposalFacts();
        var because = guards().stream()
                .map(guard -> guard.majorBecause(facts))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(null);
        cases.majorBy(caseId, because);
    }

    public CaseView view(StaffUser user, UUID caseId) {
        var state = visibleCase(user, caseId);
        var actions = Procedures.of(state.procedure()).from(state.stage()).stream()
                .filter(transition -> transition.roles().stream().anyMatch(user::hasRole))
                .map(Transition::action)
                .toList();
        return toView(state, actions);
    }

    private CaseView toView(CaseState state, List<CaseAction> actions) {
        var caseId = state.id();
        var deadlines = cases.deadlines(caseId);
        var acts = cases.acts(caseId);
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
                guards().stream().anyMatch(guard -> guard.cleared(state.proposalFacts())),
                state.proposalVersion(),
                state.originCaseId(),
                state.followUpCaseId(),
                state.parties(),
                state.officerIds(),
                acts,
                deadlines,
                actions,
                CaseView.lateSurcharge(state.proposalFine(), deadlines, LocalDate.now(clock)),
                state.violation(),
                state.proposalMitigation(),
                state.proposalGround(),
                rules.hearingAllowed(state),
                basis(state),
                organization
                        .unit(state.unitId())
                        .flatMap(unit -> properties.particulars(unit.divisionCode()))
                        .orElse(null),
                actingOfficers(state, acts),
                state.proposalListDeparture(),
                state.proposalListDepartureReason(),
                state.hearingOn(),
                state.hearingPlace());
    }

    /** The item and discretion standard the proposal (or, failing it, the case) names, with their published bases. */
    private CaseView.Basis basis(CaseState state) {
        var item = state.proposalItemCode() != null ? state.proposalItemCode() : state.itemCode();
        if (item == null || item.isBlank()) {
            return null;
        }
        var itemBasis = catalog.itemLegalBasis(state.unitId(), item.strip()).orElse(null);
        var band = state.proposalCircumstance() == null
                ? null
                : catalog.discretionBand(state.unitId(), item.strip(), state.proposalCircumstance())
                        .orElse(null);
        return new CaseView.Basis(
                item.strip(),
                itemBasis,
                band == null ? null : band.code(),
                band == null ? null : band.circumstance(),
                band == null || band.legalBasis().isBlank() ? null : band.legalBasis());
    }

    /**
     * The officers of the case who acted in it (行政处罚法 第四十二条): who took one of its acts or went with the one who
     * did; an officer only listed is not among them.
     */
    private List<UUID> actingOfficers(CaseState state, List<CaseView.Act> acts) {
        var actors = acts.stream().map(CaseView.Act::actor).collect(java.util.stream.Collectors.toSet());
        var acted = new java.util.HashSet<UUID>();
        for (var member : organization.staffWithRole(state.unitId(), org.sunlight.organization.Role.OFFICER)) {
            if (member.officerId() != null && actors.contains(member.username())) {
                acted.add(member.officerId());
            }
        }
        for (var act : acts) {
            if (act.companionId() != null) {
                acted.add(act.companionId());
            }
        }
        return state.officerIds().stream().filter(acted::contains).toList();
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
        return search(user, CaseFilter.none(), page);
    }

    /**
     * The cases the user may read that match the filter, newest first; a filter that cannot match as written (a
     * malformed credit code or ID number, an unknown stage, a unit outside the user's scope) is refused naming the field.
     */
    public PageOf<CaseSummary> search(StaffUser user, CaseFilter filter, PageQuery page) {
        var visible = organization.visibleUnitIds(user);
        var today = LocalDate.now(clock);
        var title = words(filter.title(), "title", 200);
        var party = words(filter.party(), "party", 200);
        var identity = identity(filter.identity());
        var number = words(filter.documentNumber(), "documentNumber", 60);
        var stage = words(filter.stage(), "stage", 40);
        if (stage != null
                && Procedures.all().stream().noneMatch(p -> p.stage(stage).isPresent())) {
            throw new InvalidField("stage", "case.search.stage");
        }
        if (filter.unitId() != null && !visible.contains(filter.unitId())) {
            throw new InvalidField("unitId", "case.search.unit");
        }
        var within = filter.dueWithinDays();
        if (within != null && (within < 0 || within > CaseFilter.MAX_DUE_WITHIN_DAYS)) {
            throw new InvalidField("dueWithinDays", "case.search.due-within", CaseFilter.MAX_DUE_WITHIN_DAYS);
        }
        java.util.Set<UUID> numbered = null;
        if (number != null) {
            numbered = new java.util.HashSet<>();
            for (var lookup : documentNumbers) {
                numbered.addAll(lookup.casesNumbered(number));
            }
        }
        var criteria = new Cases.Criteria(
                today,
                numbered,
                title,
                party,
                identity,
                stage,
                filter.procedure(),
                filter.officerId(),
                filter.unitId(),
                within == null ? null : today.plusDays(within),
                filter.overdue(),
                filter.scope() == CaseFilter.Scope.WAITING ? waiting(user) : null,
                filter.scope() == CaseFilter.Scope.MINE
                        ? new Cases.Mine(user.getUsername(), user.getOfficerId())
                        : null);
        return cases.search(visible, criteria, page);
    }

    /** The circumstances of a discretion standard (A4), from the lightest. */
    public static final List<String> CIRCUMSTANCES = List.of("轻微", "一般", "较重", "严重");

    /**
     * The bands of the published discretion standard for the case's item (or the item its proposal names), shown
     * beside the proposal before it is submitted; empty when the case names no item or the item has no standard.
     */
    public List<org.sunlight.catalog.DiscretionBand> discretionBands(StaffUser user, UUID caseId) {
        var state = visibleCase(user, caseId);
        var item = state.proposalItemCode() != null ? state.proposalItemCode() : state.itemCode();
        if (item == null || item.isBlank()) {
            return List.of();
        }
        return CIRCUMSTANCES.stream()
                .map(circumstance -> catalog.discretionBand(state.unitId(), item.strip(), circumstance))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /**
     * The entries of the published 不予处罚、首违不罚、从轻、减轻、从重处罚清单 for the case's item (or the item its proposal
     * names), shown beside the proposal with the discretion standard before it is submitted.
     */
    public List<org.sunlight.catalog.PenaltyAdjustment> penaltyAdjustments(StaffUser user, UUID caseId) {
        var state = visibleCase(user, caseId);
        var item = state.proposalItemCode() != null ? state.proposalItemCode() : state.itemCode();
        return catalog.penaltyAdjustments(state.unitId(), item);
    }

    /** How many cases wait for the user (待我办理) and how many are theirs (我的案件). */
    public Workload workload(StaffUser user) {
        var one = new PageQuery(0, 1);
        return new Workload(
                search(user, CaseFilter.of(CaseFilter.Scope.WAITING), one).totalElements(),
                search(user, CaseFilter.of(CaseFilter.Scope.MINE), one).totalElements());
    }

    /** The counts of the user's 工作台. */
    public record Workload(long waiting, long mine) {}

    /** The stages whose actions the user's roles may take; an officer's only on the cases they handle. */
    private Cases.Waiting waiting(StaffUser user) {
        var roleStages = new java.util.TreeSet<String>();
        var officerStages = new java.util.TreeSet<String>();
        for (var procedure : Procedures.all()) {
            for (var transition : procedure.transitions()) {
                if (transition.traits().contains(ActionTrait.INCIDENTAL)) {
                    continue;
                }
                var pair = procedure.kind().name() + ":" + transition.from();
                for (var role : transition.roles()) {
                    if (!user.hasRole(role)) {
                        continue;
                    }
                    if (role == org.sunlight.organization.Role.OFFICER) {
                        officerStages.add(pair);
                    } else {
                        roleStages.add(pair);
                    }
                }
            }
        }
        return new Cases.Waiting(user.getUnitId(), roleStages, officerStages, user.getOfficerId());
    }

    private static String words(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidField(field, "case.search.too-long", max);
        }
        return stripped;
    }

    /** A credit code or an ID number, as stored (upper case), or refused when it is neither. */
    private static String identity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (CreditCode.problem(stripped).isEmpty()) {
            return CreditCode.parse(stripped).value();
        }
        if (IdNumber.problem(stripped).isEmpty()) {
            return IdNumber.parse(stripped).value();
        }
        throw new InvalidField("identity", "case.search.identity");
    }

    /** Running deadlines past their day in the user's units. */
    public long overdueDeadlines(StaffUser user) {
        return cases.overdue(organization.visibleUnitIds(user), LocalDate.now(clock));
    }

    private void start(CaseState state, DeadlineRule rule, ActionInput input, LocalDate today) {
        var caseId = state.id();
        if (rule.equals(Procedures.PAYMENT)) {
            // 行政处罚法 第六十七条: only a fine or a confiscated amount is paid
            var decided = cases.find(caseId).orElseThrow();
            if (decided.proposalKind() == null || !decided.proposalKind().carriesAmount()) {
                return;
            }
        }
        if (rule.equals(Procedures.RENEWAL_DECISION)) {
            // 行政许可法 第五十条第二款: decided before the licence's term ends (the rules checked there is one)
            if (state.licenceValidUntil() != null) {
                cases.startDeadline(caseId, rule, today, state.licenceValidUntil(), false);
            }
            return;
        }
        int days = rule.days() > 0 ? rule.days() : input.days() == null ? 0 : input.days();
        if (rule.equals(Procedures.LICENSING_DECISION_LIMIT)) {
            // 行政许可法 第三十二条: an application not refused and with no correction asked within 5 working days counts as
            // accepted from the day it was received, and the limit runs from then
            var acceptance = cases.deadline(caseId, Procedures.ACCEPTANCE.id()).orElse(null);
            boolean correctionAsked =
                    cases.acts(caseId).stream().anyMatch(act -> act.action() == CaseAction.REQUEST_CORRECTION);
            if (acceptance != null && !correctionAsked && today.isAfter(acceptance.dueOn())) {
                today = acceptance.startedOn();
            }
        }
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
            // 民法典 第二百零三条: a period whose last day is a holiday ends on the next working day
            var due = workingDays.addCalendarDays(today, days);
            cases.startDeadline(caseId, rule, today, due.due(), !due.certain(), days);
        }
    }

    private String label(String key, String otherwise) {
        return messages.getMessage(key, null, otherwise, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * The guards of actions other modules declare, in their order: resolved once, on first use (every one is a
     * singleton of the context), instead of a lookup of the bean factory at each check.
     */
    private List<ActionGuard> guards() {
        var resolved = guardList;
        if (resolved == null) {
            resolved = guards.orderedStream().toList();
            guardList = resolved;
        }
        return resolved;
    }

    private CaseState visibleCase(StaffUser user, UUID caseId) {
        return cases.find(caseId)
                .filter(state -> organization.isVisible(user, state.unitId()))
                .orElseThrow(() -> new NotFound("case"));
    }

    /** 行政处罚法 第三十六条: the days of the offence as they were, never in the future, a continuing act's end after its start. */
    private static void checkViolation(Violation violation, LocalDate today) {
        if (violation.on() == null) {
            if (violation.endedOn() != null) {
                throw new InvalidField("violation.on", "case.field.violation-on");
            }
            return;
        }
        if (violation.on().isAfter(today)) {
            throw new InvalidField("violation.on", "case.field.violation-on");
        }
        if (violation.endedOn() != null
                && (!violation.continuing()
                        || violation.endedOn().isBefore(violation.on())
                        || violation.endedOn().isAfter(today))) {
            throw new InvalidField("violation.endedOn", "case.field.violation-ended-on");
        }
    }

    private void checkParty(OpenCase.PartyInput party, String field) {
        if (party == null || party.kind() == null) {
            throw new InvalidField(field + ".kind", "case.field.party-kind");
        }
        if (party.name() == null || party.name().isBlank()) {
            throw new InvalidField(field + ".name", "case.field.party-name");
        }
        if (!lengths.fits("cases.case_party.name", party.name().strip())) {
            throw new InvalidField(
                    field + ".name", "case.field.party-name-too-long", lengths.max("cases.case_party.name"));
        }
        if (party.address() != null
                && !lengths.fits("cases.case_party.address", party.address().strip())) {
            throw new InvalidField(
                    field + ".address", "case.field.party-address", lengths.max("cases.case_party.address"));
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
