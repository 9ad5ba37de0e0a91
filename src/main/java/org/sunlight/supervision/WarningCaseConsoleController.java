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

/** Warning cases on the console (A7): those published, and the form a supervisor publishes one with. */
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

    private String page(StaffUser user, Model model) {
        model.addAttribute("warnings", warnings.published());
        model.addAttribute("units", organization.visibleUnits(user));
        model.addAttribute("supervisor", user.hasRole(Role.SUPERVISOR));
        return "supervision/warnings";
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
