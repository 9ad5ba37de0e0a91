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
    private final KeyRotation rotation;
    private final SigningKey key;

    IntegrityAdminController(IntegrityRuns runs, Verification verification, KeyRotation rotation, SigningKey key) {
        this.runs = runs;
        this.verification = verification;
        this.rotation = rotation;
        this.key = key;
    }

    @GetMapping("/admin/integrity")
    String page(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("state", runs.state());
        model.addAttribute("checks", verification.checkNames());
        var keys = key.keys();
        model.addAttribute("currentKeyId", keys.current().keyId());
        model.addAttribute("retiredKeys", keys.retired().size());
        // the signing key is the whole product's: only the province's administrators rotate it
        model.addAttribute("mayRotate", mayRotate(user));
        return "audit/integrity";
    }

    /** Retires the signing key and makes a new one current (issue 14); the rotation is logged with who asked. */
    @PostMapping("/admin/integrity/rotate-key")
    String rotateKey(
            @AuthenticationPrincipal StaffUser user,
            jakarta.servlet.http.HttpServletRequest request,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        var rotated = rotation.rotate(user.getUsername(), request.getRemoteAddr());
        redirect.addFlashAttribute("rotated", rotated);
        return "redirect:/admin/integrity";
    }

    private static boolean mayRotate(StaffUser user) {
        return user.hasRole(org.sunlight.organization.Role.ADMIN)
                && user.getUnitLevel() == org.sunlight.organization.UnitLevel.PROVINCE;
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
