package org.sunlight.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;

/**
 * The continuous part of the yearly assessment (评议考核, A8; 实施方案 三(四)1 "平时考核…将每次的行政执法活动都作为具体的考核
 * 过程"): per unit and year, the figures the records give — case-file evaluations, complaints and how they were handled,
 * flags acknowledged, decisions published on time. Grades, weights and the special parts are not computed here.
 */
@Service
class Assessments {

    /** A unit's figures of a year, each counted from what is recorded. */
    record UnitFigures(
            UUID unitId,
            String unitName,
            int year,
            long evaluatedFiles,
            BigDecimal evaluationScoreTotal,
            long unqualifiedFiles,
            long complaintsReceived,
            long complaintsAcknowledged,
            long complaintsAcknowledgedInTime,
            long complaintsConcluded,
            long complaintsUpheld,
            long flagsAcknowledged,
            long decisions,
            long decisionsPublishedInTime) {

        /** The mean case-file score to one decimal place (half up), or null when none was evaluated. */
        public BigDecimal meanEvaluationScore() {
            return evaluatedFiles == 0
                    ? null
                    : evaluationScoreTotal.divide(BigDecimal.valueOf(evaluatedFiles), 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient db;
    private final Organization organization;
    private final WorkingDays workingDays;

    Assessments(JdbcClient db, Organization organization, WorkingDays workingDays) {
        this.db = db;
        this.organization = organization;
        this.workingDays = workingDays;
    }

    /** The figures of every unit the staff member sees. */
    List<UnitFigures> figures(StaffUser user, int year) {
        var figures = new ArrayList<UnitFigures>();
        for (var unit : organization.visibleUnits(user)) {
            figures.add(figures(unit, year));
        }
        return figures;
    }

    UnitFigures figures(Unit unit, int year) {
        var evaluations = db.sql(
                        """
                        with latest as (
                            select distinct on (e.case_id) e.score, e.grade from supervision.case_evaluation e
                            join supervision.evaluation_sample s on s.id = e.sample_id
                            where s.unit_id = ? and s.year = ? order by e.case_id, e.evaluated_at desc
                        )
                        select count(*), coalesce(sum(score), 0), count(*) filter (where grade = 'UNQUALIFIED')
                        from latest
                        """)
                .params(unit.id(), year)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3)})
                .single();
        var complaints = db.sql(
                        """
                        select count(*), count(acknowledged_on),
                            count(*) filter (where acknowledged_on <= acknowledge_due),
                            count(*) filter (where status = 'CONCLUDED'), count(*) filter (where upheld)
                        from supervision.complaint where unit_id = ? and year = ?
                        """)
                .params(unit.id(), year)
                .query((rs, n) ->
                        new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        long flags = db.sql(
                        """
                        select count(*) from supervision.flag_answer where unit_id = ? and decision = 'ACKNOWLEDGED'
                            and extract(year from answered_at at time zone 'Asia/Shanghai') = ?
                        """)
                .params(unit.id(), year)
                .query(Long.class)
                .single();
        long decisions = 0;
        long publishedInTime = 0;
        for (var row : db.sql(
                        """
                        select decided_on, (published_at at time zone 'Asia/Shanghai')::date as published_on
                        from supervision.case_record
                        where unit_id = ? and decided_on between ? and ?
                        """)
                .params(unit.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, n) -> new LocalDate[] {
                    rs.getObject("decided_on", LocalDate.class), rs.getObject("published_on", LocalDate.class)
                })
                .list()) {
            decisions++;
            if (row[1] != null
                    && !row[1].isAfter(workingDays
                            .addWorkingDays(row[0], DetectionModels.DISCLOSURE_WORKING_DAYS)
                            .due())) {
                publishedInTime++;
            }
        }
        return new UnitFigures(
                unit.id(),
                unit.name(),
                year,
                (long) evaluations[0],
                (BigDecimal) evaluations[1],
                (long) evaluations[2],
                complaints[0],
                complaints[1],
                complaints[2],
                complaints[3],
                complaints[4],
                flags,
                decisions,
                publishedInTime);
    }
}
