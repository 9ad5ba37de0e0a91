package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of double-random inspection (双随机、一公开): the portal's figures, the result of an
 * inspection case for its disclosure, and the yearly report's counts.
 */
@Service
public class RandomInspection {

    private final JdbcClient db;

    RandomInspection(JdbcClient db) {
        this.db = db;
    }

    /** How many published plans and draws the portal's section shows, all units together. */
    public long published() {
        return db.sql("select (select count(*) from inspection.plan where status = 'PUBLISHED')"
                        + " + (select count(*) from inspection.draw)")
                .query(Long.class)
                .single();
    }

    /** How many published plans and draws of the unit its own portal's section shows. */
    public long published(UUID unitId) {
        return db.sql("select (select count(*) from inspection.plan where status = 'PUBLISHED' and unit_id = :unit)"
                        + " + (select count(*) from inspection.draw where unit_id = :unit)")
                .param("unit", unitId)
                .query(Long.class)
                .single();
    }

    /** The recorded result of the inspection a draw opened as this case, if it is one and its result is recorded. */
    public Optional<InspectionResult> resultOfCase(UUID caseId) {
        return db.sql(
                        """
                        select ic.draw_id, ic.case_id, s.name, ic.identifier, t.title, ic.outcome, ic.outcome_note,
                               ic.outcome_on
                        from inspection.inspection_case ic
                        join inspection.subject s on s.id = ic.subject_id
                        join inspection.draw d on d.id = ic.draw_id
                        join inspection.task t on t.id = d.task_id
                        where ic.case_id = ? and ic.outcome is not null
                        """)
                .param(caseId)
                .query((rs, row) -> new InspectionResult(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        InspectionOutcome.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? "" : rs.getString(7),
                        rs.getObject(8, LocalDate.class)))
                .optional();
    }

    /** The units' draws, drawn subjects and recorded results from {@code from} to {@code to}, both included. */
    public RandomInspectionFigures figures(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return new RandomInspectionFigures(0, 0, 0, 0, 0);
        }
        return db.sql(
                        """
                        select
                          (select count(*) from inspection.draw d where d.unit_id in (:units) and d.status = 'FINISHED'
                              and (d.finished_at at time zone 'Asia/Shanghai')::date between :from and :to),
                          (select coalesce(sum(d.drawn), 0) from inspection.draw d
                              where d.unit_id in (:units) and d.status = 'FINISHED'
                              and (d.finished_at at time zone 'Asia/Shanghai')::date between :from and :to),
                          (select count(*) from inspection.inspection_case ic join inspection.draw d on d.id = ic.draw_id
                              where d.unit_id in (:units) and ic.outcome_on between :from and :to),
                          (select count(*) from inspection.inspection_case ic join inspection.draw d on d.id = ic.draw_id
                              where d.unit_id in (:units) and ic.outcome_on between :from and :to
                              and ic.outcome in ('RECTIFICATION', 'CASE_FILED')),
                          %s
                        """
                                .formatted(rematchedCount()))
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> new RandomInspectionFigures(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .single();
    }

    private static String rematchedCount() {
        return "0";
    }
}
