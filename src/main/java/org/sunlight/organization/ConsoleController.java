package org.sunlight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.platform.DashboardNotices;

/** The staff console: who is logged in, for which unit, in which roles, and what needs their attention. */
@Controller
class ConsoleController {

    private final Organization organization;
    private final List<DashboardNotices> notices;

    private final Clock clock;

    ConsoleController(Organization organization, List<DashboardNotices> notices, Clock clock) {
        this.organization = organization;
        this.notices = notices;
        this.clock = clock;
    }

    @GetMapping("/console")
    String console(@AuthenticationPrincipal StaffUser user, Authentication authentication, Model model) {
        model.addAttribute("user", user);
        model.addAttribute(
                "notices",
                notices.stream()
                        .flatMap(provider -> provider.noticesFor(authentication).stream())
                        .toList());
        if (user.getOfficerId() != null) {
            organization.officer(user.getOfficerId()).ifPresent(officer -> {
                model.addAttribute("officer", officer);
                model.addAttribute("certificateStatus", officer.certificate().statusOn(LocalDate.now(clock)));
            });
        }
        return "console/home";
    }
}
