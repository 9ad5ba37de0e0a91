package org.sunlight.supervision;

import java.io.IOException;
import java.util.UUID;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/**
 * The supervisors' complaints (A6): the list with overdue acknowledgements and results in red, registration from the
 * hotline, e-mail, letters and visits, and each complaint's acceptance decision, assignment, progress, result and link
 * to a case or an accountability matter.
 */
@Controller
@RequestMapping("/console/supervision/complaints")
class ComplaintConsoleController {

    private final ComplaintDesk desk;
    private final Organization organization;
    private final Accountabilities accountabilities;

    ComplaintConsoleController(ComplaintDesk desk, Organization organization, Accountabilities accountabilities) {
        this.desk = desk;
        this.organization = organization;
        this.accountabilities = accountabilities;
    }

    @InitBinder({"form", "act"})
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        model.addAttribute("complaints", desk.list(user, overdue));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("today", desk.today());
        model.addAttribute("unitNames", unitNames(user));
        model.addAttribute("mayRegister", desk.maySupervise(user, user.getUnitId()));
        return "supervision/complaints";
    }

    @GetMapping("/new")
    String initCreationForm(@AuthenticationPrincipal StaffUser user, Model model) {
        var form = new ComplaintForm();
        form.setUnitId(user.getUnitId());
        form.setReceivedOn(desk.today());
        model.addAttribute("form", form);
        return registration(user, model);
    }

    @PostMapping
    String processCreationForm(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute("form") ComplaintForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var data = form.registered();
        for (var problem : desk.problems(data)) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(
                        problem.field(),
                        problem.messageKey(),
                        problem.arguments().toArray(),
                        null);
            }
        }
        if (result.hasErrors()) {
            return registration(user, model);
        }
        try {
            var registered = desk.registerFromChannel(user, data);
            redirect.addFlashAttribute("notice", "supervision.complaint.registered");
            redirect.addFlashAttribute("noticeArg", registered.number());
            redirect.addFlashAttribute("queryCode", registered.queryCode());
            return "redirect:/console/supervision/complaints/" + registered.id();
        } catch (Refusal refusal) {
            reject(refusal, result);
            return registration(user, model);
        }
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        if (!model.containsAttribute("act")) {
            model.addAttribute("act", new ComplaintActForm());
        }
        var complaint = desk.visible(user, id);
        model.addAttribute("complaint", complaint);
        model.addAttribute("feedback", desk.feedback(id));
        model.addAttribute("attachments", desk.attachments(id));
        model.addAttribute("matters", accountabilities.ofComplaint(id));
        model.addAttribute("today", desk.today());
        model.addAttribute("unitName", unitNames(user).getOrDefault(complaint.unitId(), ""));
        model.addAttribute("maySupervise", desk.maySupervise(user, complaint.unitId()));
        return "supervision/complaint";
    }

    @PostMapping("/{id}/{act}")
    String act(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable String act,
            @ModelAttribute("act") ComplaintActForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return show(user, id, model);
        }
        try {
            switch (act) {
                case "accept" -> desk.accept(user, id, form.getVersion(), form.getNote());
                case "not-accept" -> desk.notAccept(user, id, form.getVersion(), form.getReason());
                case "assign" -> desk.assign(user, id, form.getVersion(), form.getAssignee());
                case "progress" -> desk.progress(user, id, form.getVersion(), form.getNote());
                case "conclude" -> desk.conclude(user, id, form.getVersion(), form.getUpheld(), form.getResult());
                case "link-case" -> desk.linkCase(user, id, form.getVersion(), form.getCaseId());
                default -> throw new org.sunlight.platform.NotFound("act");
            }
        } catch (Refusal refusal) {
            if (refusal instanceof org.sunlight.platform.NotFound
                    || refusal instanceof ComplaintRefusals.NotASupervisorOfTheUnit) {
                throw refusal; // the error page, with its status
            }
            reject(refusal, result);
            model.addAttribute("failedAct", act);
            return show(user, id, model);
        }
        redirect.addFlashAttribute("notice", "supervision.complaint.done." + act);
        return "redirect:/console/supervision/complaints/" + id;
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @PathVariable UUID attachmentId)
            throws IOException {
        var file = desk.attachmentOf(user, id, attachmentId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(file.mediaType());
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(desk.attachment(user, id, attachmentId)));
    }

    private static void reject(Refusal refusal, BindingResult result) {
        if (refusal.field() != null && result.getTarget() != null) {
            try {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                return;
            } catch (org.springframework.beans.NotReadablePropertyException notAField) {
                // falls through to a message over the form
            }
        }
        result.reject(refusal.messageKey(), refusal.arguments(), null);
    }

    private java.util.Map<UUID, String> unitNames(StaffUser user) {
        var names = new java.util.HashMap<UUID, String>();
        organization.visibleUnits(user).forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    private String registration(StaffUser user, Model model) {
        model.addAttribute("units", organization.visibleUnits(user));
        model.addAttribute(
                "channels",
                java.util.Arrays.stream(ComplaintChannel.values())
                        .filter(c -> c != ComplaintChannel.ONLINE)
                        .toList());
        return "supervision/complaint-form";
    }
}
