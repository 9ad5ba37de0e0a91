package org.sunlight.cases;

import java.math.BigDecimal;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
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
    String list(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("cases", cases.list(user, PageQuery.of(page, 20)));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        return "cases/list";
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
        model.addAttribute(
                "proposalKinds",
                java.util.Arrays.stream(ProposalKind.values())
                        .filter(kind -> kind.category() == view.procedure().category())
                        .toList());
        return "cases/case";
    }

    @PostMapping("/{id}/actions/{action}")
    String act(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) ProposalKind proposalKind,
            @RequestParam(required = false) BigDecimal proposalFine,
            @RequestParam(required = false) String proposalText,
            @RequestParam(defaultValue = "false") boolean proposalMajor,
            @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) String circumstance,
            @RequestParam(required = false) String outOfRangeReason,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate hearingOn,
            @RequestParam(required = false) Integer days,
            @RequestParam(defaultValue = "false") boolean waived,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) ServiceMethod serviceMethod,
            @RequestParam(defaultValue = "false") boolean consented,
            @RequestParam(required = false) UUID officerId,
            @RequestParam(required = false) UUID companionId,
            @RequestParam(defaultValue = "false") boolean refusedToSign,
            RedirectAttributes redirect) {
        var proposal = proposalKind == null
                ? null
                : new Proposal(
                        proposalKind,
                        proposalFine,
                        proposalText,
                        proposalMajor,
                        blankToNull(itemCode),
                        blankToNull(circumstance),
                        outOfRangeReason);
        try {
            cases.perform(
                    user,
                    id,
                    action,
                    new ActionInput(
                            note,
                            proposal,
                            reason,
                            hearingOn,
                            days,
                            waived,
                            receivedOn,
                            serviceMethod,
                            consented,
                            officerId,
                            companionId,
                            refusedToSign));
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
        }
        return "redirect:/console/cases/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
