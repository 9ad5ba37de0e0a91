package org.sunlight.supervision;

import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/** Matters of accountability (A9): the list, opening one, its trace-back with proofs, statements and outcome. */
@Controller
@RequestMapping("/console/supervision/accountability")
class AccountabilityConsoleController {

    private final Accountabilities matters;
    private final Organization organization;

    AccountabilityConsoleController(Accountabilities matters, Organization organization) {
        this.matters = matters;
        this.organization = organization;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("matters", matters.list(user));
        return "supervision/accountabilities";
    }

    @GetMapping("/new")
    String initCreationForm(@RequestParam(required = false) UUID complaintId, Model model) {
        var form = new AccountabilityForm();
        if (complaintId != null) {
            form.setSource(AccountabilitySource.COMPLAINT);
            form.setComplaintId(complaintId);
        }
        model.addAttribute("form", form);
        return opening(model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") AccountabilityForm form,
            BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            return opening(model);
        }
        try {
            var id = matters.open(
                    user,
                    user.getUnitId(),
                    new Accountabilities.Opening(
                            form.getSource(),
                            form.getComplaintId(),
                            form.getCaseId(),
                            form.getTitle(),
                            form.getFacts()));
            return "redirect:/console/supervision/accountability/" + id;
        } catch (Refusal refusal) {
            reject(refusal, result);
            return opening(model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var matter = matters.visible(user, id);
        if (!model.containsAttribute("form")) {
            var form = new AccountabilityForm();
            form.setVersion(matter.version());
            model.addAttribute("form", form);
        }
        model.addAttribute("matter", matter);
        model.addAttribute("statements", matters.statements(id));
        model.addAttribute("traceBack", matters.traceBack(matter).orElse(null));
        model.addAttribute("outcomes", AccountabilityOutcome.values());
        model.addAttribute("officer", matters.officerOf(matter).orElse(null));
        if (!matter.decided()) {
            model.addAttribute("officers", organization.actingOfficers(matter.unitId()));
        }
        model.addAttribute("maySupervise", matters.maySupervise(user, matter));
        return "supervision/accountability";
    }

    @PostMapping("/{id}/statements")
    String state(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AccountabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            matters.recordStatement(user, id, form.getPerson(), form.getStatement());
        } catch (Refusal refusal) {
            reject(refusal, result);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.accountability.stated");
        return "redirect:/console/supervision/accountability/" + id;
    }

    @PostMapping("/{id}/decision")
    String decide(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AccountabilityForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(user, id, model);
        }
        try {
            matters.decide(
                    user,
                    id,
                    new Accountabilities.Decision(
                            form.getVersion(),
                            form.getOutcome(),
                            form.getResponsible(),
                            form.getOfficerId(),
                            form.getReason()));
        } catch (Refusal refusal) {
            reject(refusal, result);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.accountability.decided");
        return "redirect:/console/supervision/accountability/" + id;
    }

    private static void reject(Refusal refusal, BindingResult result) {
        if (refusal instanceof org.sunlight.platform.NotFound
                || refusal instanceof ComplaintRefusals.NotASupervisorOfTheUnit) {
            throw refusal; // the error page, with its status
        }
        if (refusal.field() != null && result.getTarget() != null) {
            try {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                return;
            } catch (org.springframework.beans.NotReadablePropertyException notAField) {
                // a message over the form instead
            }
        }
        result.reject(refusal.messageKey(), refusal.arguments(), null);
    }

    private String opening(Model model) {
        model.addAttribute("sources", AccountabilitySource.values());
        return "supervision/accountability-form";
    }
}
