package org.sunlight.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditedAct;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.cases.Procedures;
import org.sunlight.cases.Stage;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/**
 * Case-file evaluation (案卷评查, A5; 实施方案 三(三)2): every case scored live on the items its records can check, as it is
 * handled; closed case files of a unit and year drawn at random and reproducibly for supervisors to score the items
 * that need judgement, with findings; the results per case and per unit.
 */
@Service
class CaseFileEvaluations {

    /** The standard that scores penalty case files. */
    static final String PENALTY_STANDARD = "PENALTY";

    /** At most this many case files in one sample. */
    static final int MAX_SAMPLE = 1000;

    private static final SecureRandom SEEDS = new SecureRandom();

    /** An item as scored: the check's answer for an automatic item, the points lost, and why. */
    record Line(EvaluationStandard.Item item, CaseFileCheck.Result result, BigDecimal deducted, String finding) {}

    /** A case as the records score it now, with the evaluations of its file so far. */
    record Live(
            CaseView kase,
            EvaluationStandard standard,
            List<Line> lines,
            BigDecimal score,
            Grade grade,
            boolean ended,
            List<Evaluation> evaluations) {}

    record Sample(
            UUID id,
            UUID unitId,
            int year,
            UUID standardId,
            long seed,
            int population,
            String populationSha256,
            int size,
            String drawnBy,
            Instant drawnAt,
            List<SampledCase> cases) {

        public long evaluated() {
            return cases.stream().filter(c -> c.evaluation() != null).count();
        }
    }

    /** A case file in a sample, and its evaluation when done. */
    record SampledCase(int position, UUID caseId, Evaluation evaluation) {}

    record Evaluation(
            UUID id,
            UUID sampleId,
            UUID caseId,
            UUID unitId,
            BigDecimal score,
            Grade grade,
            String evaluator,
            Instant evaluatedAt,
            List<Deduction> deductions) {}

    record Deduction(String itemCode, BigDecimal deducted, String finding, boolean automatic) {}

    /** What the evaluator says of one judged item: the points taken off (0 when it holds) and the finding. */
    record Judgement(BigDecimal deducted, String finding) {}

    /** A unit's evaluated case files of a year: each case counted once, by its latest evaluation. */
    record UnitResult(
            UUID unitId,
            int year,
            long sampled,
            long evaluated,
            BigDecimal totalScore,
            long excellent,
            long qualified,
            long unqualified) {

        /** The mean score, to one decimal place, half up (as shown). */
        public BigDecimal average() {
            return evaluated == 0 ? null : totalScore.divide(BigDecimal.valueOf(evaluated), 1, RoundingMode.HALF_UP);
        }
    }

