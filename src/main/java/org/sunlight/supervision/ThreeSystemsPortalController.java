package org.sunlight.supervision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Unit;

/**
 * Two sections of the portal's column (issue 18, point 11): each unit's implementation plan of the three systems
 * (三项制度实施方案) with the day it was published, and each unit's responsibility list (责任清单) — its powers-to-posts
 * list (A2), the same one the 行政执法责任制 section shows. On a unit's portal ({@code /u/{unitCode}/…}) the unit's own.
 */
@Controller
class ThreeSystemsPortalController {

    private final Organization organization;
    private final ImplementationPlans plans;
    private final PostDuties posts;

    ThreeSystemsPortalController(Organization organization, ImplementationPlans plans, PostDuties posts) {
        this.organization = organization;
        this.plans = plans;
        this.posts = posts;
    }

    /** A unit's current plan, for the page. */
    record UnitPlan(Unit unit, ImplementationPlan plan) {}

    /** A unit's responsibility list, for the page. */
    record UnitPosts(Unit unit, List<PostDuty> posts) {}

    @GetMapping({"/portal/implementation-plan", "/u/{unitCode}/portal/implementation-plan"})
    String plans(@PathVariable(required = false) String unitCode, Model model) {
        var shown = new ArrayList<UnitPlan>();
        for (var unit : units(unitCode)) {
            plans.current(unit.id()).ifPresent(plan -> shown.add(new UnitPlan(unit, plan)));
        }
        model.addAttribute("plans", shown);
        return "supervision/portal-plan";
    }

    @GetMapping({"/portal/responsibility-list", "/u/{unitCode}/portal/responsibility-list"})
    String responsibilityList(@PathVariable(required = false) String unitCode, Model model) {
        var shown = new ArrayList<UnitPosts>();
        for (var unit : units(unitCode)) {
            var list = posts.of(unit.id());
            if (!list.isEmpty()) {
                shown.add(new UnitPosts(unit, list));
            }
        }
        model.addAttribute("lists", shown);
        return "supervision/portal-responsibility-list";
    }

    private List<Unit> units(String unitCode) {
        return unitCode == null ? organization.portalUnits() : List.of(organization.portalUnit(unitCode));
    }
}
