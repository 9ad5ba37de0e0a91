package org.sunlight.inspection;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.catalog.Catalog;
import org.sunlight.inspection.PlanForms.LineForm;
import org.sunlight.inspection.PlanForms.PlanForm;
import org.sunlight.inspection.PlanForms.TaskForm;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/** Yearly plans: written line by line from the published random-inspection items, published, split into tasks. */
@Controller
@RequestMapping("/console/inspection/plans")
class PlanConsoleController {

    private final Plans plans;
    private final Draws draws;
    private final Catalog catalog;
    private final Organization organization;
    private final Clock clock;

    PlanConsoleController(Plans plans, Draws draws, Catalog catalog, Organization organization, Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    @InitBinder({"planForm", "lineForm", "taskForm"})
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffUser user, Model model) {
        if (!model.containsAttribute("planForm")) {
            var form = new PlanForm();
            form.setYear(LocalDate.now(clock).getYear());
            model.addAttribute("planForm", form);
        }
        model.addAttribute("plans", plans.ofUnits(organization.visibleUnitIds(user)));
        model.addAttribute("maySave", SubjectPool.maySave(user, user.getUnitId()));
        return "inspection/plans";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("planForm") PlanForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                return "redirect:/console/inspection/plans/" + plans.create(user, form.getYear(), form.getTitle());
            } catch (Refusal refusal) {
                reject(result, refusal);
            }
        }
        return list(user, model);
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var plan = plans.visible(user, id);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("lineForm")) {
            var form = new LineForm();
            form.setPeriodFrom(LocalDate.of(plan.year(), 1, 1));
            form.setPeriodTo(LocalDate.of(plan.year(), 12, 31));
            form.setFrequency("每年1次");
            model.addAttribute("lineForm", form);
        }
        if (!model.containsAttribute("taskForm")) {
            var form = new TaskForm();
            form.setPeriodFrom(LocalDate.of(plan.year(), 1, 1));
            form.setPeriodTo(LocalDate.of(plan.year(), 12, 31));
            model.addAttribute("taskForm", form);
        }
        model.addAttribute("items", catalog.randomInspectionItems(plan.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("tasks", plans.tasksOf(id));
        model.addAttribute("draws", draws.ofPlan(id));
        model.addAttribute("maySave", SubjectPool.maySave(user, plan.unitId()));
        model.addAttribute(
                "mayPublish",
                plan.unitId().equals(user.getUnitId()) && (user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN)));
        return "inspection/plan";
    }

    @PostMapping("/{id}/lines")
    String addLine(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("lineForm") LineForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                plans.addLine(user, id, form.input());
                return "redirect:/console/inspection/plans/" + id;
            } catch (Refusal refusal) {
                reject(result, refusal);
            }
        }
        return show(user, id, model);
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        plans.publish(user, id);
        redirect.addFlashAttribute("notice", "inspection.plan.published");
        return "redirect:/console/inspection/plans/" + id;
    }

    @PostMapping("/{id}/tasks")
    String createTask(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("taskForm") TaskForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                plans.createTask(
                        user, id, form.getTitle(), form.getPeriodFrom(), form.getPeriodTo(), form.getLineIds());
                return "redirect:/console/inspection/plans/" + id;
            } catch (Refusal refusal) {
                reject(result, refusal);
            }
        }
        return show(user, id, model);
    }

    private static void reject(BindingResult result, Refusal refusal) {
        if (refusal.field() != null) {
            result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            result.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }
}
