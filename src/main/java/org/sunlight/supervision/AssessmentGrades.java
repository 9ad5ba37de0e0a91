package org.sunlight.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditedAct;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Refusal;

/**
 * The grades of the yearly assessment (评议考核, A8; 实施方案 三(四)). A supervisor of a unit above assesses a unit, and a
 * supervisor of the officer's unit (or of a unit above) one of its officers, for a year: the continuous part (平时考核)
 * is computed from the records, the special parts (专门考核: 法律素养测试, 执法规范化测试) are entered, the unit's weights
 * combine them, and the total gives the grade (优秀 ≥ 90, 合格 ≥ 60, else 不合格). The assessment is published within
 * the unit at once; the one assessed (the officer, or for the unit its leader) states and defends (陈述申辩) within 5
 * working days, or says they have no objection; then a supervisor of the assessing unit (or above it) makes it final,
 * answering the statements: the unit assessed reads its grade and states, but never changes it. A final 不合格 of an
 * officer bars 优秀 in that year's civil-service review and asks a leader to record 批评教育 or 离岗培训; a second year in
 * a row, 调离执法岗位 or 取消执法资格 (实施方案 三(四)2).
 */
@Service
class AssessmentGrades {

    /** 实施方案 三(四)2 sets three grades; the lines between them are the product's, as for the case-file standard. */
    static final BigDecimal EXCELLENT_FROM = new BigDecimal("90");

    static final BigDecimal QUALIFIED_FROM = new BigDecimal("60");

    /** The weights (percent) of a unit that has set none: continuous, legal test, normative test. */
    static final int[] DEFAULT_WEIGHTS = {60, 20, 20};

    /** Points off the continuous part: per complaint found true, per flag acknowledged, per period run out or met late. */
    static final BigDecimal PER_UPHELD_COMPLAINT = new BigDecimal("5");

    static final BigDecimal PER_ACKNOWLEDGED_FLAG = new BigDecimal("2");

    static final BigDecimal PER_LATE_PERIOD = new BigDecimal("1");

    /** The seed sets no period for 陈述申辩 on an assessment; 5 working days, as for a complaint's acknowledgement. */
    static final int STATEMENT_WORKING_DAYS = 5;

    record Weights(UUID unitId, int continuous, int legalTest, int normativeTest, boolean set) {}

    /** What the continuous part is computed from, each counted in the year. */
    record Figures(
            long evaluatedFiles,
            BigDecimal meanEvaluationScore,
            long complaintsUpheld,
            long flagsAcknowledged,
            long periodsLate,
            long decisionsPublishedLate) {}

    record Assessment(
            UUID id,
            UUID unitId,
            int year,
            UUID officerId,
            String subjectName,
            UUID assessingUnitId,
            BigDecimal continuous,
            BigDecimal legalTest,
            BigDecimal normativeTest,
            int continuousWeight,
            int legalTestWeight,
            int normativeTestWeight,
            BigDecimal total,
            Grade grade,
            Figures figures,
            String status,
            LocalDate statementDue,
            String publishedBy,
            Instant publishedAt,
            String finalBy,
            Instant finalAt,
            String finalReply,
            int version) {

        public boolean isFinal() {
            return "FINAL".equals(status);
        }
    }

    record Statement(UUID id, String username, boolean noObjection, String text, Instant statedAt) {}

    record Consequence(
            UUID assessmentId,
            UUID officerId,
            String kind,
            AssessmentMeasure measure,
            String note,
            String recordedBy,
            Instant recordedAt) {

        public boolean twoYears() {
            return "UNQUALIFIED_TWO_YEARS".equals(kind);
        }

        /** 实施方案 三(四)2: graded 不合格, the officer is not rated 优秀 in that year's civil-service review. */
        @com.fasterxml.jackson.annotation.JsonProperty("excellentBarred")
        public boolean excellentBarred() {
            return true;
        }

        /** The measures a leader may record for it. */
        @com.fasterxml.jackson.annotation.JsonProperty("choices")
        public List<AssessmentMeasure> choices() {
            return java.util.Arrays.stream(AssessmentMeasure.values())
                    .filter(m -> m.forTwoYears() == twoYears())
                    .toList();
        }
    }

