package org.sunlight.inspection;

import java.io.IOException;
import java.nio.file.Files;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;

/** The unit's pool of objects of inspection (检查对象名录库): search, a subject and its history, form, import. */
@Controller
@RequestMapping("/console/inspection/subjects")
class SubjectConsoleController {

    private static final String FORM = "inspection/subject-form";

    private final SubjectPool pool;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    /** A search is cut to this many characters: a cap of the query, not a column's length. */
    static final int MAX_QUERY = 50;

    SubjectConsoleController(SubjectPool pool, Clock clock, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.pool = pool;
        this.clock = clock;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) SubjectCategory category,
            @RequestParam(required = false) RiskClass risk,
            @RequestParam(required = false) Integer page,
            Model model) {
        var text = q == null ? null : q.replaceAll("\\p{Cntrl}", "").strip();
        if (text != null && text.length() > MAX_QUERY) {
            text = text.substring(0, MAX_QUERY);
        }
        model.addAttribute("page", pool.search(user, text, category, risk, PageQuery.of(page, null)));
        model.addAttribute("q", text);
        model.addAttribute("category", category);
        model.addAttribute("risk", risk);
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("risks", RiskClass.values());
        model.addAttribute("maySave", SubjectPool.maySave(user, user.getUnitId()));
        return "inspection/subjects";
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var subject = pool.visible(user, id);
        model.addAttribute("subject", subject);
        model.addAttribute("history", pool.history(user, id));
        model.addAttribute("maySave", SubjectPool.maySave(user, subject.unitId()));
        return "inspection/subject";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("form", new SubjectForm());
        return form(model, null);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") SubjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        check(form, result);
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            var id = pool.create(user, form.data());
            redirect.addFlashAttribute("notice", "inspection.subject.saved");
            return "redirect:/console/inspection/subjects/" + id;
        } catch (Refusal refusal) {
            return refused(refusal, result, model, null);
        }
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("form", SubjectForm.of(pool.visible(user, id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String processUpdateForm(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @ModelAttribute("form") SubjectForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        pool.visible(user, id);
        check(form, result);
        if (result.hasErrors()) {
            return form(model, id);
        }
        try {
            pool.update(user, id, form.getVersion(), form.data());
            redirect.addFlashAttribute("notice", "inspection.subject.saved");
            return "redirect:/console/inspection/subjects/" + id;
        } catch (Refusal refusal) {
            return refused(refusal, result, model, id);
        }
    }

    @PostMapping("/import")
    String importSheet(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SubjectPool.ImportOutcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = new SubjectPool.ImportOutcome(
                    0,
                    0,
                    0,
                    java.util.List.of(new SubjectSheets.SheetProblem(0, null, "inspection.import.empty", "")),
                    1);
        } else {
            var copy = Files.createTempFile("subjects", ".xlsx");
            try {
                file.transferTo(copy);
                outcome = pool.importSheet(user, copy);
            } finally {
                Files.deleteIfExists(copy);
            }
        }
        if (!outcome.succeeded()) {
            model.addAttribute("importProblems", outcome.problems());
            model.addAttribute("importProblemCount", outcome.problemCount());
            model.addAttribute("importFile", file == null ? "" : file.getOriginalFilename());
            return list(user, null, null, null, null, model);
        }
        redirect.addFlashAttribute("notice", "inspection.import.done");
        redirect.addFlashAttribute("noticeArgs", new Object[] {outcome.rows(), outcome.created(), outcome.updated()});
        return "redirect:/console/inspection/subjects";
    }

    private void check(SubjectForm form, BindingResult result) {
        for (var problem : form.data().problems(LocalDate.now(clock), lengths)) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(problem.field(), problem.messageKey());
            }
        }
    }

    private String refused(Refusal refusal, BindingResult result, Model model, UUID id) {
        if (refusal.field() != null) {
            result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            result.reject(refusal.messageKey(), refusal.arguments(), null);
        }
        return form(model, id);
    }

    private String form(Model model, UUID id) {
        model.addAttribute("subjectId", id);
        model.addAttribute("categories", SubjectCategory.values());
        model.addAttribute("risks", RiskClass.values());
        model.addAttribute("statuses", SubjectStatus.values());
        return FORM;
    }
}
