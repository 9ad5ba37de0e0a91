package org.sunlight.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.organization.Organization;

/**
 * What a supervisor checks of a unit's double-random year (S1 point 7), counted from the records: coverage per category
 * and risk class against the published plan, inspections past due, subjects not inspected for years, the inspectors'
 * workload, and the repeat inspections the draws' exclusion rule avoided.
 */
@Service
class InspectionSupervision {

    private final JdbcClient db;
    private final Plans plans;
    private final Draws draws;
    private final Organization organization;

    InspectionSupervision(JdbcClient db, Plans plans, Draws draws, Organization organization) {
        this.db = db;
        this.plans = plans;
        this.draws = draws;
        this.organization = organization;
    }

    /**
     * One category and class of the plan: the operating subjects in the pool, the plan's ratio and the count it asks
     * (⌈n × ratio⌉), and what the year's draws drew and the inspections recorded.
     */
    record Coverage(
            SubjectCategory category,
            RiskClass risk,
            long operating,
            BigDecimal ratio,
            long planned,
            long drawn,
            long inspected) {

        /** Recorded inspections as a share of the planned count, in per cent (whole); 100 when nothing is planned. */
        public long percent() {
            return planned == 0 ? 100 : Math.min(100 * inspected / planned, 999);
        }
    }

    record Overdue(UUID drawId, UUID caseId, String name, String identifier, LocalDate dueOn, long daysLate) {}

    record NotInspected(String name, String identifier, SubjectCategory category, RiskClass risk, LocalDate lastOn) {}

    record Workload(String certificateNo, String name, long assigned, long recorded, long open) {}

    record View(
            int year,
            Plan plan,
            List<Coverage> coverage,
            List<Overdue> overdue,
            int years,
            long notInspectedCount,
            List<NotInspected> notInspected,
            List<Workload> workload,
            long recentlyInspectedExcluded,
            long rematched) {}

    View of(UUID unitId, int year, int years, LocalDate today) {
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        var plan = plans.ofUnits(List.of(unitId)).stream()
                .filter(p -> p.year() == year && p.published())
                .findFirst()
                .orElse(null);
        return new View(
                year,
                plan,
                plan == null ? List.of() : coverage(unitId, plan, from, to),
                overdue(unitId, today),
                years,
                notInspectedCount(unitId, today.minusYears(years)),
                notInspected(unitId, today.minusYears(years)),
                workload(unitId, from),
                recentlyInspectedExcluded(unitId, from),
                db.sql(
                                """
                                select count(*) from inspection.rematch r join inspection.draw d on d.id = r.draw_id
                                join inspection.task t on t.id = d.task_id join inspection.plan p on p.id = t.plan_id
                                where d.unit_id = ? and p.year = ?
                                """)
                        .params(unitId, year)
                        .query(Long.class)
                        .single());
    }

    private List<Coverage> coverage(UUID unitId, Plan plan, LocalDate from, LocalDate to) {
        var operating = new HashMap<String, Long>();
        db.sql(
                        """
                        select category, risk_class, count(*) from inspection.subject
                        where unit_id = ? and status = 'OPERATING' group by category, risk_class
                        """)
                .param(unitId)
                .query((rs, row) -> operating.put(rs.getString(1) + rs.getString(2), rs.getLong(3)))
                .list();
        var drawn = new HashMap<String, Long>();
        var inspected = new HashMap<String, Long>();
        db.sql(
                        """
                        select s.category, ds.risk_class, count(*), count(ic.outcome)
                        from inspection.draw_subject ds join inspection.draw d on d.id = ds.draw_id
                        join inspection.task t on t.id = d.task_id
                        join inspection.subject s on s.id = ds.subject_id
                        left join inspection.inspection_case ic on ic.draw_id = ds.draw_id and ic.subject_id = ds.subject_id
                        where d.unit_id = ? and t.plan_id = ?
                        group by s.category, ds.risk_class
                        """)
                .params(unitId, plan.id())
                .query((rs, row) -> {
                    drawn.put(rs.getString(1) + rs.getString(2), rs.getLong(3));
                    return inspected.put(rs.getString(1) + rs.getString(2), rs.getLong(4));
                })
                .list();
        var result = new ArrayList<Coverage>();
        var seen = new java.util.HashSet<String>();
        for (var line : plan.lines()) {
            for (var category : line.categories()) {
                for (var risk : RiskClass.values()) {
                    var key = category.name() + risk.name();
                    if (!seen.add(key)) {
                        continue;
                    }
                    long n = operating.getOrDefault(key, 0L);
                    var ratio = line.ratio(risk);
                    result.add(new Coverage(
                            category,
                            risk,
                            n,
                            ratio,
                            DrawFunction.count((int) n, ratio),
                            drawn.getOrDefault(key, 0L),
                            inspected.getOrDefault(key, 0L)));
                }
            }
        }
        return result;
    }

