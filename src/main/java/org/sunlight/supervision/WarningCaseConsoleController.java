package org.sunlight.supervision;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/**
 * Warning cases on the console (A7): those published (withdrawn ones marked), the form a supervisor publishes one with,
 * and each one's withdrawal from the portal.
 */
@Controller
@RequestMapping("/console/supervision/warnings")
class WarningCaseConsoleController {

    private final WarningCases warnings;
    private final Organization organization;

    WarningCaseConsoleController(WarningCases warnings, Organization organization) {
        this.warnings = warnings;
        this.organization = organization;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, @ModelAttribute("form") WarningCaseForm form, Model model) {
        if (form.getUnitId() == null) {
            form.setUnitId(user.getUnitId());
        }
        return page(user, model);
    }

    @org.springframework.web.bind.annotation.InitBinder("withdrawal")
    void initWithdrawalBinder(org.springframework.web.bind.WebDataBinder binder) {
        binder.setAllowedFields("reason");
    }

    private String page(StaffUser user, Model model) {
        if (!model.containsAttribute("form")) {
            var form = new WarningCaseForm();
            form.setUnitId(user.getUnitId());
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("withdrawal")) {
            model.addAttribute("withdrawal", new WarningWithdrawalForm());
        }
        model.addAttribute("warnings", warnings.all());
        model.addAttribute("units", organization.visibleUnits(user));
        model.addAttribute("supervisor", user.hasRole(Role.SUPERVISOR));
        return "supervision/warnings";
    }

    /** A supervisor of the case's unit takes it off the portal with the reason; the console keeps it, marked. */
    @PostMapping("/{id}/withdrawal")
    String withdraw(
            @AuthenticationPrincipal StaffUser user,
            @org.springframework.web.bind.annotation.PathVariable java.util.UUID id,
            @ModelAttribute("withdrawal") WarningWithdrawalForm withdrawal,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            warnings.withdraw(user, id, withdrawal.getReason());
            redirect.addFlashAttribute("notice", "supervision.warning.withdrawn");
            return "redirect:/console/supervision/warnings";
        } catch (ComplaintRefusals.NotASupervisorOfTheUnit | org.sunlight.platform.NotFound refusal) {
            throw refusal;
        } catch (Refusal refusal) {
            if (refusal.field() != null) {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            } else {
                result.reject(refusal.messageKey(), refusal.arguments(), null);
            }
            model.addAttribute("withdrawing", id);
            return page(user, model);
        }
    }

    @PostMapping
    String publish(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") WarningCaseForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(user, model);
        }
        try {
            var published = warnings.publish(user, form.draft());
            redirect.addFlashAttribute("notice", "supervision.warning.published");
            return "redirect:/portal/responsibility/warnings/" + published.id();
        } catch (Refusal refusal) {
            if (refusal instanceof ComplaintRefusals.NotASupervisorOfTheUnit
                    || refusal instanceof org.sunlight.platform.NotFound) {
                throw refusal;
            }
            if (refusal.field() != null) {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            } else {
                result.reject(refusal.messageKey(), refusal.arguments(), null);
            }
            return page(user, model);
        }
    }
}
