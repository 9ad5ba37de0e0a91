package org.sunlight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/** The unit's pool of inspectors on a day, and the conflicts (回避) declared against subjects. */
@Controller
@RequestMapping("/console/inspection/inspectors")
class InspectorConsoleController {

    private final InspectorPool pool;
    private final Clock clock;

    InspectorConsoleController(InspectorPool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        if (!model.containsAttribute("form")) {
            var form = new ConflictForm();
            form.setOfficerId(user.getOfficerId());
            model.addAttribute("form", form);
        }
        var on = day == null ? LocalDate.now(clock) : day;
        model.addAttribute("day", on);
        var candidates = pool.candidates(user.getUnitId(), on);
        model.addAttribute("candidates", candidates);
        model.addAttribute(
                "inPool",
                candidates.stream().filter(InspectorPool.Candidate::inPool).count());
        var everyone = user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN);
        model.addAttribute(
                "conflicts",
                pool.conflicts(user.getUnitId()).stream()
                        .filter(c -> everyone || c.officerId().equals(user.getOfficerId()))
                        .toList());
        model.addAttribute("mayDeclareForOthers", user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER));
        model.addAttribute("reasons", ConflictReason.values());
        return "inspection/inspectors";
    }

    @PostMapping("/conflicts")
    String declare(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") ConflictForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!(user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER))) {
            form.setOfficerId(user.getOfficerId()); // an officer declares for themselves
        }
        if (!result.hasErrors()) {
            try {
                pool.declare(user, form.getOfficerId(), form.getIdentifier(), form.getReason(), form.getNote());
                redirect.addFlashAttribute("notice", "inspection.conflict.saved");
                return "redirect:/console/inspection/inspectors";
            } catch (Refusal refusal) {
                if (refusal.field() != null) {
                    result.rejectValue(refusal.field(), refusal.messageKey());
                } else {
                    result.reject(refusal.messageKey());
                }
            }
        }
        return show(user, null, model);
    }
}
