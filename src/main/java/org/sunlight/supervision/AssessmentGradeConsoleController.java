package org.sunlight.supervision;

import java.util.UUID;
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
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/**
 * The yearly assessment's grades on the console (A8): the year's assessments of the units the staff member sees
 * (published within the unit), the forms to assess and to set the unit's weights (supervisors), and one assessment with
 * its figures, where the one assessed states and defends, a supervisor makes it final and a leader records the measure.
 */
@Controller
@RequestMapping("/console/supervision/assessments")
class AssessmentGradeConsoleController {

    private final AssessmentGrades grades;
    private final AssessmentController years;
    private final Organization organization;

    AssessmentGradeConsoleController(AssessmentGrades grades, AssessmentController years, Organization organization) {
        this.grades = grades;
        this.years = years;
        this.organization = organization;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) Integer year,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model) {
        int shown;
        try {
            shown = years.year(year);
        } catch (Refusal refusal) {
            shown = years.year(null);
            result.reject(refusal.messageKey(), refusal.arguments(), null);
        }
        if (form.getYear() == null) {
            form.setYear(shown);
        }
        if (form.getUnitId() == null) {
            form.setUnitId(user.getUnitId());
        }
        var weights = grades.weights(user.getUnitId());
        if (form.getContinuousWeight() == null) {
            form.setContinuousWeight(weights.continuous());
            form.setLegalTestWeight(weights.legalTest());
            form.setNormativeTestWeight(weights.normativeTest());
        }
        return listing(user, shown, model);
    }

    private String listing(StaffUser user, int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("assessments", grades.ofYear(user, year));
        model.addAttribute("units", organization.visibleUnits(user));
        model.addAttribute("officers", organization.actingOfficers(user.getUnitId()));
        model.addAttribute("weights", grades.weights(user.getUnitId()));
        model.addAttribute("supervisor", user.hasRole(Role.SUPERVISOR));
        return "supervision/assessments";
    }

    @PostMapping
    String assess(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model) {
        if (result.hasErrors()) {
            return listing(user, years.year(null), model);
        }
        try {
            var assessment = grades.assess(user, form.entry());
            return "redirect:/console/supervision/assessments/" + assessment.id();
        } catch (Refusal refusal) {
            reject(refusal, result);
            return listing(user, years.year(null), model);
        }
    }

    @PostMapping("/settings")
    String weights(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return listing(user, years.year(null), model);
        }
        try {
            grades.setWeights(
                    user,
                    form.getUnitId(),
                    form.getContinuousWeight(),
                    form.getLegalTestWeight(),
                    form.getNormativeTestWeight());
        } catch (Refusal refusal) {
            reject(refusal, result);
            return listing(user, years.year(null), model);
        }
        redirect.addFlashAttribute("notice", "supervision.assessment.weights.saved");
        return "redirect:/console/supervision/assessments";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var assessment = grades.visible(user, id);
        if (!model.containsAttribute("form")) {
            var form = new AssessmentForm();
            form.setVersion(assessment.version());
            form.setLegalTest(assessment.legalTest());
            form.setNormativeTest(assessment.normativeTest());
            model.addAttribute("form", form);
        }
        model.addAttribute("assessment", assessment);
        var assessing = assessment.assessingUnitId() != null ? assessment.assessingUnitId() : assessment.unitId();
        model.addAttribute(
                "assessingUnit",
                organization.unit(assessing).map(unit -> unit.name()).orElse(""));
        model.addAttribute("statements", grades.statements(id));
        model.addAttribute("consequence", grades.consequence(id).orElse(null));
        model.addAttribute("theOneAssessed", grades.isTheOneAssessed(user, assessment));
        model.addAttribute("supervisor", grades.mayMakeFinal(user, assessment));
        model.addAttribute("leader", user.hasRole(Role.LEADER));
        return "supervision/assessment-grade";
    }

    @PostMapping("/{id}/statements")
    String state(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            grades.state(user, id, form.isNoObjection(), form.getStatement());
        } catch (Refusal refusal) {
            reject(refusal, result);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.assessment.stated");
        return "redirect:/console/supervision/assessments/" + id;
    }

    @PostMapping("/{id}/final")
    String makeFinal(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(user, id, model);
        }
        try {
            grades.makeFinal(
                    user, id, form.getVersion(), form.getLegalTest(), form.getNormativeTest(), form.getReply());
        } catch (Refusal refusal) {
            reject(refusal, result);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.assessment.made-final");
        return "redirect:/console/supervision/assessments/" + id;
    }

    @PostMapping("/{id}/measure")
    String measure(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(user, id, model);
        }
        try {
            grades.recordMeasure(user, id, form.getMeasure(), form.getNote());
        } catch (Refusal refusal) {
            reject(refusal, result);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.assessment.measure.recorded");
        return "redirect:/console/supervision/assessments/" + id;
    }

    private static void reject(Refusal refusal, BindingResult result) {
        if (refusal instanceof org.sunlight.platform.NotFound
                || refusal instanceof ComplaintRefusals.NotASupervisorOfTheUnit
                || refusal instanceof AssessmentGrades.NotALeader
                || refusal instanceof AssessmentGrades.NotTheAssessingUnit
                || refusal instanceof AssessmentGrades.NotTheOneAssessed) {
            throw refusal; // the error page, with its status
        }
        if (refusal.field() != null) {
            try {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                return;
            } catch (org.springframework.beans.NotReadablePropertyException notAField) {
                // a message over the form instead
            }
        }
        result.reject(refusal.messageKey(), refusal.arguments(), null);
    }
}
