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
    private final ChannelDirectory channels;
    private final CaseFileEvaluations evaluations;
    private final WarningCases warnings;
    private final java.time.Clock clock;

    ResponsibilityPortalController(
            Organization organization,
            PostDuties posts,
            ChannelDirectory channels,
            CaseFileEvaluations evaluations,
            WarningCases warnings,
            java.time.Clock clock) {
        this.organization = organization;
        this.posts = posts;
        this.channels = channels;
        this.evaluations = evaluations;
        this.warnings = warnings;
        this.clock = clock;
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
        model.addAttribute("channels", channels.published());
        // 执法监督结果公开: the case-file evaluations of last year and this year, per unit, in summary
        var names = new java.util.HashMap<java.util.UUID, String>();
        organization.activeUnits().forEach(unit -> names.put(unit.id(), unit.name()));
        var thisYear = java.time.LocalDate.now(clock).getYear();
        var results = new java.util.ArrayList<CaseFileEvaluations.UnitResult>();
        results.addAll(evaluations.results(names.keySet(), thisYear));
        results.addAll(evaluations.results(names.keySet(), thisYear - 1));
        model.addAttribute(
                "results", results.stream().filter(r -> r.evaluated() > 0).toList());
        model.addAttribute("unitNames", names);
        model.addAttribute("warnings", warnings.published());
        return "supervision/portal-responsibility";
    }

    @GetMapping("/portal/responsibility/warnings/{id}")
    String warning(@org.springframework.web.bind.annotation.PathVariable java.util.UUID id, Model model) {
        model.addAttribute(
                "warning",
                warnings.onThePortal(id).orElseThrow(() -> new org.sunlight.platform.NotFound("warning-case")));
        return "supervision/portal-warning";
    }
}
