package org.sunlight.supervision;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.organization.StaffUser;

/** The continuous part of the yearly assessment (A8): the figures per unit, on the console and as JSON. */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final ComplaintDesk desk;

    AssessmentController(Assessments assessments, ComplaintDesk desk) {
        this.assessments = assessments;
        this.desk = desk;
    }

    @GetMapping("/console/supervision/assessment")
    String page(@AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        var shown = year(year);
        model.addAttribute("year", shown);
        model.addAttribute("figures", assessments.figures(user, shown));
        return "supervision/assessment";
    }

    int year(Integer year) {
        var thisYear = desk.today().getYear();
        if (year == null) {
            return thisYear;
        }
        if (year < 2000 || year > thisYear) {
            throw new ComplaintRefusals.BadField("year", "supervision.evaluation.year.range", String.valueOf(thisYear));
        }
        return year;
    }
}
