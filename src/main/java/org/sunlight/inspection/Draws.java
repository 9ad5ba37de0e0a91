package org.sunlight.inspection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.inspection.InspectionRefusals.InvalidField;
import org.sunlight.inspection.InspectionRefusals.NotOpen;
import org.sunlight.inspection.InspectionRefusals.NotTheUnitsStaff;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/**
 * Draws (双随机抽取): the commitment freezes the eligible pool, the rules and a commitment to a secret; finishing it
 * records the public value of the named day, fixes the seed and computes the outcome with {@link DrawFunction}.
 */
@Service
class Draws {

    /** A stock index's closing value as published: digits with up to four decimals, nothing else. */
    private static final Pattern PUBLIC_VALUE = Pattern.compile("\\d{1,7}(\\.\\d{1,4})?");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;
    private final Subjects subjects;
    private final Plans plans;
    private final InspectorPool inspectors;
    private final CaseLink cases;
    private final Organization organization;
    private final InspectionProperties properties;
    private final ApplicationEventPublisher events;
    private final com.fasterxml.jackson.databind.ObjectMapper json;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    Draws(
            JdbcClient db,
            Subjects subjects,
            Plans plans,
            InspectorPool inspectors,
            CaseLink cases,
            Organization organization,
            InspectionProperties properties,
            ApplicationEventPublisher events,
            com.fasterxml.jackson.databind.ObjectMapper json,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.subjects = subjects;
        this.plans = plans;
        this.inspectors = inspectors;
        this.cases = cases;
        this.organization = organization;
        this.properties = properties;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Commits to a draw of the task: freezes the pool and the rules and publishes them with a commitment to a fresh
     * secret, naming the day whose public value will fix the seed. The plan must have been published before.
     */
    @Transactional
    UUID commit(StaffUser user, UUID taskId, LocalDate publicValueDate) {
        var task = plans.task(taskId)
                .filter(t -> organization.isVisible(user, t.unitId()))
                .orElseThrow(() -> new NotFound("task"));
        if (!SubjectPool.maySave(user, task.unitId())) {
            throw new NotTheUnitsStaff();
        }
        var plan = plans.find(task.planId()).orElseThrow();
        if (!plan.published()) {
            throw new NotOpen("inspection.task.plan-not-published");
        }
        var today = LocalDate.now(clock);
        if (publicValueDate == null || publicValueDate.isBefore(today)) {
            throw new InvalidField("publicValueDate", "inspection.draw.public-value-date.past");
        }
        var unit = organization.unit(task.unitId()).orElseThrow();
        var snapshot = snapshot(unit.id(), unit.divisionCode(), unit.name(), today, task);
        var rules = new DrawFunction.Rules(taskId.toString(), ratios(task), properties.recentDays(), 2);
        var snapshotText = DrawFunction.snapshotText(snapshot);
        var rulesText = DrawFunction.rulesText(rules);
        var secret = new byte[32];
        RANDOM.nextBytes(secret);
        var id = UUID.randomUUID();
        var committedAt = OffsetDateTime.now(clock);
        var commitment = DrawFunction.record(
                DrawFunction.COMMITMENT_HEADER,
                "draw",
                id.toString(),
                "unit",
                unit.divisionCode(),
                "task",
                taskId.toString(),
                "snapshot-sha256",
                sha256(snapshotText),
                "rules-sha256",
                sha256(rulesText),
                "secret-sha256",
                DrawFunction.hex(DrawFunction.sha256(secret)),
                "public-value-source",
                properties.publicValueSource(),
                "public-value-date",
                publicValueDate.toString(),
                "committed-at",
                committedAt.toString());
        db.sql(
                        """
                        insert into inspection.draw (id, unit_id, task_id, status, snapshot, snapshot_sha256, rules,
                            rules_sha256, commitment, commitment_sha256, secret, public_value_source, public_value_date,
                            subjects, inspectors, committed_by, committed_at)
                        values (?, ?, ?, 'COMMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        unit.id(),
                        taskId,
                        snapshotText,
                        sha256(snapshotText),
                        rulesText,
                        sha256(rulesText),
                        commitment,
                        sha256(commitment),
                        DrawFunction.hex(secret),
                        properties.publicValueSource(),
                        publicValueDate,
                        snapshot.subjects().size(),
                        snapshot.inspectors().size(),
                        user.getUsername(),
                        committedAt)
                .update();
        events.publishEvent(new DrawCommitted(
                id,
                unit.id(),
                taskId,
                sha256(snapshotText),
                sha256(rulesText),
                sha256(commitment),
                snapshot.subjects().size(),
                snapshot.inspectors().size(),
                user.getUsername(),
                committedAt.toInstant()));
        return id;
    }

    /**
     * Finishes a committed draw with the public value of its day, as published: the seed follows, and the outcome
     * from the frozen snapshot and rules. Not before that day, when the value cannot be known.
     */
    @Transactional
    Draw finish(StaffUser user, UUID drawId, String publicValue) {
        var draw = visible(user, drawId);
        if (!SubjectPool.maySave(user, draw.unitId())) {
            throw new NotTheUnitsStaff();
        }
        if (draw.finished()) {
            throw new NotOpen("inspection.draw.finished-already");
        }
        if (LocalDate.now(clock).isBefore(draw.publicValueDate())) {
            throw new NotOpen("inspection.draw.too-early", draw.publicValueDate());
        }
        var value = publicValue == null ? "" : publicValue.strip();
        if (!PUBLIC_VALUE.matcher(value).matches()) {
            throw new InvalidField("publicValue", "inspection.draw.public-value.format");
        }
        var stored = db.sql("select snapshot, rules, secret from inspection.draw where id = ?")
                .param(drawId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        var seed = DrawFunction.seed(draw.commitmentSha256(), stored[2], value);
        var snapshot = DrawFunction.parseSnapshot(stored[0]);
        var outcome = DrawFunction.run(snapshot, DrawFunction.parseRules(stored[1]), seed);
        var outcomeText = DrawFunction.outcomeText(outcome);
        var seedRecord = DrawFunction.record(
                DrawFunction.SEED_HEADER, "secret", stored[2], "public-value", value, "seed", DrawFunction.hex(seed));
        var finishedAt = OffsetDateTime.now(clock);
        db.sql(
                        """
                        update inspection.draw set status = 'FINISHED', public_value = ?, seed = ?, seed_record = ?,
                            outcome = ?, outcome_sha256 = ?, drawn = ?, finished_by = ?, finished_at = ?
                        where id = ? and status = 'COMMITTED'
                        """)
                .params(
                        value,
                        DrawFunction.hex(seed),
                        seedRecord,
                        outcomeText,
                        sha256(outcomeText),
                        outcome.drawn().size(),
                        user.getUsername(),
                        finishedAt,
                        drawId)
                .update();
        var subjectIds = new HashMap<String, UUID>();
        db.sql("select identifier, id from inspection.subject where unit_id = ?")
                .param(draw.unitId())
                .query((rs, row) -> subjectIds.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        var officerIds = new HashMap<String, UUID>();
        organization
                .actingOfficers(draw.unitId())
                .forEach(officer -> officerIds.put(officer.certificate().certificateNo(), officer.id()));
        var task = plans.task(draw.taskId()).orElseThrow();
        var itemCode = task.lines().get(0).itemCode();
        for (var drawn : outcome.drawn()) {
            var sent = drawn.inspectors();
            db.sql(
                            """
                            insert into inspection.draw_subject (draw_id, risk_class, rank, identifier, subject_id,
                                inspector1, inspector2, certificate1, certificate2)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            drawId,
                            drawn.risk().name(),
                            drawn.rank(),
                            drawn.identifier(),
                            subjectIds.get(drawn.identifier()),
                            sent.isEmpty() ? null : officerIds.get(sent.get(0)),
                            sent.isEmpty() ? null : officerIds.get(sent.get(1)),
                            sent.isEmpty() ? null : sent.get(0),
                            sent.isEmpty() ? null : sent.get(1))
                    .update();
            if (!sent.isEmpty()) {
                // 行政处罚法 第四十二条: the two inspectors open the routine inspection, due by the end of the task
                var subject = subjects.find(subjectIds.get(drawn.identifier())).orElseThrow();
                var caseId = cases.openInspection(
                        user,
                        subject,
                        itemCode,
                        task.title(),
                        List.of(officerIds.get(sent.get(0)), officerIds.get(sent.get(1))));
                db.sql(
                                """
                                insert into inspection.inspection_case (draw_id, subject_id, identifier, case_id, due_on)
                                values (?, ?, ?, ?, ?)
                                """)
                        .params(drawId, subject.id(), drawn.identifier(), caseId, task.periodTo())
                        .update();
            }
        }
        events.publishEvent(new DrawFinished(
                drawId,
                draw.unitId(),
                draw.commitmentSha256(),
                value,
                DrawFunction.hex(seed),
                sha256(outcomeText),
                outcome.drawn().size(),
                user.getUsername(),
                finishedAt.toInstant()));
        return find(drawId).orElseThrow();
    }

