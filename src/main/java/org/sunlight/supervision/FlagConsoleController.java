package org.sunlight.supervision;

import java.util.HashMap;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Refusal;

/**
 * The supervisors' problem detection (R9): each model, its legal basis, and what it flags in the units they see; each
 * flag acknowledged or dismissed with a reason.
 */
@Controller
class FlagConsoleController {

    private final DetectionModels models;
    private final FlagAnswers answers;
    private final Organization organization;
    private final ComplaintDesk desk;

    FlagConsoleController(DetectionModels models, FlagAnswers answers, Organization organization, ComplaintDesk desk) {
        this.models = models;
        this.answers = answers;
        this.organization = organization;
        this.desk = desk;
    }

    @InitBinder("answerForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("model", "recordId", "decision", "reason");
    }

    @GetMapping("/console/supervision/flags")
    String flags(@AuthenticationPrincipal StaffUser user, Model model) {
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new FlagAnswerForm());
        }
        var units = organization.visibleUnitIds(user);
        var results = models.run(units, desk.today());
        var given = answers.of(units);
        var open = new HashMap<String, Long>();
        for (var result : results) {
            open.put(
                    result.model().code(),
                    result.flags().stream()
                            .filter(f -> {
                                var a = given.get(FlagAnswers.key(f.model(), f.recordId()));
                                return a == null || !a.dismissed();
                            })
                            .count());
        }
        model.addAttribute("results", results);
        model.addAttribute("answers", given);
        model.addAttribute("openCounts", open);
        model.addAttribute("decisions", FlagDecision.values());
        var names = new HashMap<UUID, String>();
        organization.visibleUnits(user).forEach(unit -> names.put(unit.id(), unit.name()));
        model.addAttribute("unitNames", names);
        return "supervision/flags";
    }

    @PostMapping("/console/supervision/flags/answers")
    String answer(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("answerForm") FlagAnswerForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                answers.answer(user, form.getModel(), form.getRecordId(), form.getDecision(), form.getReason());
                redirect.addFlashAttribute("notice", "supervision.flag.answered");
                return "redirect:/console/supervision/flags#model-" + form.getModel();
            } catch (NotFound | ComplaintRefusals.NotASupervisorOfTheUnit refusal) {
                throw refusal;
            } catch (Refusal refusal) {
                if (refusal.field() != null) {
                    result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                } else {
                    result.reject(refusal.messageKey(), refusal.arguments(), null);
                }
            }
        }
        return flags(user, model);
    }
}
