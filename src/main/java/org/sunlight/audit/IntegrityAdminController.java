package org.sunlight.audit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Verification;

/**
 * The administrators' integrity page: runs every integrity check (audit log, documents, and whatever other modules
 * contribute) in the background and shows the report; the page polls the progress with htmx while it runs.
 */
@Controller
class IntegrityAdminController {

    private final IntegrityRuns runs;
    private final Verification verification;

    IntegrityAdminController(IntegrityRuns runs, Verification verification) {
        this.runs = runs;
        this.verification = verification;
    }

    @GetMapping("/admin/integrity")
    String page(Model model) {
        model.addAttribute("state", runs.state());
        model.addAttribute("checks", verification.checkNames());
        return "audit/integrity";
    }

    @GetMapping("/admin/integrity/status")
    String status(Model model) {
        model.addAttribute("state", runs.state());
        return "audit/integrity :: status";
    }

    @PostMapping("/admin/integrity/run")
    String run(@AuthenticationPrincipal StaffUser user) {
        runs.start(user.getUsername());
        return "redirect:/admin/integrity";
    }
}
