package org.sunlight.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.organization.EnforcementCategory;

/** Every problem-detection model (R9), listed in one place, and a run of all of them. */
@Service
class DetectionModels {

    /** A penalty case filed more than 90 days ago, undecided and not extended. 行政处罚法 第六十条. */
    static final int PENALTY_DAYS = 90;

    /** Complaints naming the same officer within a year that make a pattern. */
    static final int SAME_OFFICER_COMPLAINTS = 3;

    /** 卫生行政处罚程序 第十八条: a clue that meets the conditions is filed within 7 days. */
    static final int FILING_DAYS = 7;

    /** Fines within this share below the hearing threshold count as "just below" it. */
    static final BigDecimal JUST_BELOW = new BigDecimal("0.90");

    /** So many fines just below the threshold within a year make a cluster. */
    static final int CLUSTER = 3;

    /** A fine this many times above or below the median of its peers is far from similar cases (同案不同罚). */
    static final BigDecimal FAR = new BigDecimal("3");

    /** Fewer decided peers of the same item and circumstance than this make no comparison. */
    static final int PEERS = 5;

    /** 行政诉讼法 第四十六条 (six months to sue) and 行政强制法 第五十三条 (three months after that to apply to the court). */
    static final int MONTHS_TO_APPLY_TO_THE_COURT = 9;

    /** 国办发〔2018〕118号 二(三): penalty decisions are published within 7 working days of the decision. */
    static final int DISCLOSURE_WORKING_DAYS = 7;

    /** So many inspection cases about one subject within a year are too many (防止检查过多和执法扰民). */
    static final int INSPECTIONS = 3;

    /** The period the case limit model (第六十条) already watches, left to it. */
    static final String CASE_LIMIT = "case-limit";

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    /** So many documents of one case corrected within a year are many corrections. */
    static final int CORRECTIONS = 2;

    /** Retrievals outside duty are looked at over the last year. */
    static final int RETRIEVAL_MONTHS = 12;

    /** A model's result: the model and what it flagged. */
    record Result(DetectionModel model, List<Flag> flags) {}

    private final JdbcClient db;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final List<DetectionModel> models;

