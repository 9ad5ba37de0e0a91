package org.sunlight.supervision;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;

/**
 * The yearly assessment's grades as JSON (A8): the year's assessments, one with its figures, statements and consequence;
 * assessing, the unit's weights, stating, making final and recording the measure; refusals as problem+json naming the
 * field.
 */
@RestController
@RequestMapping("/api/supervision/assessments")
class AssessmentGradeApiController {

    private final AssessmentGrades grades;
    private final AssessmentController years;

    AssessmentGradeApiController(AssessmentGrades grades, AssessmentController years) {
        this.grades = grades;
        this.years = years;
    }

    record AssessmentJson(
            AssessmentGrades.Assessment assessment,
            List<AssessmentGrades.Statement> statements,
            AssessmentGrades.Consequence consequence) {}

    @GetMapping
    List<AssessmentGrades.Assessment> ofYear(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
        return grades.ofYear(user, years.year(year));
    }

    @GetMapping("/{id}")
    AssessmentJson one(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        var assessment = grades.visible(user, id);
        return new AssessmentJson(
                assessment, grades.statements(id), grades.consequence(id).orElse(null));
    }

    @PostMapping
    ResponseEntity<AssessmentJson> assess(@AuthenticationPrincipal StaffUser user, @RequestBody AssessmentForm form) {
        var assessment = grades.assess(user, form.entry());
        return ResponseEntity.created(URI.create("/api/supervision/assessments/" + assessment.id()))
                .body(new AssessmentJson(assessment, List.of(), null));
    }

    @PostMapping("/settings")
    AssessmentGrades.Weights weights(@AuthenticationPrincipal StaffUser user, @RequestBody AssessmentForm form) {
        return grades.setWeights(
                user,
                form.getUnitId(),
                form.getContinuousWeight(),
                form.getLegalTestWeight(),
                form.getNormativeTestWeight());
    }

    @PostMapping("/{id}/statements")
    ResponseEntity<AssessmentGrades.Statement> state(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody AssessmentForm form) {
        return ResponseEntity.status(201).body(grades.state(user, id, form.isNoObjection(), form.getStatement()));
    }

    @PostMapping("/{id}/final")
    AssessmentJson makeFinal(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody AssessmentForm form) {
        grades.makeFinal(user, id, form.getVersion(), form.getLegalTest(), form.getNormativeTest(), form.getReply());
        return one(user, id);
    }

    @PostMapping("/{id}/measure")
    AssessmentJson measure(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody AssessmentForm form) {
        grades.recordMeasure(user, id, form.getMeasure(), form.getNote());
        return one(user, id);
    }
}
