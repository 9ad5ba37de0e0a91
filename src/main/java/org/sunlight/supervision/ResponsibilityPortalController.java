package org.sunlight.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sunlight.organization.Organization;

/** The portal's 行政执法责任制 section: each unit's powers-to-posts list (A2) and where to complain (A6). */
@Controller
class ResponsibilityPortalController {

    private final Organization organization;
    private final PostDuties posts;

    ResponsibilityPortalController(Organization organization, PostDuties posts) {
        this.organization = organization;
        this.posts = posts;
    }

    @GetMapping("/portal/responsibility")
    String section(Model model) {
        var byUnit = new LinkedHashMap<String, List<PostDuty>>();
        for (var unit : organization.activeUnits()) {
            var list = posts.of(unit.id());
            if (!list.isEmpty()) {
                byUnit.put(unit.name(), list);
            }
        }
        model.addAttribute("units", byUnit);
        return "supervision/portal-responsibility";
    }
}
