package org.sunlight.supervision;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.StaffUser;

/**
 * The unit administrator's form for the unit's implementation plan of the three systems (三项制度实施方案): title,
 * adoption day and text; each save publishes a new version on the portal. A form that comes back keeps what was typed.
 */
@Controller
@RequestMapping("/console/supervision/implementation-plan")
class ImplementationPlanConsoleController {

    private final ImplementationPlans plans;
    private final Clock clock;

    ImplementationPlanConsoleController(ImplementationPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping
    String form(@AuthenticationPrincipal StaffUser user, Model model) {
        var current = plans.current(user.getUnitId());
        model.addAttribute("form", current.map(ImplementationPlanForm::of).orElseGet(ImplementationPlanForm::new));
        return page(user, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal StaffUser user,
            @Valid @ModelAttribute("form") ImplementationPlanForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("adoptedOn")
                && form.getAdoptedOn() != null
                && form.getAdoptedOn().isAfter(LocalDate.now(clock))) {
            // a plan is published after it is adopted, never before
            result.rejectValue("adoptedOn", "supervision.plan.adopted-on.future");
        }
        if (result.hasErrors()) {
            return page(user, model);
        }
        plans.save(user.getUnitId(), form, user.getUsername());
        redirect.addFlashAttribute("notice", "supervision.plan.saved");
        return "redirect:/console/supervision/implementation-plan";
    }

    private String page(StaffUser user, Model model) {
        model.addAttribute("current", plans.current(user.getUnitId()).orElse(null));
        model.addAttribute("unitName", user.getUnitName());
        return "supervision/implementation-plan";
    }
}
