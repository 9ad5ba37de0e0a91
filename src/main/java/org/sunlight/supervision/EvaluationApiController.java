package org.sunlight.supervision;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
 * Case-file evaluation as JSON (A5): a case's live score, drawing a sample, a sample with its scores, scoring a sampled
 * case file, the results per unit; refusals as problem+json naming the field.
 */
@RestController
@RequestMapping("/api/supervision/evaluations")
class EvaluationApiController {

    private final CaseFileEvaluations evaluations;

    EvaluationApiController(CaseFileEvaluations evaluations) {
        this.evaluations = evaluations;
    }

    record ItemJson(
            String code,
            String section,
            String text,
            BigDecimal points,
            String check,
            String state,
            BigDecimal deducted,
            String finding) {}

    record LiveJson(UUID caseId, String stage, boolean ended, BigDecimal score, Grade grade, List<ItemJson> items) {}

    record DeductionJson(String item, BigDecimal deducted, String finding, boolean automatic) {}

    record EvaluationJson(
            UUID id,
            UUID sampleId,
            UUID caseId,
            BigDecimal score,
            Grade grade,
            String evaluator,
            Instant evaluatedAt,
            List<DeductionJson> deductions) {}

    record SampledJson(int position, UUID caseId, EvaluationJson evaluation) {}

    record SampleJson(
            UUID id,
            UUID unitId,
            int year,
            String seed,
            int population,
            String populationSha256,
            int size,
            String drawnBy,
            Instant drawnAt,
            List<SampledJson> cases) {}

    record Drawing(UUID unitId, Integer year, Integer size, Long seed) {}

    record UnitResultJson(
            UUID unitId,
            int year,
            long sampled,
            long evaluated,
            BigDecimal averageScore,
            long excellent,
            long qualified,
            long unqualified) {}

    @GetMapping("/cases/{caseId}")
    LiveJson live(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId) {
        var live = evaluations.live(user, caseId);
        var items = live.lines().stream()
                .map(line -> new ItemJson(
                        line.item().code(),
                        line.item().section().name(),
                        line.item().text(),
                        line.item().points(),
                        line.item().judged() ? null : line.item().automatic().name(),
                        line.result() == null ? "JUDGED" : line.result().state().name(),
                        line.deducted(),
                        line.finding()))
                .toList();
        return new LiveJson(live.kase().id(), live.kase().stage(), live.ended(), live.score(), live.grade(), items);
    }

    @PostMapping("/samples")
    ResponseEntity<SampleJson> draw(@AuthenticationPrincipal StaffUser user, @RequestBody Drawing drawing) {
        var sample = evaluations.draw(user, drawing.unitId(), drawing.year(), drawing.size(), drawing.seed());
        return ResponseEntity.created(URI.create("/api/supervision/evaluations/samples/" + sample.id()))
                .body(json(sample));
    }

    @GetMapping("/samples/{id}")
    SampleJson sample(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return json(evaluations.sample(user, id));
    }

    @PostMapping("/samples/{id}/cases/{caseId}")
    ResponseEntity<EvaluationJson> evaluate(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable UUID caseId,
            @RequestBody EvaluationForm body) {
        var evaluation = evaluations.evaluate(user, id, caseId, body.judgements());
        return ResponseEntity.created(URI.create("/api/supervision/evaluations/samples/" + id))
                .body(json(evaluation));
    }

    @GetMapping("/results")
    List<UnitResultJson> results(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year) {
        var shown = year != null ? year : evaluations.today().getYear();
        return evaluations.results(user, shown).stream()
                .map(r -> new UnitResultJson(
                        r.unitId(),
                        r.year(),
                        r.sampled(),
                        r.evaluated(),
                        r.average(),
                        r.excellent(),
                        r.qualified(),
                        r.unqualified()))
                .toList();
    }

    private static SampleJson json(CaseFileEvaluations.Sample sample) {
        return new SampleJson(
                sample.id(),
                sample.unitId(),
                sample.year(),
                Long.toString(sample.seed()),
                sample.population(),
                sample.populationSha256(),
                sample.size(),
                sample.drawnBy(),
                sample.drawnAt(),
                sample.cases().stream()
                        .map(c -> new SampledJson(
                                c.position(), c.caseId(), c.evaluation() == null ? null : json(c.evaluation())))
                        .toList());
    }

    private static EvaluationJson json(CaseFileEvaluations.Evaluation evaluation) {
        return new EvaluationJson(
                evaluation.id(),
                evaluation.sampleId(),
                evaluation.caseId(),
                evaluation.score(),
                evaluation.grade(),
                evaluation.evaluator(),
                evaluation.evaluatedAt(),
                evaluation.deductions().stream()
                        .map(d -> new DeductionJson(d.itemCode(), d.deducted(), d.finding(), d.automatic()))
                        .toList());
    }
}
