package org.sunlight.supervision;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** The supervisors' problem detection (R9): each model, its legal basis, and what it flags in the units they see. */
@Controller
class FlagConsoleController {

    private final DetectionModels models;
    private final Organization organization;
    private final ComplaintDesk desk;

    FlagConsoleController(DetectionModels models, Organization organization, ComplaintDesk desk) {
        this.models = models;
        this.organization = organization;
        this.desk = desk;
    }

    @GetMapping("/console/supervision/flags")
    String flags(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("results", models.run(organization.visibleUnitIds(user), desk.today()));
        var names = new java.util.HashMap<java.util.UUID, String>();
        organization.visibleUnits(user).forEach(unit -> names.put(unit.id(), unit.name()));
        model.addAttribute("unitNames", names);
        return "supervision/flags";
    }
}