    private List<Overdue> overdue(UUID unitId, LocalDate today) {
        return db.sql(
                        """
                        select ic.draw_id, ic.case_id, s.name, ic.identifier, ic.due_on
                        from inspection.inspection_case ic join inspection.draw d on d.id = ic.draw_id
                        join inspection.subject s on s.id = ic.subject_id
                        where d.unit_id = ? and ic.outcome is null and ic.due_on < ?
                        order by ic.due_on, ic.identifier limit 200
                        """)
                .params(unitId, today)
                .query((rs, row) -> {
                    var due = rs.getObject(5, LocalDate.class);
                    return new Overdue(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4),
                            due,
                            java.time.temporal.ChronoUnit.DAYS.between(due, today));
                })
                .list();
    }

    private long notInspectedCount(UUID unitId, LocalDate since) {
        return db.sql(
                        """
                        select count(*) from inspection.subject where unit_id = ? and status = 'OPERATING'
                        and (last_inspected_on is null or last_inspected_on < ?)
                        """)
                .params(unitId, since)
                .query(Long.class)
                .single();
    }

    private List<NotInspected> notInspected(UUID unitId, LocalDate since) {
        return db.sql(
                        """
                        select name, identifier, category, risk_class, last_inspected_on from inspection.subject
                        where unit_id = ? and status = 'OPERATING' and (last_inspected_on is null or last_inspected_on < ?)
                        order by risk_class desc, last_inspected_on nulls first, identifier limit 100
                        """)
                .params(unitId, since)
                .query((rs, row) -> new NotInspected(
                        rs.getString(1),
                        rs.getString(2),
                        SubjectCategory.valueOf(rs.getString(3)),
                        RiskClass.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Per inspector: subjects sent to in the draws of the year's plan (after re-matching), done and still open. */
    private List<Workload> workload(UUID unitId, LocalDate from) {
        var drawIds = db.sql(
                        """
                        select d.id from inspection.draw d join inspection.task t on t.id = d.task_id
                        join inspection.plan p on p.id = t.plan_id
                        where d.unit_id = ? and d.status = 'FINISHED' and p.year = ?
                        """)
                .params(unitId, from.getYear())
                .query(UUID.class)
                .list();
        var assigned = new HashMap<String, long[]>();
        var names = new HashMap<String, String>();
        for (var drawId : drawIds) {
            for (var row : draws.drawn(drawId)) {
                if (row.certificate1() == null) {
                    continue;
                }
                for (var pair : List.of(
                        Map.entry(row.certificate1(), row.inspector1()),
                        Map.entry(row.certificate2(), row.inspector2()))) {
                    names.put(pair.getKey(), pair.getValue());
                    var counts = assigned.computeIfAbsent(pair.getKey(), k -> new long[3]);
                    counts[0]++;
                    counts[row.outcome() == null ? 2 : 1]++;
                }
            }
        }
        return assigned.entrySet().stream()
                .map(e -> new Workload(
                        e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(java.util.Comparator.comparingLong(Workload::assigned)
                        .reversed()
                        .thenComparing(Workload::certificateNo))
                .toList();
    }

    /** Subjects the draws of the year's plan left out as inspected within the unit's N days, from their outcomes. */
    private long recentlyInspectedExcluded(UUID unitId, LocalDate from) {
        return db
                .sql(
                        """
                        select substring(d.outcome from '(?n)^excluded\tRECENTLY_INSPECTED\t([0-9]+)$')
                        from inspection.draw d join inspection.task t on t.id = d.task_id
                        join inspection.plan p on p.id = t.plan_id
                        where d.unit_id = ? and d.status = 'FINISHED' and p.year = ?
                        """)
                .params(unitId, from.getYear())
                .query(String.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::parseLong)
                .sum();
    }
}
