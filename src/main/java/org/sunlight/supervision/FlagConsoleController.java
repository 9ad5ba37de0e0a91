package org.sunlight.supervision;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final StoredFlags stored;

    private final MessageSource messages;
    private final Clock clock;

    FlagConsoleController(
            DetectionModels models,
            FlagAnswers answers,
            Organization organization,
            StoredFlags stored,
            MessageSource messages,
            Clock clock) {
        this.models = models;
        this.answers = answers;
        this.organization = organization;
        this.stored = stored;
        this.messages = messages;
        this.clock = clock;
    }

    @InitBinder("answerForm")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields("model", "recordId", "decision", "reason");
    }

    @InitBinder("filter")
    void initFilterBinder(WebDataBinder binder) {
        binder.setAllowedFields("model", "unit", "answer", "from", "to", "page");
    }

    @GetMapping("/console/supervision/flags")
    String flags(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("filter") FlagFilterForm filter,
            BindingResult filterErrors,
            Model model) {
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new FlagAnswerForm());
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "filter", filterErrors);
        var units = organization.visibleUnitIds(user);
        model.addAttribute("models", models.all());
        model.addAttribute("counts", stored.counts(units));
        model.addAttribute("lastRun", stored.lastRun());
        model.addAttribute("answerFilters", StoredFlags.AnswerFilter.values());
        var names = new java.util.LinkedHashMap<UUID, String>();
        organization.visibleUnits(user).forEach(unit -> names.put(unit.id(), unit.name()));
        model.addAttribute("unitNames", names);
        if (filter.getModel() != null && !filter.getModel().isBlank()) {
            try {
                var chosen = filter.resolve(models, units);
                var page = stored.page(chosen);
                model.addAttribute("chosen", chosen.model());
                model.addAttribute("page", page);
                var given = answers.of(
                        chosen.model().code(),
                        page.flags().stream().map(StoredFlags.StoredFlag::flag).toList());
                model.addAttribute("rows", rows(page, given, names));
            } catch (ComplaintRefusals.BadField refusal) {
                filterErrors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return "supervision/flags";
    }

    /**
     * A flag as its row shows it, worked out here once rather than by the template per row: the unit's name, the link
     * to what was flagged (a path, or null for none), the detail, the day first raised, and the answer if given.
     */
    record FlagRow(
            String model,
            String recordId,
            String unitName,
            String subject,
            String link,
            String detail,
            String firstFlagged,
            FlagAnswers.Answer answer,
            String answerLabel,
            String answeredByAt) {

        public boolean dismissed() {
            return answer != null && answer.dismissed();
        }
    }

    private List<FlagRow> rows(
            StoredFlags.Page page, Map<String, FlagAnswers.Answer> given, Map<UUID, String> unitNames) {
        var locale = LocaleContextHolder.getLocale();
        var firstFlagged = new HashMap<java.time.LocalDate, String>();
        var labels = new HashMap<FlagDecision, String>();
        var at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        var rows = new ArrayList<FlagRow>(page.flags().size());
        for (var kept : page.flags()) {
            var f = kept.flag();
            var a = given.get(FlagAnswers.key(f.model(), f.recordId()));
            var link =
                    switch (f.subject()) {
                        case "case" -> "/console/cases/" + f.recordId();
                        case "complaint" -> "/console/supervision/complaints/" + f.recordId();
                        case "assessment" -> "/console/supervision/assessments/" + f.recordId();
                        default -> null;
                    };
            rows.add(new FlagRow(
                    f.model(),
                    f.recordId(),
                    unitNames.get(f.unitId()),
                    f.subject(),
                    link,
                    f.detail(),
                    firstFlagged.computeIfAbsent(
                            kept.firstFlaggedOn(),
                            day -> messages.getMessage("supervision.flags.first-flagged", new Object[] {day}, locale)),
                    a,
                    a == null
                            ? null
                            : labels.computeIfAbsent(
                                    a.decision(), d -> messages.getMessage(d.labelKey(), null, locale)),
                    a == null ? null : a.answeredBy() + " " + at.format(a.answeredAt())));
        }
        return rows;
    }

    @PostMapping("/console/supervision/flags/answers")
    String answer(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("answerForm") FlagAnswerForm form,
            BindingResult result,
            @org.springframework.web.bind.annotation.RequestParam java.util.Map<String, String> request,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                answers.answer(user, form.getModel(), form.getRecordId(), form.getDecision(), form.getReason());
                redirect.addFlashAttribute("notice", "supervision.flag.answered");
                redirect.addAttribute("model", form.getModel());
                // back to the list as it was filtered and paged
                for (var kept : java.util.List.of("unit", "answer", "from", "to", "page")) {
                    var value = request.get("list-" + kept);
                    if (value != null && !value.isBlank()) {
                        redirect.addAttribute(kept, value);
                    }
                }
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
        var filter = new FlagFilterForm();
        filter.setModel(form.getModel());
        model.addAttribute("filter", filter);
        return flags(
                user, filter, new org.springframework.validation.BeanPropertyBindingResult(filter, "filter"), model);
    }
}
