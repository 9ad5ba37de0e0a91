package org.sunlight.supervision;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;

/** The continuous part of the yearly assessment (A8) as JSON; a year out of range is a problem naming the field. */
@RestController
class AssessmentApiController {

    private final Assessments assessments;
    private final AssessmentController pages;

    AssessmentApiController(Assessments assessments, AssessmentController pages) {
        this.assessments = assessments;
        this.pages = pages;
    }

    @GetMapping("/api/supervision/assessment")
    List<Assessments.UnitFigures> json(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
        return assessments.figures(user, pages.year(year));
    }
}
