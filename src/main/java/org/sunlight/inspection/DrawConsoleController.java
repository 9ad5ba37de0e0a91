package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/** Committing to a draw of a task, finishing it with the public value of its day, and what it drew. */
@Controller
@RequestMapping("/console/inspection")
class DrawConsoleController {

    private final Draws draws;
    private final Plans plans;

    DrawConsoleController(Draws draws, Plans plans) {
        this.draws = draws;
        this.plans = plans;
    }

    @PostMapping("/tasks/{taskId}/draws")
    String commit(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID taskId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publicValueDate,
            RedirectAttributes redirect) {
        var task = plans.task(taskId).orElseThrow(() -> new org.sunlight.platform.NotFound("task"));
        try {
            var id = draws.commit(user, taskId, publicValueDate);
            redirect.addFlashAttribute("notice", "inspection.draw.committed");
            return "redirect:/console/inspection/draws/" + id;
        } catch (org.sunlight.platform.NotFound outOfScope) {
            throw outOfScope; // another unit's task is not found: no way to its plan
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.messageKey());
            redirect.addFlashAttribute("problemArgs", refusal.arguments());
            return "redirect:/console/inspection/plans/" + task.planId();
        }
    }

    @GetMapping("/draws/{id}")
    String show(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var draw = draws.visible(user, id);
        model.addAttribute("draw", draw);
        model.addAttribute("task", plans.task(draw.taskId()).orElseThrow());
        model.addAttribute("drawn", draw.finished() ? draws.drawn(id) : java.util.List.of());
        model.addAttribute("maySave", SubjectPool.maySave(user, draw.unitId()));
        model.addAttribute("outcomes", InspectionOutcome.values());
        model.addAttribute("rematches", draw.finished() ? draws.rematchRows(id) : java.util.List.of());
        model.addAttribute("rematchReasons", DrawFunction.RematchReason.values());
        return "inspection/draw";
    }

    @PostMapping("/draws/{id}/finish")
    String finish(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String publicValue,
            RedirectAttributes redirect) {
        try {
            draws.finish(user, id, publicValue);
            redirect.addFlashAttribute("notice", "inspection.draw.finished");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.messageKey());
            redirect.addFlashAttribute("problemArgs", refusal.arguments());
            redirect.addFlashAttribute("publicValue", publicValue);
        }
        return "redirect:/console/inspection/draws/" + id;
    }

    @PostMapping("/draws/{id}/subjects/{subjectId}/outcome")
    String recordOutcome(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable UUID subjectId,
            @RequestParam(required = false) InspectionOutcome outcome,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            draws.recordOutcome(user, id, subjectId, outcome, note);
            redirect.addFlashAttribute("notice", "inspection.outcome.recorded");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.messageKey());
            redirect.addFlashAttribute("problemArgs", refusal.arguments());
        }
        return "redirect:/console/inspection/draws/" + id;
    }

    /** One inspector of a drawn subject leaves for a stated reason; the sub-draw names who goes instead. */
    @PostMapping("/draws/{id}/rematch")
    String rematch(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String leaving,
            @RequestParam(required = false) DrawFunction.RematchReason reason,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            // "subject id/certificate number", as the form's options are written
            var parts = leaving == null ? new String[0] : leaving.split("/", 2);
            UUID subjectId;
            try {
                subjectId = parts.length == 2 ? UUID.fromString(parts[0]) : null;
            } catch (IllegalArgumentException e) {
                subjectId = null;
            }
            if (subjectId == null) {
                throw new InspectionRefusals.InvalidField("leaving", "inspection.rematch.leaving.required");
            }
            var step = draws.rematch(user, id, subjectId, parts[1], reason, note);
            redirect.addFlashAttribute("notice", "inspection.rematch.recorded");
            redirect.addFlashAttribute("noticeArgs", new Object[] {step.step(), step.chosen()});
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("problem", refusal.messageKey());
            redirect.addFlashAttribute("problemArgs", refusal.arguments());
            redirect.addFlashAttribute("rematchNote", note);
        }
        return "redirect:/console/inspection/draws/" + id;
    }
}