    DetectionModels(JdbcClient db, WorkingDays workingDays, MessageSource messages) {
        this.db = db;
        this.workingDays = workingDays;
        this.messages = messages;
        this.models = List.of(
                penaltyPastNinetyDays(),
                complaintsAboutTheSameOfficer(),
                acknowledgementOverdue(),
                clueNotFiledInTime(),
                finesJustBelowTheHearingThreshold(),
                decidedOutsideTheDiscretionBand(),
                sameItemDifferentFines(),
                fineNeitherPaidNorEnforced(),
                heavierAfterStatement(),
                decisionNotDisclosedInTime(),
                repeatedInspections(),
                periodOverdue(),
                actByAnOfficerWithoutAValidCertificate(),
                recordingMissing(),
                retrievalOutsideDuty(),
                assessmentMeasurePending(),
                documentsCorrectedOften());
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

    private DetectionModel clueNotFiledInTime() {
        return new Model("CLUE_NOT_FILED_IN_TIME", "卫生行政处罚程序 第十八条：受理的案件符合立案条件的，应当在七日内立案", (units, today) -> db.sql(
                        """
                                select case_id, unit_id, (opened_at at time zone 'Asia/Shanghai')::date as opened_on
                                from supervision.case_record
                                where unit_id in (:units) and procedure = 'GENERAL_PENALTY' and filed_at is null
                                    and ended_at is null and (opened_at at time zone 'Asia/Shanghai')::date < :limit
                                order by opened_at
                                """)
                .param("units", units)
                .param("limit", today.minusDays(FILING_DAYS))
                .query((rs, n) -> caseFlag(
                        "CLUE_NOT_FILED_IN_TIME",
                        rs,
                        "受理于 " + rs.getObject("opened_on", LocalDate.class) + "，已过 "
                                + ChronoUnit.DAYS.between(rs.getObject("opened_on", LocalDate.class), today)
                                + " 日既未立案也未决定不予立案"))
                .list());
    }

    private DetectionModel finesJustBelowTheHearingThreshold() {
        return new Model(
                "FINES_JUST_BELOW_THE_HEARING_THRESHOLD",
                "行政处罚法 第六十三条（较大数额罚款告知听证权利）、第五条（过罚相当）",
                (units, today) -> db.sql(
                                """
                                with near as (
                                    select case_id, unit_id, fine, hearing_threshold from supervision.case_record
                                    where unit_id in (:units) and kind = 'FINE' and hearing_threshold is not null
                                        and decided_on > :since and fine < hearing_threshold
                                        and fine >= hearing_threshold * :share
                                )
                                select * from near where unit_id in (
                                    select unit_id from near group by unit_id having count(*) >= :cluster)
                                order by unit_id, fine desc
                                """)
                        .param("units", units)
                        .param("since", today.minusYears(1))
                        .param("share", JUST_BELOW)
                        .param("cluster", CLUSTER)
                        .query((rs, n) -> caseFlag(
                                "FINES_JUST_BELOW_THE_HEARING_THRESHOLD",
                                rs,
                                "罚款 " + rs.getBigDecimal("fine").toPlainString() + " 元，听证标准 "
                                        + rs.getBigDecimal("hearing_threshold").toPlainString()
                                        + " 元；一年内本单位有 " + CLUSTER + " 件以上罚款在听证标准以下 10% 以内"))
                        .list());
    }

    private DetectionModel decidedOutsideTheDiscretionBand() {
        return new Model(
                "DECIDED_OUTSIDE_THE_DISCRETION_BAND",
                "行政处罚法 第三十四条：行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权",
                (units, today) -> db.sql(
                                """
                                select case_id, unit_id, fine, item_code, circumstance, out_of_range_reason
                                from supervision.case_record
                                where unit_id in (:units) and out_of_range and decided_on > :since
                                order by decided_on desc
                                """)
                        .param("units", units)
                        .param("since", today.minusYears(1))
                        .query((rs, n) -> caseFlag(
                                "DECIDED_OUTSIDE_THE_DISCRETION_BAND",
                                rs,
                                "事项 " + rs.getString("item_code") + "（" + rs.getString("circumstance") + "）罚款 "
                                        + plain(rs.getBigDecimal("fine")) + " 元超出裁量基准，理由："
                                        + rs.getString("out_of_range_reason")))
                        .list());
    }

    private DetectionModel sameItemDifferentFines() {
        return new Model(
                "SAME_ITEM_DIFFERENT_FINES",
                "行政处罚法 第五条第二款：设定和实施行政处罚必须以事实为依据，与违法行为的事实、性质、情节以及社会危害程度相当",
                (units, today) -> db.sql(
                                """
                                with decided as (
                                    select case_id, unit_id, item_code, circumstance, fine from supervision.case_record
                                    where unit_id in (:units) and kind = 'FINE' and fine > 0 and item_code is not null
                                        and circumstance is not null and decided_on > :since
                                ), peers as (
                                    select item_code, circumstance, count(*) as decided,
                                        percentile_cont(0.5) within group (order by fine) as median
                                    from decided group by item_code, circumstance having count(*) >= :peers
                                )
                                select d.case_id, d.unit_id, d.item_code, d.circumstance, d.fine, p.median, p.decided
                                from decided d join peers p on p.item_code = d.item_code
                                    and p.circumstance = d.circumstance
                                where d.fine > p.median * :far or d.fine * :far < p.median
                                order by d.item_code, d.fine desc
                                """)
                        .param("units", units)
                        .param("since", today.minusYears(2))
                        .param("peers", PEERS)
                        .param("far", FAR)
                        .query((rs, n) -> caseFlag(
                                "SAME_ITEM_DIFFERENT_FINES",
                                rs,
                                "事项 " + rs.getString("item_code") + "（" + rs.getString("circumstance") + "）罚款 "
                                        + plain(rs.getBigDecimal("fine")) + " 元，同类 " + rs.getLong("decided")
                                        + " 件的中位数 " + plain(rs.getBigDecimal("median")) + " 元"))
                        .list());
    }

    private DetectionModel fineNeitherPaidNorEnforced() {
        return new Model(
                "FINE_NEITHER_PAID_NOR_ENFORCED",
                "行政强制法 第五十三条：当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行的，行政机关可以自期限届满之日起三个月内申请人民法院强制执行",
                (units, today) -> db.sql(
                                """
                                select case_id, unit_id, fine, decided_on from supervision.case_record
                                where unit_id in (:units) and kind = 'FINE' and fine > 0 and decided_on < :limit
                                    and paid_at is null and court_at is null and ended_at is null
                                order by decided_on
                                """)
                        .param("units", units)
                        .param("limit", today.minusMonths(MONTHS_TO_APPLY_TO_THE_COURT))
                        .query((rs, n) -> caseFlag(
                                "FINE_NEITHER_PAID_NOR_ENFORCED",
                                rs,
                                "决定于 " + rs.getObject("decided_on", LocalDate.class) + "，罚款 "
                                        + plain(rs.getBigDecimal("fine")) + " 元未缴纳，申请法院强制执行的期限已过仍未申请"))
                        .list());
    }

    private DetectionModel heavierAfterStatement() {
        return new Model("HEAVIER_AFTER_STATEMENT", "行政处罚法 第四十五条第二款：行政机关不得因当事人陈述、申辩而给予更重的处罚", (units, today) -> db.sql(
                        """
                                select case_id, unit_id, fine, notified_fine from supervision.case_record
                                where unit_id in (:units) and decided_on is not null and notified_fine is not null
                                    and fine > notified_fine
                                order by decided_on desc
                                """)
                .param("units", units)
                .query((rs, n) -> caseFlag(
                        "HEAVIER_AFTER_STATEMENT",
                        rs,
                        "告知拟罚款 " + plain(rs.getBigDecimal("notified_fine")) + " 元，决定罚款 "
                                + plain(rs.getBigDecimal("fine")) + " 元"))
                .list());
    }

    private DetectionModel decisionNotDisclosedInTime() {
        var penalties = java.util.Arrays.stream(ProcedureKind.values())
                .filter(kind -> kind.category() == EnforcementCategory.PENALTY)
                .map(Enum::name)
                .toList();
        return new Model(
                "DECISION_NOT_DISCLOSED_IN_TIME",
                "国办发〔2018〕118号 二(三)：行政处罚的执法决定信息要在执法决定作出之日起7个工作日内公开",
                (units, today) -> db
                        .sql(
                                """
                                select case_id, unit_id, decided_on from supervision.case_record
                                where unit_id in (:units) and procedure in (:penalties) and decided_on is not null
                                    and decided_on < :earliest and published_at is null
                                order by decided_on
                                """)
                        .param("units", units)
                        .param("penalties", penalties)
                        // 7 working days are at least 7 calendar days: only those can be late
                        .param("earliest", today.minusDays(DISCLOSURE_WORKING_DAYS))
                        .query((rs, n) -> new Object[] {
                            rs.getObject("case_id", UUID.class),
                            rs.getObject("unit_id", UUID.class),
                            rs.getObject("decided_on", LocalDate.class)
                        })
                        .list()
                        .stream()
                        .filter(row -> workingDays
                                .addWorkingDays((LocalDate) row[2], DISCLOSURE_WORKING_DAYS)
                                .due()
                                .isBefore(today))
                        .map(row -> new Flag(
                                "DECISION_NOT_DISCLOSED_IN_TIME",
                                (UUID) row[1],
                                "case",
                                row[0].toString(),
                                "决定于 " + row[2] + "，公示期限 "
                                        + workingDays
                                                .addWorkingDays((LocalDate) row[2], DISCLOSURE_WORKING_DAYS)
                                                .due()
                                        + " 已过，尚未公示"))
                        .toList());
    }

    private DetectionModel repeatedInspections() {
        return new Model(
                "REPEATED_INSPECTIONS_OF_THE_SAME_SUBJECT",
                "国办发〔2015〕58号：合理确定随机抽查的比例和频次，防止检查过多和执法扰民",
                (units, today) -> db.sql(
                                """
                                select unit_id, identity, count(distinct case_id) as inspections, min(opened_on) as first
                                from supervision.inspected_party
                                where unit_id in (:units) and opened_on > :since
                                group by unit_id, identity having count(distinct case_id) >= :inspections
                                order by count(distinct case_id) desc, identity
                                """)
                        .param("units", units)
                        .param("since", today.minusYears(1))
                        .param("inspections", INSPECTIONS)
                        .query((rs, n) -> new Flag(
                                "REPEATED_INSPECTIONS_OF_THE_SAME_SUBJECT",
                                rs.getObject("unit_id", UUID.class),
                                "party",
                                rs.getString("identity"),
                                "自 " + rs.getObject("first", LocalDate.class) + " 起一年内检查 " + rs.getLong("inspections")
                                        + " 次"))
                        .list());
    }

    private DetectionModel periodOverdue() {
        return new Model(
                "PERIOD_OVERDUE",
                "行政处罚法 第六十一条、第六十四条、第六十七条，行政强制法 第二十五条，行政许可法 第三十二条、第四十二条、第四十四条：法定期限届满仍未履行",
                (units, today) -> db.sql(
                                """
                                select d.case_id, d.unit_id,
                                    string_agg(d.rule || '|' || d.due_on, ',' order by d.due_on) as periods
                                from supervision.case_deadline d
                                where d.unit_id in (:units) and d.met_on is null and d.due_on < :today
                                    and d.rule <> :caseLimit
                                    and not exists (select 1 from supervision.case_record r
                                        where r.case_id = d.case_id and r.ended_at is not null)
                                group by d.case_id, d.unit_id
                                order by min(d.due_on)
                                """)
                        .param("units", units)
                        .param("today", today)
                        .param("caseLimit", CASE_LIMIT)
                        .query((rs, n) -> caseFlag("PERIOD_OVERDUE", rs, periods(rs.getString("periods"), today)))
                        .list());
    }

    private String periods(String periods, LocalDate today) {
        var parts = new ArrayList<String>();
        for (var period : periods.split(",")) {
            var rule = period.substring(0, period.indexOf('|'));
            var due = LocalDate.parse(period.substring(period.indexOf('|') + 1));
            parts.add(messages.getMessage("deadline." + rule, null, rule, java.util.Locale.SIMPLIFIED_CHINESE) + " 于 "
                    + due + " 届满，已逾 " + ChronoUnit.DAYS.between(due, today) + " 日");
        }
        return String.join("；", parts);
    }

    private DetectionModel actByAnOfficerWithoutAValidCertificate() {
        return new Model(
                "ACT_WITHOUT_A_VALID_CERTIFICATE",
                "行政处罚法 第四十二条：执法人员应当具有行政执法资格，不得少于两人（案件程序拒绝此类行为，本模型应为零）",
                (units, today) -> db.sql(
                                """
                                select case_id, unit_id, string_agg(officer_name || '（' || coalesce(certificate_no, '无证号')
                                    || '）' || (acted_at at time zone 'Asia/Shanghai')::date || ' ' || action || '：'
                                    || case when not officer_active then '人员已停用'
                                            when status <> 'VALID' then status else '证件不含该执法类别' end,
                                    '；' order by acted_at) as acts
                                from supervision.officer_act
                                where unit_id in (:units) and not may_act
                                group by case_id, unit_id
                                order by min(acted_at)
                                """)
                        .param("units", units)
                        .query((rs, n) ->
                                caseFlag("ACT_WITHOUT_A_VALID_CERTIFICATE", rs, certificateWords(rs.getString("acts"))))
                        .list());
    }

    private String certificateWords(String acts) {
        for (var status : org.sunlight.organization.CertificateStatus.values()) {
            acts = acts.replace(
                    "：" + status.name(),
                    "："
                            + messages.getMessage(
                                    status.labelKey(), null, status.name(), java.util.Locale.SIMPLIFIED_CHINESE));
        }
        return acts;
    }

    private DetectionModel recordingMissing() {
        return new Model(
                "RECORDING_MISSING",
                "国办发〔2018〕118号 三(二) 规范音像记录；本单位音像记录事项清单所列执法环节应当音像记录，未记录的须写明理由（本模型列出理由供核查）",
                (units, today) -> db.sql(
                                """
                                select st.case_id, st.unit_id, string_agg((st.acted_at at time zone 'Asia/Shanghai')::date
                                    || ' ' || st.action || '：' || st.reason, '；' order by st.acted_at) as steps
                                from supervision.recorded_step st
                                where st.unit_id in (:units) and st.reason is not null and st.acted_at > :since
                                    and not exists (
                                        select 1 from supervision.recording r where r.case_id = st.case_id
                                            and r.action = st.action and r.attached_at <= st.acted_at
                                            and r.attached_at > coalesce((select max(p.acted_at)
                                                from supervision.recorded_step p where p.case_id = st.case_id
                                                    and p.action = st.action and p.acted_at < st.acted_at),
                                                '-infinity'::timestamptz))
                                group by st.case_id, st.unit_id
                                order by min(st.acted_at) desc
                                """)
                        .param("units", units)
                        .param(
                                "since",
                                java.sql.Timestamp.from(today.minusYears(1)
                                        .atStartOfDay(SHANGHAI)
                                        .toInstant()))
                        .query((rs, n) -> caseFlag("RECORDING_MISSING", rs, actionWords(rs.getString("steps"))))
                        .list());
    }

    private String actionWords(String steps) {
        var words = new StringBuilder();
        for (var step : steps.split("；")) {
            if (!words.isEmpty()) {
                words.append("；");
            }
            int space = step.indexOf(' ');
            int colon = step.indexOf('：');
            if (space < 0 || colon < space) {
                words.append(step);
                continue;
            }
            var action = step.substring(space + 1, colon);
            words.append(step, 0, space + 1)
                    .append(messages.getMessage("action." + action, null, action, java.util.Locale.SIMPLIFIED_CHINESE))
                    .append(" 未录音录像，理由")
                    .append(step.substring(colon));
        }
        return words.toString();
    }

    private DetectionModel retrievalOutsideDuty() {
        return new Model(
                "RETRIEVAL_OUTSIDE_DUTY",
                "实施方案 三(一)2：把法定职权逐项分解落实到执法机构和执法岗位；贵州省卫生健康委实施方案（2019）：建立健全记录信息调阅监督制度，切实加强监督",
                (units, today) -> db.sql(
                                """
                                select case_id, unit_id, username, count(*) as times, min(retrieved_at) as first,
                                    max(retrieved_at) as last, string_agg(distinct kind, '、') as kinds
                                from supervision.retrieval_outside_duty
                                where unit_id in (:units) and retrieved_at > :since
                                group by case_id, unit_id, username
                                order by max(retrieved_at) desc
                                """)
                        .param("units", units)
                        .param(
                                "since",
                                java.sql.Timestamp.from(today.minusMonths(RETRIEVAL_MONTHS)
                                        .atStartOfDay(SHANGHAI)
                                        .toInstant()))
                        .query((rs, n) -> new Flag(
                                "RETRIEVAL_OUTSIDE_DUTY",
                                rs.getObject("unit_id", UUID.class),
                                "retrieval",
                                rs.getString("username") + "/" + rs.getObject("case_id", UUID.class),
                                rs.getString("username") + " 非本案执法人员、未参与办理，调阅案件 "
                                        + rs.getObject("case_id", UUID.class) + "（" + rs.getString("kinds") + "）"
                                        + rs.getLong("times") + " 次，最近 "
                                        + rs.getTimestamp("last")
                                                .toInstant()
                                                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                                                .toLocalDate()))
                        .list());
    }

    private DetectionModel assessmentMeasurePending() {
        return new Model(
                "ASSESSMENT_MEASURE_PENDING",
                "实施方案 三(四)2：考核不合格的，给予批评教育或者离岗培训处理；连续两年不合格的，给予调离执法岗位或取消执法资格处理",
                (units, today) -> db.sql(
                                """
                                select c.assessment_id, c.unit_id, c.kind, a.subject_name, a.year, a.total
                                from supervision.assessment_consequence c
                                join supervision.assessment a on a.id = c.assessment_id
                                where c.unit_id in (:units) and c.measure is null
                                order by a.year, a.subject_name
                                """)
                        .param("units", units)
                        .query((rs, n) -> new Flag(
                                "ASSESSMENT_MEASURE_PENDING",
                                rs.getObject("unit_id", UUID.class),
                                "assessment",
                                rs.getObject("assessment_id", UUID.class).toString(),
                                rs.getString("subject_name") + " " + rs.getInt("year") + " 年度考核不合格（"
                                        + rs.getBigDecimal("total").toPlainString() + " 分）"
                                        + ("UNQUALIFIED_TWO_YEARS".equals(rs.getString("kind"))
                                                ? "，连续两年，应调离执法岗位或取消执法资格"
                                                : "，应批评教育或离岗培训")
                                        + "，负责人尚未记录处理措施"))
                        .list());
    }

    private DetectionModel documentsCorrectedOften() {
        return new Model(
                "DOCUMENTS_CORRECTED_OFTEN",
                "贵州省卫生健康委实施方案（2019）：完善执法案卷管理制度，加强对执法台账和法律文书的制作、使用、管理；" + "重大执法决定法制审核审查行政执法文书是否完备、规范",
                (units, today) -> db.sql(
                                """
                                select case_id, unit_id, count(*) as corrections,
                                    string_agg(kind || '|' || coalesce(number, '无文号'), ',' order by issued_at) as documents
                                from supervision.document_correction
                                where unit_id in (:units) and issued_at > :since
                                group by case_id, unit_id having count(*) >= :corrections
                                order by count(*) desc, max(issued_at) desc
                                """)
                        .param("units", units)
                        .param(
                                "since",
                                java.sql.Timestamp.from(today.minusYears(1)
                                        .atStartOfDay(SHANGHAI)
                                        .toInstant()))
                        .param("corrections", CORRECTIONS)
                        .query((rs, n) -> caseFlag(
                                "DOCUMENTS_CORRECTED_OFTEN",
                                rs,
                                "一年内更正文书 " + rs.getLong("corrections") + " 次："
                                        + documentWords(rs.getString("documents"))))
                        .list());
    }

    private String documentWords(String documents) {
        var words = new ArrayList<String>();
        for (var document : documents.split(",")) {
            var kind = document.substring(0, document.indexOf('|'));
            words.add(messages.getMessage("document." + kind, null, kind, java.util.Locale.SIMPLIFIED_CHINESE) + " "
                    + document.substring(document.indexOf('|') + 1));
        }
        return String.join("、", words);
    }

    private static Flag caseFlag(String model, java.sql.ResultSet rs, String detail) throws java.sql.SQLException {
        return new Flag(
                model,
                rs.getObject("unit_id", UUID.class),
                "case",
                rs.getObject("case_id", UUID.class).toString(),
                detail);
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
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
