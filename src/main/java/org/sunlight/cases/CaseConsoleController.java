package org.sunlight.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;
import org.sunlight.platform.Retrievals;

/** Officers and leaders run cases in the console: the list with next deadlines, a new case, the case page. */
@Controller
@RequestMapping("/console/cases")
class CaseConsoleController {

    private final CaseManagement cases;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;
    private final Retrievals retrievals;

    CaseConsoleController(
            CaseManagement cases,
            Organization organization,
            MessageSource messages,
            Clock clock,
            Retrievals retrievals) {
        this.retrievals = retrievals;
        this.cases = cases;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("search") CaseSearchForm search,
            BindingResult binding,
            @RequestParam(required = false) Integer page,
            Model model) {
        var query = PageQuery.of(page, 20);
        PageOf<CaseSummary> found = new PageOf<>(List.of(), query.number(), query.size(), 0);
        // a word where a number or a choice belongs shows at its field (typeMismatch.search.* in the bundle)
        if (!binding.hasErrors()) {
            try {
                found = cases.search(user, search.filter(), query);
            } catch (CaseRefusals.InvalidField refusal) {
                binding.rejectValue(
                        refusal.field(),
                        refusal.messageKey(),
                        refusal.arguments(),
                        text(refusal.messageKey(), refusal.arguments()));
            }
        }
        var units = organization.visibleUnits(user);
        model.addAttribute("cases", found);
        model.addAttribute("searched", !binding.hasErrors());
        model.addAttribute("pagerUrl", search.query("/console/cases"));
        model.addAttribute("units", units);
        model.addAttribute(
                "unitNames",
                units.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                org.sunlight.organization.Unit::id, org.sunlight.organization.Unit::name)));
        model.addAttribute("officers", organization.actingOfficers(user.getUnitId()));
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("stages", stageIds());
        model.addAttribute("scopes", CaseFilter.Scope.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        return "cases/list";
    }

    /** Every stage of every procedure once, in the order the procedures run them. */
    private static List<String> stageIds() {
        var ids = new java.util.LinkedHashSet<String>();
        Procedures.all().forEach(procedure -> procedure.stages().forEach(stage -> ids.add(stage.id())));
        return List.copyOf(ids);
    }

    @GetMapping("/new")
    String newCase(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("procedures", ProcedureKind.values());
        model.addAttribute("officers", validOfficers(user.getUnitId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        return "cases/new";
    }

    /**
     * The unit's officers whose certificate allows acting today, by name (issue 18: expired and revoked certificates
     * are not offered; 行政处罚法 第四十二条).
     */
    private List<org.sunlight.organization.Officer> validOfficers(UUID unitId) {
        var today = LocalDate.now(clock);
        return organization.actingOfficers(unitId).stream()
                .filter(officer -> officer.certificate() != null
                        && officer.certificate().statusOn(today).allowsActing())
                .sorted(java.util.Comparator.comparing(
                        org.sunlight.organization.Officer::name,
                        java.text.Collator.getInstance(java.util.Locale.CHINA)))
                .toList();
    }

    @PostMapping
    String open(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) ProcedureKind procedure,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) PartyKind partyKind,
            @RequestParam(required = false) String partyName,
            @RequestParam(required = false) String partyIdentity,
            @RequestParam(required = false) String partyAddress,
            @RequestParam(required = false) List<UUID> officerIds,
            @RequestParam(required = false) UUID leadOfficerId,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate violationOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate violationEndedOn,
            @RequestParam(defaultValue = "false") boolean violationContinuing,
            @RequestParam(defaultValue = "false") boolean violationHealthHarmed,
            Model model) {
        var parties = new ArrayList<OpenCase.PartyInput>();
        if (partyName != null && !partyName.isBlank() || partyIdentity != null && !partyIdentity.isBlank()) {
            parties.add(new OpenCase.PartyInput(partyKind, partyName, partyIdentity, partyAddress));
        }
        // the lead officer (主办) is the first of the case's officers
        var officers = officerIds == null ? new ArrayList<UUID>() : new ArrayList<>(officerIds);
        try {
            if (leadOfficerId != null) {
                if (!officers.remove(leadOfficerId)) {
                    throw new CaseRefusals.InvalidField("leadOfficerId", "case.field.lead-officer");
                }
                officers.add(0, leadOfficerId);
            }
            var opened = cases.open(
                    user,
                    new OpenCase(
                            procedure,
                            title,
                            summary,
                            parties,
                            officers,
                            itemCode == null || itemCode.isBlank() ? null : itemCode.strip(),
                            new Violation(violationOn, violationEndedOn, violationContinuing, violationHealthHarmed)));
            return "redirect:/console/cases/" + opened.id();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            model.addAttribute("error", text(refusal.messageKey(), refusal.arguments()));
            model.addAttribute("errorField", refusal.field());
            model.addAttribute("procedures", ProcedureKind.values());
            model.addAttribute("officers", validOfficers(user.getUnitId()));
            model.addAttribute("today", LocalDate.now(clock));
            model.addAttribute("serviceMethods", ServiceMethod.values());
            model.addAttribute(
                    "form",
                    new Form(
                            procedure,
                            title,
                            summary,
                            partyKind,
                            partyName,
                            partyIdentity,
                            partyAddress,
                            officerIds,
                            leadOfficerId,
                            itemCode,
                            violationOn,
                            violationEndedOn,
                            violationContinuing,
                            violationHealthHarmed));
            return "cases/new";
        }
    }

    /** What the new-case form held, to show it again with its error. */
    record Form(
            ProcedureKind procedure,
            String title,
            String summary,
            PartyKind partyKind,
            String partyName,
            String partyIdentity,
            String partyAddress,
            List<UUID> officerIds,
            UUID leadOfficerId,
            String itemCode,
            LocalDate violationOn,
            LocalDate violationEndedOn,
            boolean violationContinuing,
            boolean violationHealthHarmed) {}

    @GetMapping("/{id}")
    String show(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        var view = cases.view(user, id);
        retrievals.opened("case", id, id, user.getUsername(), request);
        var procedure = Procedures.of(view.procedure());
        model.addAttribute("kase", view);
        model.addAttribute("procedure", procedure);
        model.addAttribute("stage", procedure.stage(view.stage()).orElseThrow());
        model.addAttribute(
                "actions",
                view.actions().stream()
                        .map(action ->
                                procedure.transition(view.stage(), action).orElseThrow())
                        .toList());
        model.addAttribute(
                "officers",
                view.officerIds().stream()
                        .map(officerId -> organization.officer(officerId).orElse(null))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute(
                "joinable",
                validOfficers(view.unitId()).stream()
                        .filter(officer -> !view.officerIds().contains(officer.id()))
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        model.addAttribute("discretionBands", cases.discretionBands(user, id));
        model.addAttribute("penaltyAdjustments", cases.penaltyAdjustments(user, id));
        var confirmations = new java.util.HashMap<String, String>();
        for (var transition : procedure.from(view.stage())) {
            if (weighty(procedure, transition)) {
                confirmations.put(transition.action().id(), confirmation(procedure, transition));
            }
        }
        model.addAttribute("confirmations", confirmations);
        model.addAttribute("proposalKinds", procedure.proposableIn(view.stage()));
        return "cases/case";
    }

    /**
     * Whether the action settles something for good (issue 18, point 5): a decision, a refusal to file, to license or
     * to accept, the end of the investigation, the case closed or archived; the page asks before it is taken.
     */
    static boolean weighty(Procedure procedure, Transition transition) {
        if (transition.withinStage()) {
            return false;
        }
        return transition.is(ActionTrait.DECIDES)
                || procedure.stage(transition.to()).map(Stage::terminal).orElse(false)
                || java.util.EnumSet.of(
                                CaseAction.DECLINE,
                                CaseAction.CONCLUDE_INVESTIGATION,
                                CaseAction.REFUSE_APPLICATION,
                                CaseAction.TRANSFER,
                                CaseAction.END_HEARING,
                                CaseAction.APPLY_TO_COURT,
                                CaseAction.END_EXECUTION,
                                CaseAction.CLOSE,
                                CaseAction.ARCHIVE)
                        .contains(transition.action());
    }

    /** What the confirmation says: the action, the stage it leads to, the documents it issues; never undone. */
    private String confirmation(Procedure procedure, Transition transition) {
        var documents = transition.documents().stream()
                .map(document -> text(document.labelKey()))
                .collect(java.util.stream.Collectors.joining("、"));
        return text(
                documents.isEmpty() ? "case.confirm" : "case.confirm.documents",
                text(transition.labelKey()),
                text("stage." + transition.to()),
                documents);
    }

    @PostMapping("/{id}/actions/{action}")
    String act(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @ModelAttribute ActionForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        try {
            var malformed = binding.getFieldError();
            if (malformed != null) {
                throw new CaseRefusals.InvalidField(
                        malformed.getField(),
                        "case.field.malformed",
                        text("case.input." + malformed.getField()),
                        String.valueOf(malformed.getRejectedValue()));
            }
            cases.perform(user, id, action, form.input());
            redirect.addFlashAttribute(
                    "success",
                    text(
                            "case.done",
                            text(CaseAction.find(action)
                                    .map(CaseAction::labelKey)
                                    .orElse(action))));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
            // the form comes back as typed, the refused field marked (issue 18, point 2)
            redirect.addFlashAttribute("typedAction", action);
            redirect.addFlashAttribute("typed", ActionForm.typed(binding));
            // the rows of a structured record as typed, row by row: the inquiry's questions and answers, the persons
            // present at an inspection
            redirect.addFlashAttribute(
                    "typedExchanges",
                    List.copyOf(form.getInquiry().getExchanges().values()));
            redirect.addFlashAttribute(
                    "typedPresent",
                    List.copyOf(form.getSiteRecord().getPresent().values()));
            redirect.addFlashAttribute("failureField", ActionForm.inputOf(refusal.field()));
            // back to the refused form (only an action the product knows names an anchor)
            return "redirect:/console/cases/" + id
                    + CaseAction.find(action)
                            .map(known -> "#action-" + known.id())
                            .orElse("");
        }
        return "redirect:/console/cases/" + id;
    }

    /**
     * A form naming an input no form has (a record's row numbered with letters: {@code inquiry.exchanges[x].question})
     * cannot be bound at all: it is refused on its case page, nothing taken, never a 500.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    String unknownInput(jakarta.servlet.http.HttpServletRequest request) {
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request)
                .put("failure", text("case.field.unknown"));
        var variables =
                request.getAttribute(org.springframework.web.servlet.HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof java.util.Map<?, ?> map && map.get("id") instanceof String id) {
            try {
                return "redirect:/console/cases/" + UUID.fromString(id);
            } catch (IllegalArgumentException notAnId) {
                // falls through to the list
            }
        }
        return "redirect:/console/cases";
    }

    /** The address of an action opened again (reloaded, bookmarked) shows its case; actions are taken by POST only. */
    @GetMapping("/{id}/actions/{action}")
    String actionAddress(@PathVariable UUID id) {
        return "redirect:/console/cases/" + id;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
