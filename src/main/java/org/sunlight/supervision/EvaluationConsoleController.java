package org.sunlight.supervision;

import java.util.HashMap;
import java.util.UUID;
import org.springframework.beans.NotReadablePropertyException;
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
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Refusal;

/**
 * Case-file evaluation on the console (A5): the results per unit and the samples of a year, drawing a sample, scoring a
 * sampled case file, a case's live score, and the standard.
 */
@Controller
@RequestMapping("/console/supervision/evaluations")
class EvaluationConsoleController {

    private final CaseFileEvaluations evaluations;
    private final org.sunlight.organization.Organization organization;

    EvaluationConsoleController(CaseFileEvaluations evaluations, org.sunlight.organization.Organization organization) {
        this.evaluations = evaluations;
        this.organization = organization;
    }

    @InitBinder({"sampleForm", "evaluationForm"})
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String overview(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        var shown = year != null ? year : evaluations.today().getYear();
        if (!model.containsAttribute("sampleForm")) {
            var form = new SampleForm();
            form.setYear(shown);
            form.setUnitId(user.getUnitId());
            model.addAttribute("sampleForm", form);
        }
        return overviewPage(user, shown, model);
    }

    @PostMapping("/samples")
    String draw(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("sampleForm") SampleForm form,
            BindingResult result,
            Model model) {
        if (!result.hasErrors()) {
            try {
                var sample = evaluations.draw(user, form.getUnitId(), form.getYear(), form.getSize(), form.getSeed());
                return "redirect:/console/supervision/evaluations/samples/" + sample.id();
            } catch (Refusal refusal) {
                reject(refusal, result);
            }
        }
        var year = form.getYear() != null ? form.getYear() : evaluations.today().getYear();
        return overviewPage(user, year, model);
    }

    @GetMapping("/samples/{id}")
    String sample(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var sample = evaluations.sample(user, id);
        model.addAttribute("sample", sample);
        model.addAttribute("unitName", unitName(sample.unitId()));
        model.addAttribute("standard", evaluations.standard(sample.standardId()));
        return "supervision/evaluation-sample";
    }

    @GetMapping("/samples/{id}/cases/{caseId}")
    String scoring(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @PathVariable UUID caseId, Model model) {
        var sample = evaluations.sample(user, id);
        var sampled = sample.cases().stream()
                .filter(c -> c.caseId().equals(caseId))
                .findFirst()
                .orElseThrow(() -> new NotFound("sampled-case"));
        if (!model.containsAttribute("evaluationForm")) {
            model.addAttribute("evaluationForm", new EvaluationForm());
        }
        model.addAttribute("sample", sample);
        model.addAttribute("sampled", sampled);
        model.addAttribute("live", evaluations.live(user, caseId));
        model.addAttribute("standard", evaluations.standard(sample.standardId()));
        model.addAttribute("unitName", unitName(sample.unitId()));
        return "supervision/evaluation-case";
    }

    @PostMapping("/samples/{id}/cases/{caseId}")
    String evaluate(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                evaluations.evaluate(user, id, caseId, form.judgements());
                redirect.addFlashAttribute("notice", "supervision.evaluation.recorded");
                return "redirect:/console/supervision/evaluations/samples/" + id + "/cases/" + caseId;
            } catch (EvaluationRefusals.TookPartInTheCase | EvaluationRefusals.AlreadyEvaluated refusal) {
                result.reject(refusal.messageKey(), refusal.arguments(), null);
            } catch (Refusal refusal) {
                reject(refusal, result);
            }
        }
        return scoring(user, id, caseId, model);
    }

    /** A case's live score, for whoever may see the case. */
    @GetMapping("/cases/{caseId}")
    String live(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId, Model model) {
        var live = evaluations.live(user, caseId);
        model.addAttribute("live", live);
        model.addAttribute("unitName", unitName(live.kase().unitId()));
        return "supervision/evaluation-live";
    }

    @GetMapping("/standard")
    String standard(Model model) {
        model.addAttribute("standard", evaluations.standard());
        return "supervision/evaluation-standard";
    }

    private String overviewPage(StaffUser user, int year, Model model) {
        var names = new HashMap<UUID, String>();
        var units = organization.visibleUnits(user);
        units.forEach(unit -> names.put(unit.id(), unit.name()));
        model.addAttribute("year", year);
        model.addAttribute("units", units);
        model.addAttribute("unitNames", names);
        model.addAttribute("results", evaluations.results(user, year));
        model.addAttribute("samples", evaluations.samples(user));
        model.addAttribute("standard", evaluations.standard());
        return "supervision/evaluations";
    }

    private String unitName(UUID unitId) {
        return organization
                .unit(unitId)
                .map(org.sunlight.organization.Unit::name)
                .orElse("");
    }

    private static void reject(Refusal refusal, BindingResult result) {
        if (refusal instanceof NotFound || refusal instanceof ComplaintRefusals.NotASupervisorOfTheUnit) {
            throw refusal; // the error page, with its status
        }
        if (refusal.field() != null) {
            try {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                return;
            } catch (NotReadablePropertyException notAField) {
                // a message over the form instead
            }
        }
        result.reject(refusal.messageKey(), refusal.arguments(), null);
    }
}
