package org.sunlight.inspection;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.organization.Organization;
import org.sunlight.platform.NotFound;

/**
 * The portal's section "双随机抽查" (S1, D10): published plans before their draws, each draw at once with its
 * commitment, seed and files to re-run it, the drawn subjects by name, and a search by name.
 */
@Controller
class RandomInspectionPortalController {

    private final Plans plans;
    private final Draws draws;
    private final Organization organization;
    private final JdbcClient db;

    RandomInspectionPortalController(Plans plans, Draws draws, Organization organization, JdbcClient db) {
        this.plans = plans;
        this.draws = draws;
        this.organization = organization;
        this.db = db;
    }

    /** A drawn subject found by name. */
    record Found(String name, String identifier, String riskClass, UUID drawId, String taskTitle, String unitName) {}

    /** Every unit's plans and draws, or on a unit's portal the unit's own (issue 18, point 11). */
    @GetMapping({"/portal/random-inspection-results", "/u/{unitCode}/portal/random-inspection-results"})
    String section(
            @PathVariable(required = false) String unitCode, @RequestParam(required = false) String q, Model model) {
        var unit = organization.portalUnit(unitCode);
        var unitId = unit == null ? null : unit.id();
        var units = new java.util.HashMap<UUID, String>();
        organization.activeUnits().forEach(active -> units.put(active.id(), active.name()));
        model.addAttribute("unitNames", units);
        model.addAttribute(
                "plans",
                plans.published().stream()
                        .filter(plan -> unitId == null || unitId.equals(plan.unitId()))
                        .toList());
        var shown = draws.all().stream()
                .filter(draw -> unitId == null || unitId.equals(draw.unitId()))
                .toList();
        model.addAttribute("draws", shown);
        var tasks = new java.util.HashMap<UUID, Task>();
        shown.forEach(draw -> plans.task(draw.taskId()).ifPresent(task -> tasks.put(task.id(), task)));
        model.addAttribute("tasks", tasks);
        var text = q == null ? "" : q.replaceAll("\\p{Cntrl}", "").strip();
        if (text.length() > SubjectConsoleController.MAX_QUERY) {
            text = text.substring(0, SubjectConsoleController.MAX_QUERY);
        }
        model.addAttribute("q", text);
        if (!text.isEmpty()) {
            var like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            model.addAttribute(
                    "found",
                    db.sql(
                                    """
                                    select s.name, ds.identifier, ds.risk_class, d.id, t.title, d.unit_id
                                    from inspection.draw_subject ds join inspection.draw d on d.id = ds.draw_id
                                    join inspection.subject s on s.id = ds.subject_id
                                    join inspection.task t on t.id = d.task_id
                                    where d.status = 'FINISHED' and s.name like ?
                                      and (cast(? as uuid) is null or d.unit_id = ?)
                                    order by d.finished_at desc, ds.risk_class, ds.rank limit 200
                                    """)
                            .params(like, unitId, unitId)
                            .query((rs, row) -> new Found(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, UUID.class),
                                    rs.getString(5),
                                    units.getOrDefault(rs.getObject(6, UUID.class), "")))
                            .list());
        }
        return "inspection/portal";
    }

    @GetMapping("/portal/random-inspection-results/draws/{id}")
    String draw(@PathVariable UUID id, Model model) {
        var draw = draws.find(id).orElseThrow(() -> new NotFound("draw"));
        model.addAttribute("draw", draw);
        model.addAttribute("task", plans.task(draw.taskId()).orElseThrow());
        model.addAttribute("unit", organization.unit(draw.unitId()).orElseThrow());
        model.addAttribute("drawn", draw.finished() ? draws.drawn(id) : java.util.List.of());
        return "inspection/portal-draw";
    }

    /** The published files of a draw, as plain UTF-8 text, exactly as hashed. */
    @GetMapping(
            "/portal/random-inspection-results/draws/{id}/{name:snapshot|rules|commitment|seed|outcome|rematches}.txt")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable String name) {
        var text = draws.file(id, name).orElseThrow(() -> new NotFound("draw file"));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header("Content-Disposition", "inline; filename=\"" + name + ".txt\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