    private DrawFunction.Snapshot snapshot(UUID unitId, String unitCode, String unitName, LocalDate today, Task task) {
        var categories = task.lines().stream()
                .flatMap(line -> line.categories().stream())
                .map(Enum::name)
                .distinct()
                .toList();
        var underCase = cases.partiesUnderOpenCases(unitId);
        var subjects = db.sql(
                        """
                        select identifier, risk_class, status, last_inspected_on, category, name, credit_code
                        from inspection.subject where unit_id = :unit and category in (:categories)
                        """)
                .param("unit", unitId)
                .param("categories", categories)
                .query((rs, row) -> new DrawFunction.Entry(
                        rs.getString(1),
                        RiskClass.valueOf(rs.getString(2)),
                        SubjectStatus.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(7) != null && underCase.contains(rs.getString(7)),
                        SubjectCategory.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
        var pool = inspectors.inspectors(unitId, today);
        var certificates = new HashMap<UUID, String>();
        pool.forEach(inspector -> certificates.put(inspector.officerId(), inspector.certificateNo()));
        var drawnIdentifiers = new HashSet<String>();
        subjects.forEach(subject -> drawnIdentifiers.add(subject.identifier()));
        var conflicts = new HashMap<String, Set<String>>();
        db.sql(
                        """
                        select s.identifier, c.officer_id from inspection.conflict c
                        join inspection.subject s on s.id = c.subject_id where c.unit_id = ?
                        """)
                .param(unitId)
                .query((rs, row) -> {
                    var certificate = certificates.get(rs.getObject(2, UUID.class));
                    if (certificate != null && drawnIdentifiers.contains(rs.getString(1))) {
                        conflicts
                                .computeIfAbsent(rs.getString(1), k -> new HashSet<>())
                                .add(certificate);
                    }
                    return null;
                })
                .list();
        var lastPairs = new HashMap<String, List<String>>();
        db.sql(
                        """
                        select distinct on (ds.identifier) ds.identifier, ds.certificate1, ds.certificate2
                        from inspection.draw_subject ds join inspection.draw d on d.id = ds.draw_id
                        where d.unit_id = ? and ds.certificate1 is not null
                        order by ds.identifier, d.finished_at desc
                        """)
                .param(unitId)
                .query((rs, row) -> {
                    if (drawnIdentifiers.contains(rs.getString(1))) {
                        lastPairs.put(rs.getString(1), List.of(rs.getString(2), rs.getString(3)));
                    }
                    return null;
                })
                .list();
        return new DrawFunction.Snapshot(
                unitCode,
                unitName,
                today,
                subjects,
                pool.stream()
                        .map(inspector -> new DrawFunction.Officer(inspector.certificateNo(), inspector.name()))
                        .toList(),
                conflicts,
                lastPairs);
    }

    /** The ratio per risk class: of a joint task, the highest of its lines. */
    private static Map<RiskClass, BigDecimal> ratios(Task task) {
        var ratios = new EnumMap<RiskClass, BigDecimal>(RiskClass.class);
        for (var risk : RiskClass.values()) {
            ratios.put(
                    risk,
                    task.lines().stream()
                            .map(line -> line.ratio(risk))
                            .max(BigDecimal::compareTo)
                            .orElse(BigDecimal.ZERO)
                            .setScale(2));
        }
        return ratios;
    }

    Draw visible(StaffUser user, UUID drawId) {
        return find(drawId)
                .filter(draw -> organization.isVisible(user, draw.unitId()))
                .orElseThrow(() -> new NotFound("draw"));
    }

    Optional<Draw> find(UUID drawId) {
        return db.sql("select * from inspection.draw where id = ?")
                .param(drawId)
                .query((rs, row) -> new Draw(
                        rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getObject("task_id", UUID.class),
                        rs.getString("status"),
                        rs.getString("snapshot_sha256"),
                        rs.getString("rules_sha256"),
                        rs.getString("commitment_sha256"),
                        rs.getString("public_value_source"),
                        rs.getObject("public_value_date", LocalDate.class),
                        rs.getInt("subjects"),
                        rs.getInt("inspectors"),
                        rs.getString("committed_by"),
                        rs.getObject("committed_at", OffsetDateTime.class),
                        "FINISHED".equals(rs.getString("status")) ? rs.getString("secret") : null,
                        rs.getString("public_value"),
                        rs.getString("seed"),
                        rs.getString("outcome_sha256"),
                        (Integer) rs.getObject("drawn"),
                        rs.getObject("finished_at", OffsetDateTime.class)))
                .optional();
    }

    List<Draw> ofPlan(UUID planId) {
        return db
                .sql("select d.id from inspection.draw d join inspection.task t on t.id = d.task_id"
                        + " where t.plan_id = ? order by d.committed_at")
                .param(planId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** Every draw, committed or finished, for the portal: the latest first. */
    List<Draw> all() {
        return db.sql("select id from inspection.draw order by committed_at desc").query(UUID.class).list().stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /**
     * A published file of the draw: the snapshot, rules and commitment at once; the seed, outcome and re-matchings (none
     * at first) when finished.
     */
    Optional<String> file(UUID drawId, String name) {
        var column =
                switch (name) {
                    case "snapshot" -> "snapshot";
                    case "rules" -> "rules";
                    case "commitment" -> "commitment";
                    case "seed" -> "seed_record";
                    case "outcome" -> "outcome";
                    case "rematches" -> "rematches";
                    default -> null;
                };
        if (column == null) {
            return Optional.empty();
        }
        if (column.equals("rematches")) {
            return find(drawId).filter(Draw::finished).map(draw -> DrawFunction.rematchesText(rematches(drawId)));
        }
        return db.sql("select " + column + " from inspection.draw where id = ?")
                .param(drawId)
                .query(String.class)
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    /** The drawn subjects of finished draws whose name holds the text (at most 200), newest draw first. */
    List<DrawnRow> drawnByName(String text) {
        var like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var hits = db.sql(
                        """
                        select d.id, ds.identifier from inspection.draw_subject ds
                        join inspection.draw d on d.id = ds.draw_id join inspection.subject s on s.id = ds.subject_id
                        where d.status = 'FINISHED' and s.name like ?
                        order by d.finished_at desc, ds.risk_class, ds.rank limit 200
                        """)
                .param(like)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        var byDraw = new java.util.LinkedHashMap<UUID, Set<String>>();
        hits.forEach(hit ->
                byDraw.computeIfAbsent(hit.getKey(), k -> new HashSet<>()).add(hit.getValue()));
        var result = new java.util.ArrayList<DrawnRow>();
        byDraw.forEach((drawId, identifiers) -> drawn(drawId).stream()
                .filter(row -> identifiers.contains(row.identifier()))
                .forEach(result::add));
        return result;
    }

    /** The re-matching steps of a draw, in order. */
    List<DrawFunction.Rematch> rematches(UUID drawId) {
        return db.sql(
                        "select step, identifier, leaving, reason, chosen from inspection.rematch where draw_id = ? order by step")
                .param(drawId)
                .query((rs, row) -> new DrawFunction.Rematch(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        DrawFunction.RematchReason.valueOf(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    /** A re-matching step as staff read it: with the reason written. */
    record RematchRow(
            int step, String identifier, String leaving, String reason, String chosen, String note, String by) {}

    List<RematchRow> rematchRows(UUID drawId) {
        return db.sql(
                        """
                        select step, identifier, leaving, reason, chosen, note, recorded_by from inspection.rematch
                        where draw_id = ? order by step
                        """)
                .param(drawId)
                .query((rs, row) -> new RematchRow(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    /**
     * Re-matches a drawn subject (重新匹配): one of its two inspectors leaves for a stated reason, recorded with a note,
     * and another is drawn by the published sub-draw ({@link DrawFunction#rematch}) — never chosen by hand. Only
     * before the inspection started and its result was recorded. The step goes to the audit log and to the draw's
     * published rematches.txt, which verify-draw re-runs.
     */
    @Transactional
    DrawFunction.Rematch rematch(
            StaffUser user,
            UUID drawId,
            UUID subjectId,
            String leaving,
            DrawFunction.RematchReason reason,
            String note) {
        var draw = visible(user, drawId);
        if (!SubjectPool.maySave(user, draw.unitId())) {
            throw new NotTheUnitsStaff();
        }
        if (!draw.finished()) {
            throw new NotOpen("inspection.rematch.not-finished");
        }
        if (reason == null) {
            throw new InvalidField("reason", "inspection.rematch.reason.required");
        }
        var text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidField("note", "inspection.rematch.note.required");
        }
        if (!lengths.fits("inspection.rematch.note", text)) {
            throw new InvalidField("note", "inspection.field.too-long-max", lengths.max("inspection.rematch.note"));
        }
        // one re-matching at a time per draw: each step is computed from the ones before it
        db.sql("select id from inspection.draw where id = ? for update")
                .param(drawId)
                .query(UUID.class)
                .single();
        var inspection = db.sql(
                        """
                        select identifier, case_id, outcome from inspection.inspection_case
                        where draw_id = ? and subject_id = ?
                        """)
                .params(drawId, subjectId)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3)})
                .optional()
                .orElseThrow(() -> new NotFound("inspection"));
        if (inspection[2] != null) {
            throw new NotOpen("inspection.rematch.result-recorded");
        }
        var identifier = (String) inspection[0];
        var stored = db.sql("select snapshot, seed, outcome from inspection.draw where id = ?")
                .param(drawId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        var snapshot = DrawFunction.parseSnapshot(stored[0]);
        var seed = java.util.HexFormat.of().parseHex(stored[1]);
        var drawn = DrawFunction.parseDrawn(stored[2]);
        var earlier = rematches(drawId);
        int step = earlier.size() + 1;
        String chosen;
        try {
            chosen = DrawFunction.rematch(snapshot, drawn, seed, earlier, step, identifier, leaving, reason);
        } catch (IllegalArgumentException e) {
            throw new InvalidField("leaving", "inspection.rematch.leaving.not-sent");
        }
        if (chosen == null) {
            throw new NotOpen("inspection.rematch.nobody");
        }
        var officerIds = new HashMap<String, UUID>();
        organization
                .actingOfficers(draw.unitId())
                .forEach(officer -> officerIds.put(officer.certificate().certificateNo(), officer.id()));
        var leavingId = officerIds.get(leaving);
        var chosenId = officerIds.get(chosen);
        if (chosenId == null) {
            throw new NotOpen("inspection.rematch.chosen-not-acting", chosen);
        }
        if (leavingId == null || !cases.replaceInspector((UUID) inspection[1], leavingId, chosenId)) {
            throw new NotOpen("inspection.rematch.started");
        }
        var now = OffsetDateTime.now(clock);
        db.sql(
                        """
                        insert into inspection.rematch (draw_id, step, identifier, subject_id, leaving, reason, chosen, note,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        drawId,
                        step,
                        identifier,
                        subjectId,
                        leaving,
                        reason.name(),
                        chosen,
                        text,
                        user.getUsername(),
                        now)
                .update();
        events.publishEvent(new DrawRematched(
                drawId,
                draw.unitId(),
                step,
                identifier,
                leaving,
                reason.name(),
                chosen,
                text,
                user.getUsername(),
                now.toInstant()));
        return new DrawFunction.Rematch(step, identifier, leaving, reason, chosen);
    }

    /** The drawn subjects, with names and the inspectors' names, in class and rank order. */
    record DrawnRow(
            String riskClass,
            int rank,
            String identifier,
            UUID subjectId,
            String name,
            String category,
            String certificate1,
            String certificate2,
            String inspector1,
            String inspector2,
            UUID caseId,
            LocalDate dueOn,
            InspectionOutcome outcome,
            String outcomeNote,
            LocalDate outcomeOn) {}

    List<DrawnRow> drawn(UUID drawId) {
        var names = new HashMap<String, String>();
        var draw = find(drawId).orElseThrow();
        organization
                .actingOfficers(draw.unitId())
                .forEach(officer -> names.put(officer.certificate().certificateNo(), officer.name()));
        var rows = db.sql(
                        """
                        select ds.risk_class, ds.rank, ds.identifier, s.id, s.name, s.category, ds.certificate1,
                               ds.certificate2, ic.case_id, ic.due_on, ic.outcome, ic.outcome_note, ic.outcome_on
                        from inspection.draw_subject ds join inspection.subject s on s.id = ds.subject_id
                        left join inspection.inspection_case ic on ic.draw_id = ds.draw_id and ic.subject_id = s.id
                        where ds.draw_id = ? order by ds.risk_class, ds.rank
                        """)
                .param(drawId)
                .query((rs, row) -> new DrawnRow(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        names.getOrDefault(rs.getString(7), rs.getString(7)),
                        names.getOrDefault(rs.getString(8), rs.getString(8)),
                        rs.getObject(9, UUID.class),
                        rs.getObject(10, LocalDate.class),
                        rs.getString(11) == null ? null : InspectionOutcome.valueOf(rs.getString(11)),
                        rs.getString(12),
                        rs.getObject(13, LocalDate.class)))
                .list();
        // the inspectors sent now: the draw's, as changed by each re-matching step in turn
        var steps = rematches(drawId);
        if (steps.isEmpty()) {
            return rows;
        }
        var result = new java.util.ArrayList<DrawnRow>(rows.size());
        for (var row : rows) {
            var first = row.certificate1();
            var second = row.certificate2();
            for (var step : steps) {
                if (step.identifier().equals(row.identifier())) {
                    if (step.leaving().equals(first)) {
                        first = step.chosen();
                    } else if (step.leaving().equals(second)) {
                        second = step.chosen();
                    }
                }
            }
            result.add(new DrawnRow(
                    row.riskClass(),
                    row.rank(),
                    row.identifier(),
                    row.subjectId(),
                    row.name(),
                    row.category(),
                    first,
                    second,
                    names.getOrDefault(first, first),
                    names.getOrDefault(second, second),
                    row.caseId(),
                    row.dueOn(),
                    row.outcome(),
                    row.outcomeNote(),
                    row.outcomeOn()));
        }
        return result;
    }

    /**
     * Records the outcome of a drawn subject's inspection, once; the pool learns the day it was last inspected, and
     * that it is closed or was not found where the outcome says so.
     */
    @Transactional
    void recordOutcome(StaffUser user, UUID drawId, UUID subjectId, InspectionOutcome outcome, String note) {
        var draw = visible(user, drawId);
        if (!SubjectPool.maySave(user, draw.unitId())) {
            throw new NotTheUnitsStaff();
        }
        if (outcome == null) {
            throw new InvalidField("outcome", "inspection.outcome.required");
        }
        var text = note == null ? "" : note.strip();
        if (!lengths.fits("inspection.inspection_case.outcome_note", text)) {
            throw new InvalidField(
                    "note", "inspection.field.too-long-max", lengths.max("inspection.inspection_case.outcome_note"));
        }
        var today = LocalDate.now(clock);
        var recorded = db.sql(
                        """
                        update inspection.inspection_case set outcome = ?, outcome_note = ?, outcome_by = ?, outcome_on = ?
                        where draw_id = ? and subject_id = ? and outcome is null
                        """)
                .params(outcome.name(), text, user.getUsername(), today, drawId, subjectId)
                .update();
        if (recorded != 1) {
            throw new NotOpen("inspection.outcome.recorded-already");
        }
        var subject = subjects.find(subjectId).orElseThrow();
        var before = SubjectData.of(subject);
        var after = new SubjectData(
                subject.name(),
                subject.creditCode(),
                subject.licenceNo(),
                subject.category(),
                subject.address(),
                subject.area(),
                subject.riskClass(),
                switch (outcome) {
                    case CLOSED -> SubjectStatus.CLOSED;
                    case NOT_FOUND -> SubjectStatus.NOT_FOUND;
                    default -> subject.status();
                },
                outcome.visited() ? today : subject.lastInspectedOn());
        if (!before.asMap().equals(after.asMap())) {
            if (!subjects.update(subjectId, subject.version(), after)) {
                throw new InspectionRefusals.ChangedMeanwhile();
            }
            subjects.recordChange(
                    subjectId, user.getUsername(), "INSPECTION", json(before.asMap()), json(after.asMap()));
        }
        var caseId = db.sql("select case_id from inspection.inspection_case where draw_id = ? and subject_id = ?")
                .params(drawId, subjectId)
                .query(UUID.class)
                .single();
        events.publishEvent(new InspectionResultRecorded(
                drawId,
                subjectId,
                caseId,
                draw.unitId(),
                subject.name(),
                outcome,
                text,
                today,
                user.getUsername(),
                clock.instant()));
    }

    private String json(java.util.Map<String, Object> map) {
        try {
            return json.writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return DrawFunction.hex(DrawFunction.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