    private final JdbcClient db;
    private final CaseManagement cases;
    private final Organization organization;
    private final ComplaintDesk desk;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    CaseFileEvaluations(
            JdbcClient db,
            CaseManagement cases,
            Organization organization,
            ComplaintDesk desk,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.cases = cases;
        this.organization = organization;
        this.desk = desk;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The standard in force today for penalty case files: its latest version already effective. */
    EvaluationStandard standard() {
        return db.sql(
                        """
                        select * from supervision.evaluation_standard where code = ? and effective_from <= ?
                        order by version desc limit 1
                        """)
                .params(PENALTY_STANDARD, LocalDate.now(clock))
                .query((rs, n) -> standard(rs))
                .single();
    }

    EvaluationStandard standard(UUID id) {
        return db.sql("select * from supervision.evaluation_standard where id = ?")
                .param(id)
                .query((rs, n) -> standard(rs))
                .single();
    }

    /** The case as its records score it now; any staff member who may see the case may see its score. */
    Live live(StaffUser user, UUID caseId) {
        var kase = visibleCase(user, caseId);
        var standard = standard();
        var ended = ended(kase);
        var lines = automaticLines(standard, kase, ended);
        var lost = lines.stream().map(Line::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
        var score = EvaluationStandard.FULL_MARK.subtract(lost);
        return new Live(kase, standard, lines, score, standard.grade(score), ended, evaluationsOf(caseId));
    }

    /** Every item of the standard with the records' answer for the automatic ones (judged ones have no result). */
    private List<Line> automaticLines(EvaluationStandard standard, CaseView kase, boolean ended) {
        var facts = new CaseFileCheck.Facts(
                LocalDate.now(clock),
                ended,
                asked -> organization.checkCertificate(
                        asked.officerId(), asked.day(), asked.kase().procedure().category()));
        var lines = new ArrayList<Line>();
        for (var item : standard.items()) {
            if (item.judged()) {
                lines.add(new Line(item, null, BigDecimal.ZERO, null));
                continue;
            }
            var result = item.automatic().check(kase, facts);
            var failed = result.state() == CaseFileCheck.State.FAIL;
            lines.add(new Line(
                    item,
                    result,
                    failed ? item.points() : BigDecimal.ZERO,
                    failed ? text(item.automatic().labelKey() + ".FAIL", result.messageArguments()) : null));
        }
        return lines;
    }

    /**
     * Draws closed penalty case files of the unit's year at random (实施方案 三(三)2 执法案卷评查): the population is
     * every penalty case of the unit that ended in the year, sorted by id; the seed is the one given or a fresh random
     * one, recorded with the population's hash so that anyone can draw again and get the same files.
     */
    @Transactional
    Sample draw(StaffUser user, UUID unitId, Integer year, Integer size, Long seed) {
        if (unitId == null || !organization.isVisible(user, unitId)) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.complaint.unit.unknown");
        }
        desk.requireSupervisor(user, unitId);
        var thisYear = LocalDate.now(clock).getYear();
        if (year == null) {
            throw new ComplaintRefusals.BadField("year", "supervision.field.required");
        }
        if (year < 2000 || year > thisYear) {
            throw new ComplaintRefusals.BadField("year", "supervision.evaluation.year.range", String.valueOf(thisYear));
        }
        if (size == null) {
            throw new ComplaintRefusals.BadField("size", "supervision.field.required");
        }
        if (size < 1 || size > MAX_SAMPLE) {
            throw new ComplaintRefusals.BadField(
                    "size", "supervision.evaluation.size.range", String.valueOf(MAX_SAMPLE));
        }
        var population = population(unitId, year);
        if (population.isEmpty()) {
            throw new ComplaintRefusals.BadField(
                    "year", "supervision.evaluation.population.empty", String.valueOf(year));
        }
        if (size > population.size()) {
            throw new ComplaintRefusals.BadField(
                    "size", "supervision.evaluation.size.over-population", String.valueOf(population.size()));
        }
        long usedSeed = seed != null ? seed : SEEDS.nextLong();
        var drawn = SampleDraw.draw(population, usedSeed, size);
        var id = UUID.randomUUID();
        var standard = standard();
        var hash = SampleDraw.populationSha256(population);
        var now = clock.instant();
        db.sql(
                        """
                        insert into supervision.evaluation_sample (id, unit_id, year, standard_id, seed, population,
                            population_sha256, size, drawn_by, drawn_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        unitId,
                        year,
                        standard.id(),
                        usedSeed,
                        population.size(),
                        hash,
                        size,
                        user.getUsername(),
                        Timestamp.from(now))
                .update();
        for (int i = 0; i < drawn.size(); i++) {
            db.sql("insert into supervision.evaluation_sample_case (sample_id, position, case_id) values (?, ?, ?)")
                    .params(id, i + 1, drawn.get(i))
                    .update();
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("year", year);
        detail.put("seed", Long.toString(usedSeed));
        detail.put("population", population.size());
        detail.put("populationSha256", hash);
        detail.put("cases", drawn.stream().map(UUID::toString).toList());
        auditAct(user, "CASE_FILES_SAMPLED", "evaluation-sample", id, null, unitId, detail);
        return sample(user, id);
    }

    /** The penalty cases of the unit that ended in the year, as supervision's records of the cases tell it. */
    List<UUID> population(UUID unitId, int year) {
        var penalties = java.util.Arrays.stream(ProcedureKind.values())
                .filter(kind -> kind.category() == EnforcementCategory.PENALTY)
                .map(Enum::name)
                .toList();
        return db.sql(
                        """
                        select case_id from supervision.case_record
                        where unit_id = :unit and procedure in (:procedures) and ended_at is not null
                            and extract(year from ended_at at time zone 'Asia/Shanghai') = :year
                        """)
                .param("unit", unitId)
                .param("procedures", penalties)
                .param("year", year)
                .query(UUID.class)
                .list();
    }

    Sample sample(StaffUser user, UUID id) {
        var sample = db.sql("select * from supervision.evaluation_sample where id = ?")
                .param(id)
                .query((rs, n) -> sample(rs, List.of()))
                .optional()
                .filter(s -> organization.isVisible(user, s.unitId()))
                .orElseThrow(() -> new NotFound("evaluation-sample"));
        var evaluations = new java.util.HashMap<UUID, Evaluation>();
        for (var evaluation : db.sql("select * from supervision.case_evaluation where sample_id = ?")
                .param(id)
                .query((rs, n) -> evaluation(rs))
                .list()) {
            evaluations.put(evaluation.caseId(), withDeductions(evaluation));
        }
        var sampled = db.sql(
                        """
                        select position, case_id from supervision.evaluation_sample_case where sample_id = ?
                        order by position
                        """)
                .param(id)
                .query((rs, n) -> {
                    var caseId = rs.getObject("case_id", UUID.class);
                    return new SampledCase(rs.getInt("position"), caseId, evaluations.get(caseId));
                })
                .list();
        return new Sample(
                sample.id(),
                sample.unitId(),
                sample.year(),
                sample.standardId(),
                sample.seed(),
                sample.population(),
                sample.populationSha256(),
                sample.size(),
                sample.drawnBy(),
                sample.drawnAt(),
                sampled);
    }

    /** A sample in the list, with how many of its case files are evaluated. */
    record Listed(Sample sample, long evaluated) {}

    /** The samples of the units the staff member sees, newest first. */
    List<Listed> samples(StaffUser user) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select s.*, (select count(*) from supervision.case_evaluation e where e.sample_id = s.id)
                            as evaluated
                        from supervision.evaluation_sample s where s.unit_id in (:units)
                        order by s.drawn_at desc limit 200
                        """)
                .param("units", units)
                .query((rs, n) -> new Listed(sample(rs, List.of()), rs.getLong("evaluated")))
                .list();
    }

    /**
     * Records the evaluation of a sampled case file: the automatic items as the records answer them now, the judged
     * items as the evaluator scores them, each deduction with its finding. The evaluator is a supervisor of the unit or
     * of a unit above it, and took no part in the case (回避).
     */
    @Transactional
    Evaluation evaluate(StaffUser user, UUID sampleId, UUID caseId, Map<String, Judgement> judged) {
        var sample = sample(user, sampleId);
        desk.requireSupervisor(user, sample.unitId());
        var sampled = sample.cases().stream()
                .filter(c -> c.caseId().equals(caseId))
                .findFirst()
                .orElseThrow(() -> new NotFound("sampled-case"));
        if (sampled.evaluation() != null) {
            throw new EvaluationRefusals.AlreadyEvaluated();
        }
        var kase = cases.find(caseId).orElseThrow(() -> new NotFound("case"));
        if (tookPart(user, kase)) {
            throw new EvaluationRefusals.TookPartInTheCase();
        }
        var standard = standard(sample.standardId());
        for (var code : judged.keySet()) {
            if (standard.item(code).filter(EvaluationStandard.Item::judged).isEmpty()) {
                throw new ComplaintRefusals.BadField("deducted", "supervision.evaluation.item.unknown", code);
            }
        }
        var deductions = new ArrayList<Deduction>();
        for (var line : automaticLines(standard, kase, ended(kase))) {
            var item = line.item();
            if (!item.judged()) {
                deductions.add(new Deduction(item.code(), line.deducted(), line.finding(), true));
                continue;
            }
            var deductedField = "deducted[" + item.code() + "]";
            var findingField = "finding[" + item.code() + "]";
            var judgement = judged.get(item.code());
            if (judgement == null || judgement.deducted() == null) {
                throw new ComplaintRefusals.BadField(deductedField, "supervision.evaluation.deducted.required");
            }
            var deducted = judgement.deducted();
            if (deducted.signum() < 0 || deducted.compareTo(item.points()) > 0) {
                throw new ComplaintRefusals.BadField(
                        deductedField,
                        "supervision.evaluation.deducted.range",
                        item.points().toPlainString());
            }
            if (deducted.stripTrailingZeros().scale() > 1) {
                throw new ComplaintRefusals.BadField(deductedField, "supervision.evaluation.deducted.scale");
            }
            var finding = judgement.finding() == null ? "" : judgement.finding().strip();
            if (deducted.signum() > 0 && finding.isEmpty()) {
                throw new ComplaintRefusals.BadField(findingField, "supervision.evaluation.finding.required");
            }
            if (!lengths.fits("supervision.case_evaluation_item.finding", finding)) {
                throw new ComplaintRefusals.BadField(
                        findingField,
                        "supervision.field.too-long",
                        lengths.max("supervision.case_evaluation_item.finding"));
            }
            deductions.add(new Deduction(
                    item.code(),
                    deducted.setScale(1, RoundingMode.UNNECESSARY),
                    finding.isEmpty() ? null : finding,
                    false));
        }
        var lost = deductions.stream().map(Deduction::deducted).reduce(BigDecimal.ZERO, BigDecimal::add);
        var score = EvaluationStandard.FULL_MARK.subtract(lost);
        var grade = standard.grade(score);
        var id = UUID.randomUUID();
        var now = clock.instant();
        db.sql(
                        """
                        insert into supervision.case_evaluation (id, sample_id, case_id, unit_id, standard_id, score,
                            grade, evaluator, evaluated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        sampleId,
                        caseId,
                        kase.unitId(),
                        standard.id(),
                        score,
                        grade.name(),
                        user.getUsername(),
                        Timestamp.from(now))
                .update();
        for (var deduction : deductions) {
            db.sql(
                            """
                            insert into supervision.case_evaluation_item (evaluation_id, item_code, deducted, finding,
                                automatic)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(id, deduction.itemCode(), deduction.deducted(), deduction.finding(), deduction.automatic())
                    .update();
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("sample", sampleId.toString());
        detail.put("score", score.toPlainString());
        detail.put("grade", grade.name());
        var lostItems = new LinkedHashMap<String, Object>();
        deductions.stream()
                .filter(d -> d.deducted().signum() > 0)
                .forEach(d -> lostItems.put(d.itemCode(), d.deducted().toPlainString() + " " + d.finding()));
        detail.put("deductions", lostItems);
        auditAct(user, "CASE_FILE_EVALUATED", "case-evaluation", id, caseId, kase.unitId(), detail);
        return withDeductions(
                new Evaluation(id, sampleId, caseId, kase.unitId(), score, grade, user.getUsername(), now, List.of()));
    }

    /** Whether the staff member handled the case as one of its officers or took any act on it. */
    boolean tookPart(StaffUser user, CaseView kase) {
        if (user.getOfficerId() != null && kase.officerIds().contains(user.getOfficerId())) {
            return true;
        }
        return kase.acts().stream().anyMatch(act -> user.getUsername().equals(act.actor()));
    }

    /** Per unit the staff member sees, the year's evaluated case files: each case by its latest evaluation. */
    List<UnitResult> results(StaffUser user, int year) {
        return results(organization.visibleUnitIds(user), year);
    }

    /** Per unit of those given, the year's evaluated case files (published in summary, 执法监督结果公开). */
    List<UnitResult> results(java.util.Set<UUID> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        with sampled as (
                            select distinct s.unit_id, c.case_id from supervision.evaluation_sample s
                            join supervision.evaluation_sample_case c on c.sample_id = s.id
                            where s.unit_id in (:units) and s.year = :year
                        ), latest as (
                            select distinct on (e.case_id) e.case_id, e.score, e.grade
                            from supervision.case_evaluation e
                            join supervision.evaluation_sample s on s.id = e.sample_id
                            where s.unit_id in (:units) and s.year = :year
                            order by e.case_id, e.evaluated_at desc
                        )
                        select sampled.unit_id, count(*) as sampled, count(latest.case_id) as evaluated,
                            coalesce(sum(latest.score), 0) as total,
                            count(*) filter (where latest.grade = 'EXCELLENT') as excellent,
                            count(*) filter (where latest.grade = 'QUALIFIED') as qualified,
                            count(*) filter (where latest.grade = 'UNQUALIFIED') as unqualified
                        from sampled left join latest on latest.case_id = sampled.case_id
                        group by sampled.unit_id order by sampled.unit_id
                        """)
                .param("units", units)
                .param("year", year)
                .query((rs, n) -> new UnitResult(
                        rs.getObject("unit_id", UUID.class),
                        year,
                        rs.getLong("sampled"),
                        rs.getLong("evaluated"),
                        rs.getBigDecimal("total"),
                        rs.getLong("excellent"),
                        rs.getLong("qualified"),
                        rs.getLong("unqualified")))
                .list();
    }

    List<Evaluation> evaluationsOf(UUID caseId) {
        return db
                .sql("select * from supervision.case_evaluation where case_id = ? order by evaluated_at")
                .param(caseId)
                .query((rs, n) -> evaluation(rs))
                .list()
                .stream()
                .map(this::withDeductions)
                .toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private CaseView visibleCase(StaffUser user, UUID caseId) {
        var kase = cases.find(caseId)
                .filter(view -> organization.isVisible(user, view.unitId()))
                .orElseThrow(() -> new NotFound("case"));
        if (kase.procedure().category() != EnforcementCategory.PENALTY) {
            throw new EvaluationRefusals.NotCoveredByTheStandard();
        }
        return kase;
    }

    /** Ended: in a terminal stage or in the archive phase (closed, archived). */
    private static boolean ended(CaseView kase) {
        return Procedures.of(kase.procedure())
                .stage(kase.stage())
                .map(stage -> stage.terminal() || stage.phase() == Stage.Phase.ARCHIVE)
                .orElse(false);
    }

    private Evaluation withDeductions(Evaluation evaluation) {
        var deductions = db.sql(
                        """
                        select d.item_code, d.deducted, d.finding, d.automatic
                        from supervision.case_evaluation_item d
                        join supervision.case_evaluation e on e.id = d.evaluation_id
                        join supervision.evaluation_item i on i.standard_id = e.standard_id and i.code = d.item_code
                        where d.evaluation_id = ? order by i.position
                        """)
                .param(evaluation.id())
                .query((rs, n) ->
                        new Deduction(rs.getString(1), rs.getBigDecimal(2), rs.getString(3), rs.getBoolean(4)))
                .list();
        return new Evaluation(
                evaluation.id(),
                evaluation.sampleId(),
                evaluation.caseId(),
                evaluation.unitId(),
                evaluation.score(),
                evaluation.grade(),
                evaluation.evaluator(),
                evaluation.evaluatedAt(),
                deductions);
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    private void auditAct(
            StaffUser user,
            String kind,
            String subject,
            UUID id,
            UUID caseId,
            UUID unitId,
            Map<String, Object> detail) {
        events.publishEvent(new AuditedAct(
                kind, clock.instant(), user.getUsername(), null, subject, id.toString(), caseId, unitId, detail));
    }

    private EvaluationStandard standard(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var items = db.sql("select * from supervision.evaluation_item where standard_id = ? order by position")
                .param(id)
                .query((row, n) -> {
                    var automatic = row.getString("automatic");
                    return new EvaluationStandard.Item(
                            row.getString("code"),
                            row.getInt("position"),
                            EvaluationSection.valueOf(row.getString("section")),
                            row.getString("text"),
                            row.getBigDecimal("points"),
                            automatic == null ? null : CaseFileCheck.valueOf(automatic),
                            row.getString("basis"));
                })
                .list();
        return new EvaluationStandard(
                id,
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getObject("effective_from", LocalDate.class),
                rs.getBigDecimal("excellent_from"),
                rs.getBigDecimal("qualified_from"),
                items);
    }

    private static Sample sample(ResultSet rs, List<SampledCase> cases) throws SQLException {
        return new Sample(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getInt("year"),
                rs.getObject("standard_id", UUID.class),
                rs.getLong("seed"),
                rs.getInt("population"),
                rs.getString("population_sha256"),
                rs.getInt("size"),
                rs.getString("drawn_by"),
                rs.getTimestamp("drawn_at").toInstant(),
                cases);
    }

    private static Evaluation evaluation(ResultSet rs) throws SQLException {
        return new Evaluation(
                rs.getObject("id", UUID.class),
                rs.getObject("sample_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getBigDecimal("score"),
                Grade.valueOf(rs.getString("grade")),
                rs.getString("evaluator"),
                rs.getTimestamp("evaluated_at").toInstant(),
                List.of());
    }
}
