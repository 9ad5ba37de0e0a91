package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.inspection.InspectionRefusals.InvalidField;
import org.sunlight.platform.NotFound;

/**
 * The double-random section as JSON for anyone (S1, D10): published plans, draws with their published files, and the
 * drawn subjects with their results; errors as problem+json naming the parameter. Inspectors' names are not part of
 * it (the portal does not show them either); their certificate numbers are in the published snapshot and outcome.
 */
@RestController
@RequestMapping("/api/public/random-inspection")
class RandomInspectionApiController {

    /** At most this many drawn subjects per search; a longer query is refused, never cut. */
    static final int MAX_QUERY = 50;

    private final Plans plans;
    private final Draws draws;

    RandomInspectionApiController(Plans plans, Draws draws) {
        this.plans = plans;
        this.draws = draws;
    }

    record PlanJson(UUID id, UUID unitId, int year, String title, String publishedAt, List<PlanLine> lines) {}

    record DrawJson(
            UUID id,
            UUID unitId,
            UUID taskId,
            String taskTitle,
            String status,
            int subjects,
            int inspectors,
            String snapshotSha256,
            String rulesSha256,
            String commitmentSha256,
            String publicValueSource,
            LocalDate publicValueDate,
            String publicValue,
            String secret,
            String seed,
            String outcomeSha256,
            Integer drawn,
            List<String> files) {}

    record ResultJson(
            String riskClass,
            int rank,
            String identifier,
            String name,
            String category,
            LocalDate dueOn,
            InspectionOutcome outcome,
            LocalDate inspectedOn,
            String note) {}

    record DrawDetailJson(DrawJson draw, List<ResultJson> results, List<DrawFunction.Rematch> rematches) {}

    @GetMapping("/plans")
    List<PlanJson> plans() {
        return plans.published().stream()
                .map(plan -> new PlanJson(
                        plan.id(),
                        plan.unitId(),
                        plan.year(),
                        plan.title(),
                        plan.publishedAt() == null ? null : plan.publishedAt().toString(),
                        plan.lines()))
                .toList();
    }

    @GetMapping("/draws")
    List<DrawJson> draws() {
        return draws.all().stream().map(this::json).toList();
    }

    @GetMapping("/draws/{id}")
    DrawDetailJson draw(@PathVariable UUID id) {
        var draw = draws.find(id).orElseThrow(() -> new NotFound("draw"));
        if (!draw.finished()) {
            return new DrawDetailJson(json(draw), List.of(), List.of());
        }
        return new DrawDetailJson(
                json(draw),
                draws.drawn(id).stream()
                        .map(RandomInspectionApiController::result)
                        .toList(),
                draws.rematches(id));
    }

    /** The drawn subjects whose name holds {@code q}, with their results, newest draw first. */
    @GetMapping("/results")
    List<ResultJson> results(@RequestParam(required = false) String q) {
        var text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw new InvalidField("q", "inspection.api.q.required");
        }
        if (text.length() > MAX_QUERY) {
            throw new InvalidField("q", "inspection.api.q.too-long", MAX_QUERY);
        }
        return draws.drawnByName(text).stream()
                .map(RandomInspectionApiController::result)
                .toList();
    }

    private DrawJson json(Draw draw) {
        var files = new java.util.ArrayList<String>();
        var base = "/portal/random-inspection-results/draws/" + draw.id() + "/";
        for (var name : draw.finished()
                ? List.of("snapshot", "rules", "commitment", "seed", "outcome", "rematches")
                : List.of("snapshot", "rules", "commitment")) {
            files.add(base + name + ".txt");
        }
        return new DrawJson(
                draw.id(),
                draw.unitId(),
                draw.taskId(),
                plans.task(draw.taskId()).map(Task::title).orElse(null),
                draw.status(),
                draw.subjects(),
                draw.inspectors(),
                draw.snapshotSha256(),
                draw.rulesSha256(),
                draw.commitmentSha256(),
                draw.publicValueSource(),
                draw.publicValueDate(),
                draw.publicValue(),
                draw.secret(),
                draw.seed(),
                draw.outcomeSha256(),
                draw.drawn(),
                List.copyOf(files));
    }

    private static ResultJson result(Draws.DrawnRow row) {
        return new ResultJson(
                row.riskClass(),
                row.rank(),
                row.identifier(),
                row.name(),
                row.category(),
                row.dueOn(),
                row.outcome(),
                row.outcomeOn(),
                row.outcomeNote());
    }
}
