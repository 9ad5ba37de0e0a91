package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Every problem-detection model (R9), listed in one place, and a run of all of them. */
@Service
class DetectionModels {

    /** A penalty case filed more than 90 days ago, undecided and not extended. 行政处罚法 第六十条. */
    static final int PENALTY_DAYS = 90;

    /** Complaints naming the same officer within a year that make a pattern. */
    static final int SAME_OFFICER_COMPLAINTS = 3;

    /** A model's result: the model and what it flagged. */
    record Result(DetectionModel model, List<Flag> flags) {}

    private final JdbcClient db;
    private final List<DetectionModel> models;

    DetectionModels(JdbcClient db) {
        this.db = db;
        this.models = List.of(penaltyPastNinetyDays(), complaintsAboutTheSameOfficer(), acknowledgementOverdue());
    }

    List<DetectionModel> all() {
        return models;
    }

    List<Result> run(Set<UUID> units, LocalDate today) {
        var results = new ArrayList<Result>();
        for (var model : models) {
            results.add(new Result(model, units.isEmpty() ? List.of() : model.run(units, today)));
        }
        return results;
    }

    private DetectionModel penaltyPastNinetyDays() {
        return new Model("PENALTY_PAST_90_DAYS", "行政处罚法 第六十条：行政机关应当自行政处罚案件立案之日起九十日内作出行政处罚决定", (units, today) -> db.sql(
                        """
                                select case_id, unit_id, (filed_at at time zone 'Asia/Shanghai')::date as filed_on
                                from supervision.case_record
                                where unit_id in (:units) and procedure = 'GENERAL_PENALTY' and filed_at is not null
                                    and decided_at is null and ended_at is null and not extended
                                    and (filed_at at time zone 'Asia/Shanghai')::date < :limit
                                order by filed_at
                                """)
                .param("units", units)
                .param("limit", today.minusDays(PENALTY_DAYS))
                .query((rs, n) -> new Flag(
                        "PENALTY_PAST_90_DAYS",
                        rs.getObject("unit_id", UUID.class),
                        "case",
                        rs.getObject("case_id", UUID.class).toString(),
                        "立案于 " + rs.getObject("filed_on", LocalDate.class) + "，已过 "
                                + java.time.temporal.ChronoUnit.DAYS.between(
                                        rs.getObject("filed_on", LocalDate.class), today)
                                + " 日未作出决定"))
                .list());
    }

    private DetectionModel complaintsAboutTheSameOfficer() {
        return new Model(
                "COMPLAINTS_ABOUT_THE_SAME_OFFICER", "实施方案 三(三)3、三(四)1：投诉举报纳入执法监督和平时考核", (units, today) -> db.sql(
                                """
                                select unit_id, officer, count(*) as complaints from supervision.complaint
                                where unit_id in (:units) and officer is not null and received_on > :since
                                group by unit_id, officer having count(*) >= :threshold
                                order by count(*) desc, officer
                                """)
                        .param("units", units)
                        .param("since", today.minusYears(1))
                        .param("threshold", SAME_OFFICER_COMPLAINTS)
                        .query((rs, n) -> new Flag(
                                "COMPLAINTS_ABOUT_THE_SAME_OFFICER",
                                rs.getObject("unit_id", UUID.class),
                                "officer",
                                rs.getString("officer"),
                                "一年内被投诉举报 " + rs.getLong("complaints") + " 次"))
                        .list());
    }

    private DetectionModel acknowledgementOverdue() {
        return new Model(
                "COMPLAINT_ACKNOWLEDGEMENT_OVERDUE", "实施方案 三(三)3：自收到投诉举报之日起5个工作日内应告知投诉举报人受理情况", (units, today) -> db
                        .sql(
                                """
                                select * from supervision.complaint
                                where unit_id in (:units) and status = 'RECEIVED' and acknowledge_due < :today
                                order by acknowledge_due
                                """)
                        .param("units", units)
                        .param("today", today)
                        .query(ComplaintDesk::complaint)
                        .list()
                        .stream()
                        .map(c -> new Flag(
                                "COMPLAINT_ACKNOWLEDGEMENT_OVERDUE",
                                c.unitId(),
                                "complaint",
                                c.id().toString(),
                                c.number() + " 告知期限 " + c.acknowledgeDue()))
                        .toList());
    }

    private record Model(String code, String basis, Rule rule) implements DetectionModel {
        @Override
        public List<Flag> run(Set<UUID> units, LocalDate today) {
            return rule.run(units, today);
        }
    }

    @FunctionalInterface
    private interface Rule {
        List<Flag> run(Set<UUID> units, LocalDate today);
    }
}