    /** The input of an assessment: whom, which year, and the special parts. */
    record Entry(UUID unitId, Integer year, UUID officerId, BigDecimal legalTest, BigDecimal normativeTest) {}

    /** An assessment is not made twice for the same subject and year. */
    static final class AlreadyAssessed extends Refusal {
        AlreadyAssessed() {
            super(null, "supervision.assessment.refusal.already-assessed");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "ALREADY_ASSESSED";
        }
    }

    /** Not final while the one assessed may still state and defend (陈述申辩). */
    static final class StatementPeriodRunning extends Refusal {
        StatementPeriodRunning(LocalDate due) {
            super(null, "supervision.assessment.refusal.statement-period", due.toString());
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "STATEMENT_PERIOD_RUNNING";
        }
    }

    /** A final assessment stands; a consequence is recorded once. */
    static final class AlreadyFinal extends Refusal {
        AlreadyFinal() {
            super(null, "supervision.assessment.refusal.final");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "ASSESSMENT_FINAL";
        }
    }

    /** A unit does not assess itself: its grade is given by a unit above (its officers it may assess). */
    static final class UnitAssessedFromAbove extends Refusal {
        UnitAssessedFromAbove() {
            super("unitId", "supervision.assessment.refusal.own-unit");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "UNIT_ASSESSED_FROM_ABOVE";
        }
    }

    /** Only the assessing unit (or a unit above it) makes a grade final; the unit assessed reads it. */
    static final class NotTheAssessingUnit extends Refusal {
        NotTheAssessingUnit() {
            super(null, "supervision.assessment.refusal.not-assessing-unit");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "NOT_THE_ASSESSING_UNIT";
        }
    }

    /** Only the one assessed states and defends: the officer, or a leader of the unit for the unit. */
    static final class NotTheOneAssessed extends Refusal {
        NotTheOneAssessed() {
            super(null, "supervision.assessment.refusal.not-assessed");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "NOT_THE_ONE_ASSESSED";
        }
    }

    /** A consequence is recorded by a leader of the unit or of a unit above. */
    static final class NotALeader extends Refusal {
        NotALeader() {
            super(null, "supervision.assessment.refusal.not-a-leader");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "NOT_A_LEADER_OF_THE_UNIT";
        }
    }

    private final JdbcClient db;
    private final Organization organization;
    private final ComplaintDesk desk;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final org.sunlight.platform.ColumnLengths lengths;

