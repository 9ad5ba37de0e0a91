package org.sunlight.inspection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.Catalog;
import org.sunlight.inspection.InspectionRefusals.InvalidField;
import org.sunlight.inspection.InspectionRefusals.NotOpen;
import org.sunlight.inspection.InspectionRefusals.NotTheUnitsStaff;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/** The yearly plans of the units and the tasks taken from them. */
@Service
class Plans {

    private final JdbcClient db;
    private final Catalog catalog;
    private final Organization organization;
    private final org.sunlight.platform.ColumnLengths lengths;

    Plans(JdbcClient db, Catalog catalog, Organization organization, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.catalog = catalog;
        this.organization = organization;
    }

    /** What a line says, as typed. */
    record LineInput(
            String itemCode,
            Set<SubjectCategory> categories,
            BigDecimal ratioA,
            BigDecimal ratioB,
            BigDecimal ratioC,
            BigDecimal ratioD,
            String frequency,
            LocalDate periodFrom,
            LocalDate periodTo) {}

    @Transactional
    UUID create(StaffUser user, Integer year, String title) {
        requireStaff(user);
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidField("year", "inspection.plan.year.range");
        }
        var text = title == null ? "" : title.strip();
        if (text.isEmpty() || !lengths.fits("inspection.plan.title", text)) {
            throw new InvalidField("title", "inspection.plan.title.required", lengths.max("inspection.plan.title"));
        }
        var exists = db.sql("select exists (select 1 from inspection.plan where unit_id = ? and year = ?)")
                .params(user.getUnitId(), year)
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new InvalidField("year", "inspection.plan.year.taken");
        }
        return db.sql(
                        "insert into inspection.plan (unit_id, year, title, status, created_by) values (?, ?, ?, 'DRAFT', ?)"
                                + " returning id")
                .params(user.getUnitId(), year, text, user.getUsername())
                .query(UUID.class)
                .single();
    }

    /**
     * Adds a line for one of the unit's published random-inspection items (D3). The ratio rises with the risk
     * (国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见, 国发〔2019〕5号: 对信用风险高的加大抽查比例).
     */
    @Transactional
    UUID addLine(StaffUser user, UUID planId, LineInput line) {
        var plan = visible(user, planId);
        requireOwn(user, plan);
        if (plan.published()) {
            throw new NotOpen("inspection.plan.published-already");
        }
        var item = catalog.randomInspectionItems(plan.unitId()).stream()
                .filter(candidate -> candidate.code().equals(line.itemCode()))
                .findFirst()
                .orElseThrow(() -> new InvalidField("itemCode", "inspection.plan.item.unknown"));
        if (line.categories() == null || line.categories().isEmpty()) {
            throw new InvalidField("categories", "inspection.plan.categories.required");
        }
        var ratios = new BigDecimal[] {line.ratioA(), line.ratioB(), line.ratioC(), line.ratioD()};
        var names = new String[] {"ratioA", "ratioB", "ratioC", "ratioD"};
        for (int i = 0; i < 4; i++) {
            var ratio = ratios[i];
            if (ratio == null
                    || ratio.signum() < 0
                    || ratio.compareTo(BigDecimal.valueOf(100)) > 0
                    || ratio.stripTrailingZeros().scale() > 2) {
                throw new InvalidField(names[i], "inspection.plan.ratio.range");
            }
            if (i > 0 && ratio.compareTo(ratios[i - 1]) < 0) {
                throw new InvalidField(names[i], "inspection.plan.ratio.rising");
            }
        }
        var frequency = line.frequency() == null ? "" : line.frequency().strip();
        if (frequency.isEmpty()) {
            throw new InvalidField("frequency", "inspection.plan.frequency.required");
        }
        if (!lengths.fits("inspection.plan_line.frequency", frequency)) {
            throw new InvalidField(
                    "frequency", "inspection.field.too-long-max", lengths.max("inspection.plan_line.frequency"));
        }
        if (line.periodFrom() == null || line.periodFrom().getYear() != plan.year()) {
            throw new InvalidField("periodFrom", "inspection.plan.period.year", plan.year());
        }
        if (line.periodTo() == null
                || line.periodTo().getYear() != plan.year()
                || line.periodTo().isBefore(line.periodFrom())) {
            throw new InvalidField("periodTo", "inspection.plan.period.order", plan.year());
        }
        var categories = Arrays.stream(SubjectCategory.values())
                .filter(line.categories()::contains)
                .map(Enum::name)
                .toList();
        return db.sql(
                        """
                        insert into inspection.plan_line (plan_id, line_no, item_code, item_name, categories, ratio_a,
                            ratio_b, ratio_c, ratio_d, frequency, period_from, period_to)
                        values (?, (select coalesce(max(line_no), 0) + 1 from inspection.plan_line where plan_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id
                        """)
                .params(
                        planId,
                        planId,
                        item.code(),
                        item.name(),
                        String.join(",", categories),
                        line.ratioA(),
                        line.ratioB(),
                        line.ratioC(),
                        line.ratioD(),
                        frequency,
                        line.periodFrom(),
                        line.periodTo())
                .query(UUID.class)
                .single();
    }

    /** The leader or administrator publishes the plan on the portal (事前公开); it never changes after. */
    @Transactional
    void publish(StaffUser user, UUID planId) {
        var plan = visible(user, planId);
        if (!plan.unitId().equals(user.getUnitId()) || !(user.hasRole(Role.LEADER) || user.hasRole(Role.ADMIN))) {
            throw new NotTheUnitsStaff();
        }
        if (plan.published()) {
            throw new NotOpen("inspection.plan.published-already");
        }
        if (plan.lines().isEmpty()) {
            throw new NotOpen("inspection.plan.publish.no-lines");
        }
        db.sql("update inspection.plan set status = 'PUBLISHED', published_by = ?, published_at = now() where id = ?")
                .params(user.getUsername(), planId)
                .update();
    }

    /** A task from lines of a published plan, for a period within theirs. */
    @Transactional
    UUID createTask(StaffUser user, UUID planId, String title, LocalDate from, LocalDate to, Collection<UUID> lineIds) {
        var plan = visible(user, planId);
        requireOwn(user, plan);
        if (!plan.published()) {
            throw new NotOpen("inspection.task.plan-not-published");
        }
        var text = title == null ? "" : title.strip();
        if (text.isEmpty() || !lengths.fits("inspection.task.title", text)) {
            throw new InvalidField("title", "inspection.task.title.required", lengths.max("inspection.task.title"));
        }
        var lines = plan.lines().stream()
                .filter(line -> lineIds != null && lineIds.contains(line.id()))
                .toList();
        if (lines.isEmpty()) {
            throw new InvalidField("lineIds", "inspection.task.lines.required");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidField("periodTo", "inspection.task.period.order");
        }
        for (var line : lines) {
            if (from.isBefore(line.periodFrom()) || to.isAfter(line.periodTo())) {
                throw new InvalidField(
                        "periodFrom", "inspection.task.period.within", line.periodFrom(), line.periodTo());
            }
        }
        var id = db.sql(
                        """
                        insert into inspection.task (unit_id, plan_id, title, period_from, period_to, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(plan.unitId(), planId, text, from, to, user.getUsername())
                .query(UUID.class)
                .single();
        for (var line : lines) {
            db.sql("insert into inspection.task_line (task_id, plan_line_id) values (?, ?)")
                    .params(id, line.id())
                    .update();
        }
        return id;
    }

    List<Plan> ofUnits(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db
                .sql("select id from inspection.plan where unit_id in (:units) order by year desc, created_at desc")
                .param("units", unitIds)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    /** The published plans, for the portal, the latest first. */
    List<Plan> published() {
        return db
                .sql("select id from inspection.plan where status = 'PUBLISHED' order by year desc, published_at desc")
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> find(id).orElseThrow())
                .toList();
    }

    Plan visible(StaffUser user, UUID planId) {
        return find(planId)
                .filter(plan -> organization.isVisible(user, plan.unitId()))
                .orElseThrow(() -> new NotFound("plan"));
    }

    Optional<Plan> find(UUID planId) {
        return db.sql("select * from inspection.plan where id = ?")
                .param(planId)
                .query((rs, row) -> new Plan(
                        rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getInt("year"),
                        rs.getString("title"),
                        rs.getString("status"),
                        rs.getString("created_by"),
                        rs.getString("published_by"),
                        rs.getObject("published_at", OffsetDateTime.class),
                        lines(planId)))
                .optional();
    }

    List<PlanLine> lines(UUID planId) {
        return db.sql("select * from inspection.plan_line where plan_id = ? order by line_no")
                .param(planId)
                .query(Plans::line)
                .list();
    }

    Optional<Task> task(UUID taskId) {
        return db.sql("select * from inspection.task where id = ?")
                .param(taskId)
                .query((rs, row) -> new Task(
                        rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getObject("plan_id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class),
                        db.sql(
                                        """
                                        select l.* from inspection.plan_line l join inspection.task_line t
                                            on t.plan_line_id = l.id where t.task_id = ? order by l.line_no
                                        """)
                                .param(taskId)
                                .query(Plans::line)
                                .list()))
                .optional();
    }

    List<Task> tasksOf(UUID planId) {
        return db
                .sql("select id from inspection.task where plan_id = ? order by created_at")
                .param(planId)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> task(id).orElseThrow())
                .toList();
    }

    private static PlanLine line(ResultSet rs, int row) throws SQLException {
        return new PlanLine(
                rs.getObject("id", UUID.class),
                rs.getObject("plan_id", UUID.class),
                rs.getInt("line_no"),
                rs.getString("item_code"),
                rs.getString("item_name"),
                Arrays.stream(rs.getString("categories").split(","))
                        .map(SubjectCategory::valueOf)
                        .toList(),
                rs.getBigDecimal("ratio_a"),
                rs.getBigDecimal("ratio_b"),
                rs.getBigDecimal("ratio_c"),
                rs.getBigDecimal("ratio_d"),
                rs.getString("frequency"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class));
    }

    private static void requireStaff(StaffUser user) {
        if (!SubjectPool.maySave(user, user.getUnitId())) {
            throw new NotTheUnitsStaff();
        }
    }

    private static void requireOwn(StaffUser user, Plan plan) {
        if (!SubjectPool.maySave(user, plan.unitId())) {
            throw new NotTheUnitsStaff();
        }
    }
}