    AssessmentGrades(
            JdbcClient db,
            Organization organization,
            ComplaintDesk desk,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.organization = organization;
        this.desk = desk;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    // ---- weights

    Weights weights(UUID unitId) {
        return db.sql("select * from supervision.assessment_setting where unit_id = ?")
                .param(unitId)
                .query((rs, n) -> new Weights(
                        unitId,
                        rs.getInt("continuous_weight"),
                        rs.getInt("legal_test_weight"),
                        rs.getInt("normative_test_weight"),
                        true))
                .optional()
                .orElse(new Weights(unitId, DEFAULT_WEIGHTS[0], DEFAULT_WEIGHTS[1], DEFAULT_WEIGHTS[2], false));
    }

    /** Sets the unit's weights: three whole percentages, none negative, adding up to exactly 100. */
    @Transactional
    Weights setWeights(StaffUser user, UUID unitId, Integer continuous, Integer legalTest, Integer normativeTest) {
        if (unitId == null || organization.unit(unitId).isEmpty()) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.assessment.unit.unknown");
        }
        desk.requireSupervisor(user, unitId);
        percent("continuousWeight", continuous);
        percent("legalTestWeight", legalTest);
        percent("normativeTestWeight", normativeTest);
        if (continuous + legalTest + normativeTest != 100) {
            throw new ComplaintRefusals.BadField(
                    "continuousWeight",
                    "supervision.assessment.weights.sum",
                    String.valueOf(continuous + legalTest + normativeTest));
        }
        db.sql(
                        """
                        insert into supervision.assessment_setting (unit_id, continuous_weight, legal_test_weight,
                            normative_test_weight, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (unit_id) do update set continuous_weight = excluded.continuous_weight,
                            legal_test_weight = excluded.legal_test_weight,
                            normative_test_weight = excluded.normative_test_weight,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at
                        """)
                .params(
                        unitId,
                        continuous,
                        legalTest,
                        normativeTest,
                        user.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        audit(
                user,
                "ASSESSMENT_WEIGHTS_SET",
                "assessment-setting",
                unitId.toString(),
                unitId,
                Map.of("continuous", continuous, "legalTest", legalTest, "normativeTest", normativeTest));
        return weights(unitId);
    }

    private static void percent(String field, Integer value) {
        if (value == null || value < 0 || value > 100) {
            throw new ComplaintRefusals.BadField(field, "supervision.assessment.weight.range");
        }
    }

    // ---- the continuous part

    /** The figures of the unit (officerId null) or of one of its officers in the year, from the records. */
    Figures figures(UUID unitId, UUID officerId, int year) {
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        var today = LocalDate.now(clock);
        // the officer's cases: those where they acted (the certificate checks kept at each act, 第四十二条)
        String cases = officerId == null
                ? "select case_id from supervision.case_record where unit_id = :unit"
                : "select distinct case_id from supervision.officer_act where unit_id = :unit and officer_id = :officer";
        var evaluations = db.sql(
                        """
                        with latest as (
                            select distinct on (e.case_id) e.score from supervision.case_evaluation e
                            join supervision.evaluation_sample s on s.id = e.sample_id
                            where s.unit_id = :unit and s.year = :year and e.case_id in (%s)
                            order by e.case_id, e.evaluated_at desc
                        )
                        select count(*), avg(score) from latest
                        """
                                .formatted(cases))
                .param("unit", unitId)
                .param("year", year)
                .param("officer", officerId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getBigDecimal(2)})
                .single();
        long upheld;
        if (officerId == null) {
            upheld = db.sql("select count(*) from supervision.complaint where unit_id = ? and year = ? and upheld")
                    .params(unitId, year)
                    .query(Long.class)
                    .single();
        } else {
            var officer = organization.officer(officerId).orElseThrow(() -> new NotFound("officer"));
            upheld = db.sql(
                            """
                            select count(*) from supervision.complaint where unit_id = ? and year = ? and upheld
                                and (officer = ? or officer = ?)
                            """)
                    .params(unitId, year, officer.name(), officer.certificate().certificateNo())
                    .query(Long.class)
                    .single();
        }
        long flags = db.sql(
                        """
                        select count(*) from supervision.flag_answer where unit_id = :unit and decision = 'ACKNOWLEDGED'
                            and extract(year from answered_at at time zone 'Asia/Shanghai') = :year
                            and (:officer::uuid is null or record_id in (select case_id::text from (%s) as c))
                        """
                                .formatted(cases))
                .param("unit", unitId)
                .param("year", year)
                .param("officer", officerId)
                .query(Long.class)
                .single();
        long late = db.sql(
                        """
                        select count(*) from supervision.case_deadline
                        where unit_id = :unit and due_on between :from and :to and case_id in (%s)
                            and ((met_on is null and due_on < :today) or met_on > due_on)
                        """
                                .formatted(cases))
                .param("unit", unitId)
                .param("officer", officerId)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query(Long.class)
                .single();
        long publishedLate = 0;
        if (officerId == null) {
            for (var row : db.sql(
                            """
                            select decided_on, (published_at at time zone 'Asia/Shanghai')::date as published_on
                            from supervision.case_record where unit_id = ? and decided_on between ? and ?
                                and procedure in (:penalties)
                            """
                                    .replace(":penalties", penalties()))
                    .params(unitId, from, to)
                    .query((rs, n) -> new LocalDate[] {
                        rs.getObject("decided_on", LocalDate.class), rs.getObject("published_on", LocalDate.class)
                    })
                    .list()) {
                var due = workingDays
                        .addWorkingDays(row[0], DetectionModels.DISCLOSURE_WORKING_DAYS)
                        .due();
                if (row[1] == null ? due.isBefore(today) : row[1].isAfter(due)) {
                    publishedLate++;
                }
            }
        }
        var mean = (BigDecimal) evaluations[1];
        return new Figures(
                (long) evaluations[0],
                mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP),
                upheld,
                flags,
                late,
                publishedLate);
    }

    private static String penalties() {
        return java.util.Arrays.stream(org.sunlight.cases.ProcedureKind.values())
                .filter(kind -> kind.category() == org.sunlight.organization.EnforcementCategory.PENALTY)
                .map(kind -> "'" + kind.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The continuous part: the mean score of the year's case files evaluated (100 when none was), less 5 points per
     * complaint found true, 2 per flag acknowledged, 1 per period run out or met late and, for the unit, 1 per penalty
     * decision published late; never below 0.
     */
    static BigDecimal continuous(Figures figures) {
        var base = figures.meanEvaluationScore() == null ? new BigDecimal("100") : figures.meanEvaluationScore();
        var score = base.subtract(PER_UPHELD_COMPLAINT.multiply(BigDecimal.valueOf(figures.complaintsUpheld())))
                .subtract(PER_ACKNOWLEDGED_FLAG.multiply(BigDecimal.valueOf(figures.flagsAcknowledged())))
                .subtract(PER_LATE_PERIOD.multiply(
                        BigDecimal.valueOf(figures.periodsLate() + figures.decisionsPublishedLate())));
        return score.signum() < 0 ? BigDecimal.ZERO.setScale(2) : score.setScale(2, RoundingMode.HALF_UP);
    }

    /** The weighted total, to two decimals (half up), as shown with the parts it comes from. */
    static BigDecimal total(BigDecimal continuous, BigDecimal legal, BigDecimal normative, int wc, int wl, int wn) {
        return continuous
                .multiply(BigDecimal.valueOf(wc))
                .add(legal.multiply(BigDecimal.valueOf(wl)))
                .add(normative.multiply(BigDecimal.valueOf(wn)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    static Grade grade(BigDecimal total) {
        if (total.compareTo(EXCELLENT_FROM) >= 0) {
            return Grade.EXCELLENT;
        }
        return total.compareTo(QUALIFIED_FROM) >= 0 ? Grade.QUALIFIED : Grade.UNQUALIFIED;
    }

    // ---- assessing, stating, making final

    @Transactional
    Assessment assess(StaffUser user, Entry entry) {
        if (entry.unitId() == null || organization.unit(entry.unitId()).isEmpty()) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.assessment.unit.unknown");
        }
        desk.requireSupervisor(user, entry.unitId());
        if (entry.officerId() == null && entry.unitId().equals(user.getUnitId())) {
            throw new UnitAssessedFromAbove();
        }
        var thisYear = LocalDate.now(clock).getYear();
        if (entry.year() == null || entry.year() < 2000 || entry.year() > thisYear) {
            throw new ComplaintRefusals.BadField("year", "supervision.evaluation.year.range", String.valueOf(thisYear));
        }
        String subject;
        if (entry.officerId() == null) {
            subject = organization.unit(entry.unitId()).orElseThrow().name();
        } else {
            var officer = organization
                    .officer(entry.officerId())
                    .filter(o -> o.unitId().equals(entry.unitId()))
                    .orElseThrow(() ->
                            new ComplaintRefusals.BadField("officerId", "supervision.assessment.officer.unknown"));
            subject = officer.name();
        }
        var legal = testScore("legalTest", entry.legalTest());
        var normative = testScore("normativeTest", entry.normativeTest());
        var weights = weights(entry.unitId());
        var figures = figures(entry.unitId(), entry.officerId(), entry.year());
        var continuous = continuous(figures);
        var total =
                total(continuous, legal, normative, weights.continuous(), weights.legalTest(), weights.normativeTest());
        var id = UUID.randomUUID();
        var now = clock.instant();
        var due = workingDays
                .addWorkingDays(LocalDate.now(clock), STATEMENT_WORKING_DAYS)
                .due();
        int inserted = db.sql(
                        """
                        insert into supervision.assessment (id, unit_id, year, officer_id, subject_name,
                            assessing_unit_id, continuous, legal_test, normative_test, continuous_weight,
                            legal_test_weight, normative_test_weight, total, grade, figures, status, statement_due,
                            published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(
                        id,
                        entry.unitId(),
                        entry.year(),
                        entry.officerId(),
                        subject,
                        user.getUnitId(),
                        continuous,
                        legal,
                        normative,
                        weights.continuous(),
                        weights.legalTest(),
                        weights.normativeTest(),
                        total,
                        grade(total).name(),
                        write(figures),
                        due,
                        user.getUsername(),
                        Timestamp.from(now))
                .update();
        if (inserted != 1) {
            throw new AlreadyAssessed();
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("year", entry.year());
        detail.put("subject", subject);
        detail.put("continuous", continuous);
        detail.put("legalTest", legal);
        detail.put("normativeTest", normative);
        detail.put("total", total);
        detail.put("grade", grade(total).name());
        audit(user, "ASSESSMENT_PUBLISHED", "assessment", id.toString(), entry.unitId(), detail);
        return find(id).orElseThrow();
    }

    /** A test score as entered: 0 to 100, at most one decimal; anything else is refused, never rounded. */
    static BigDecimal testScore(String field, BigDecimal value) {
        if (value == null) {
            throw new ComplaintRefusals.BadField(field, "supervision.assessment.test.required");
        }
        if (value.signum() < 0
                || value.compareTo(new BigDecimal("100")) > 0
                || value.stripTrailingZeros().scale() > 1) {
            throw new ComplaintRefusals.BadField(field, "supervision.assessment.test.range");
        }
        return value.setScale(1);
    }

    /** The one assessed states and defends, or says they have no objection; only before it is final. */
    @Transactional
    Statement state(StaffUser user, UUID id, boolean noObjection, String text) {
        var assessment = visible(user, id);
        if (assessment.isFinal()) {
            throw new AlreadyFinal();
        }
        if (!isTheOneAssessed(user, assessment)) {
            throw new NotTheOneAssessed();
        }
        var said = text == null ? "" : text.strip();
        if (!noObjection && said.isEmpty()) {
            throw new ComplaintRefusals.BadField("statement", "supervision.assessment.statement.required");
        }
        if (!lengths.fits("supervision.assessment_statement.text", said)) {
            throw new ComplaintRefusals.BadField(
                    "statement", "supervision.field.too-long", lengths.max("supervision.assessment_statement.text"));
        }
        var statement = new Statement(
                UUID.randomUUID(), user.getUsername(), noObjection, said.isEmpty() ? null : said, clock.instant());
        db.sql(
                        """
                        insert into supervision.assessment_statement (id, assessment_id, username, no_objection, text,
                            stated_at)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        statement.id(),
                        id,
                        statement.username(),
                        noObjection,
                        statement.text(),
                        Timestamp.from(statement.statedAt()))
                .update();
        var detail = new LinkedHashMap<String, Object>();
        detail.put("noObjection", noObjection);
        if (statement.text() != null) {
            detail.put("statement", statement.text());
        }
        audit(user, "ASSESSMENT_STATED", "assessment", id.toString(), assessment.unitId(), detail);
        return statement;
    }

    /** The officer assessed, or for the unit a leader of it. */
    boolean isTheOneAssessed(StaffUser user, Assessment assessment) {
        if (assessment.officerId() != null) {
            return assessment.officerId().equals(user.getOfficerId());
        }
        return user.hasRole(Role.LEADER) && assessment.unitId().equals(user.getUnitId());
    }

    /**
     * Whether the staff member may make the grade final: a supervisor of the assessing unit or of a unit above it (an
     * assessment made before the assessing unit was kept counts as given by the unit assessed).
     */
    boolean mayMakeFinal(StaffUser user, Assessment assessment) {
        var assessing = assessment.assessingUnitId() != null ? assessment.assessingUnitId() : assessment.unitId();
        return desk.maySupervise(user, assessing) && desk.maySupervise(user, assessment.unitId());
    }

    /**
     * A supervisor of the assessing unit (or above it) makes it final: after the one assessed has stated (or said they
     * have no objection) or the period has run out; every objection answered; the special parts may be corrected first
     * (the total and grade follow).
     */
    @Transactional
    Assessment makeFinal(
            StaffUser user, UUID id, Integer version, BigDecimal legalTest, BigDecimal normativeTest, String reply) {
        var assessment = visible(user, id);
        desk.requireSupervisor(user, assessment.unitId());
        if (!mayMakeFinal(user, assessment)) {
            throw new NotTheAssessingUnit();
        }
        if (assessment.isFinal()) {
            throw new AlreadyFinal();
        }
        if (version != null && version != assessment.version()) {
            throw new ComplaintRefusals.ChangedMeanwhile();
        }
        var statements = statements(id);
        var today = LocalDate.now(clock);
        if (statements.isEmpty() && !today.isAfter(assessment.statementDue())) {
            throw new StatementPeriodRunning(assessment.statementDue());
        }
        var answer = reply == null ? "" : reply.strip();
        if (statements.stream().anyMatch(s -> !s.noObjection()) && answer.isEmpty()) {
            throw new ComplaintRefusals.BadField("reply", "supervision.assessment.reply.required");
        }
        if (!lengths.fits("supervision.assessment.final_reply", answer)) {
            throw new ComplaintRefusals.BadField(
                    "reply", "supervision.field.too-long", lengths.max("supervision.assessment.final_reply"));
        }
        var legal = legalTest == null ? assessment.legalTest() : testScore("legalTest", legalTest);
        var normative = normativeTest == null ? assessment.normativeTest() : testScore("normativeTest", normativeTest);
        var total = total(
                assessment.continuous(),
                legal,
                normative,
                assessment.continuousWeight(),
                assessment.legalTestWeight(),
                assessment.normativeTestWeight());
        var grade = grade(total);
        int updated = db.sql(
                        """
                        update supervision.assessment set status = 'FINAL', legal_test = ?, normative_test = ?,
                            total = ?, grade = ?, final_by = ?, final_at = ?, final_reply = ?, version = version + 1
                        where id = ? and status = 'PUBLISHED' and version = ?
                        """)
                .params(
                        legal,
                        normative,
                        total,
                        grade.name(),
                        user.getUsername(),
                        Timestamp.from(clock.instant()),
                        answer.isEmpty() ? null : answer,
                        id,
                        assessment.version())
                .update();
        if (updated != 1) {
            throw new ComplaintRefusals.ChangedMeanwhile();
        }
        boolean suspended = false;
        if (grade == Grade.UNQUALIFIED && assessment.officerId() != null) {
            boolean lastYearToo = db.sql(
                                    """
                            select count(*) from supervision.assessment where officer_id = ? and year = ?
                                and status = 'FINAL' and grade = 'UNQUALIFIED'
                            """)
                            .params(assessment.officerId(), assessment.year() - 1)
                            .query(Long.class)
                            .single()
                    > 0;
            db.sql(
                            """
                            insert into supervision.assessment_consequence (assessment_id, unit_id, officer_id, kind)
                            values (?, ?, ?, ?)
                            """)
                    .params(
                            id,
                            assessment.unitId(),
                            assessment.officerId(),
                            lastYearToo ? "UNQUALIFIED_TWO_YEARS" : "UNQUALIFIED")
                    .update();
            if (lastYearToo) {
                // 实施方案 三(四)2: 连续两年被确定为不合格的，要给予调离执法岗位或取消执法资格处理 — until a leader records
                // which, the officer acts no more: the certificate is suspended from today
                organization.suspendCertificate(
                        assessment.officerId(),
                        LocalDate.now(clock),
                        (assessment.year() - 1) + "、" + assessment.year() + " 年度考核连续不合格，待记录调离执法岗位或取消执法资格");
                suspended = true;
            }
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("legalTest", legal);
        detail.put("normativeTest", normative);
        detail.put("total", total);
        detail.put("grade", grade.name());
        if (!answer.isEmpty()) {
            detail.put("reply", answer);
        }
        if (suspended) {
            detail.put("certificateSuspended", true);
        }
        audit(user, "ASSESSMENT_FINAL", "assessment", id.toString(), assessment.unitId(), detail);
        return find(id).orElseThrow();
    }

    /** A leader of the unit (or above) records the measure a final 不合格 calls for, once. */
    @Transactional
    Consequence recordMeasure(StaffUser user, UUID id, AssessmentMeasure measure, String note) {
        var assessment = visible(user, id);
        if (!user.hasRole(Role.LEADER) || !organization.isVisible(user, assessment.unitId())) {
            throw new NotALeader();
        }
        var consequence = consequence(id).orElseThrow(() -> new NotFound("consequence"));
        if (consequence.measure() != null) {
            throw new AlreadyFinal();
        }
        if (measure == null || !consequence.choices().contains(measure)) {
            throw new ComplaintRefusals.BadField("measure", "supervision.assessment.measure.choose");
        }
        var text = note == null ? "" : note.strip();
        if (!lengths.fits("supervision.assessment_consequence.note", text)) {
            throw new ComplaintRefusals.BadField(
                    "note", "supervision.field.too-long", lengths.max("supervision.assessment_consequence.note"));
        }
        int updated = db.sql(
                        """
                        update supervision.assessment_consequence set measure = ?, note = ?, recorded_by = ?,
                            recorded_at = ?
                        where assessment_id = ? and measure is null
                        """)
                .params(
                        measure.name(),
                        text.isEmpty() ? null : text,
                        user.getUsername(),
                        Timestamp.from(clock.instant()),
                        id)
                .update();
        if (updated != 1) {
            throw new AlreadyFinal();
        }
        // 实施方案 三(四)2: the measure for two years acts on the certificate, in the same transaction
        measure.certificate().carryOut(organization, consequence.officerId(), "连续两年考核不合格，取消执法资格（实施方案 三(四)2）");
        audit(
                user,
                "ASSESSMENT_MEASURE_RECORDED",
                "assessment",
                id.toString(),
                assessment.unitId(),
                Map.of("kind", consequence.kind(), "measure", measure.name()));
        return consequence(id).orElseThrow();
    }

    // ---- reading

    /** An assessment, for staff of its unit or of a unit above (published within the unit). */
    Assessment visible(StaffUser user, UUID id) {
        return find(id).filter(a -> organization.isVisible(user, a.unitId()))
                .orElseThrow(() -> new NotFound("assessment"));
    }

    List<Assessment> ofYear(StaffUser user, int year) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select * from supervision.assessment where unit_id in (:units) and year = :year
                        order by unit_id, officer_id nulls first, subject_name
                        """)
                .param("units", units)
                .param("year", year)
                .query(this::assessment)
                .list();
    }

    Optional<Assessment> find(UUID id) {
        return db.sql("select * from supervision.assessment where id = ?")
                .param(id)
                .query(this::assessment)
                .optional();
    }

    List<Statement> statements(UUID id) {
        return db.sql("select * from supervision.assessment_statement where assessment_id = ? order by stated_at, id")
                .param(id)
                .query((rs, n) -> new Statement(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getBoolean("no_objection"),
                        rs.getString("text"),
                        rs.getTimestamp("stated_at").toInstant()))
                .list();
    }

    Optional<Consequence> consequence(UUID id) {
        return db.sql("select * from supervision.assessment_consequence where assessment_id = ?")
                .param(id)
                .query((rs, n) -> new Consequence(
                        id,
                        rs.getObject("officer_id", UUID.class),
                        rs.getString("kind"),
                        rs.getString("measure") == null ? null : AssessmentMeasure.valueOf(rs.getString("measure")),
                        rs.getString("note"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at") == null
                                ? null
                                : rs.getTimestamp("recorded_at").toInstant()))
                .optional();
    }

    private Assessment assessment(ResultSet rs, int n) throws SQLException {
        return new Assessment(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getInt("year"),
                rs.getObject("officer_id", UUID.class),
                rs.getString("subject_name"),
                rs.getObject("assessing_unit_id", UUID.class),
                rs.getBigDecimal("continuous"),
                rs.getBigDecimal("legal_test"),
                rs.getBigDecimal("normative_test"),
                rs.getInt("continuous_weight"),
                rs.getInt("legal_test_weight"),
                rs.getInt("normative_test_weight"),
                rs.getBigDecimal("total"),
                Grade.valueOf(rs.getString("grade")),
                read(rs.getString("figures")),
                rs.getString("status"),
                rs.getObject("statement_due", LocalDate.class),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("final_by"),
                rs.getTimestamp("final_at") == null
                        ? null
                        : rs.getTimestamp("final_at").toInstant(),
                rs.getString("final_reply"),
                rs.getInt("version"));
    }

    private String write(Figures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Figures read(String text) {
        try {
            return json.readValue(text, Figures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void audit(
            StaffUser user, String kind, String subject, String recordId, UUID unitId, Map<String, Object> detail) {
        events.publishEvent(new AuditedAct(
                kind, clock.instant(), user.getUsername(), null, subject, recordId, null, unitId, detail));
    }
}
