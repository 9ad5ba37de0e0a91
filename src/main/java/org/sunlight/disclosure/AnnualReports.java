package org.sunlight.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.cases.CaseStatistics;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Unit;
import org.sunlight.platform.NotFound;
import org.sunlight.review.ReviewStatistics;

/**
 * Counts a unit's yearly statistics report from the records (D13) and keeps what the unit published. A city's or
 * province's report adds up the unit itself and every unit below it.
 */
@Service
class AnnualReports {

    private final JdbcClient db;
    private final ObjectMapper json;
    private final Organization organization;
    private final CaseStatistics cases;
    private final ReviewStatistics reviews;
    private final Clock clock;
    private final PushMessages pushes;
    private final org.springframework.context.MessageSource messages;
    private final org.sunlight.inspection.RandomInspection randomInspection;
    private final org.springframework.beans.factory.ObjectProvider<ReportedComplaints> complaints;

    AnnualReports(
            JdbcClient db,
            ObjectMapper json,
            Organization organization,
            CaseStatistics cases,
            ReviewStatistics reviews,
            Clock clock,
            PushMessages pushes,
            org.springframework.context.MessageSource messages,
            org.sunlight.inspection.RandomInspection randomInspection,
            org.springframework.beans.factory.ObjectProvider<ReportedComplaints> complaints) {
        this.complaints = complaints;
        this.randomInspection = randomInspection;
        this.pushes = pushes;
        this.messages = messages;
        this.db = db;
        this.json = json;
        this.organization = organization;
        this.cases = cases;
        this.reviews = reviews;
        this.clock = clock;
    }

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    /** The first year a report may be asked for. */
    static final int FIRST_YEAR = 2000;

    /**
     * The report a staff member may ask for, counted now: a unit they see, a year from {@link #FIRST_YEAR} to this one.
     */
    AnnualReport countFor(org.sunlight.organization.StaffUser user, UUID unitId, int year) {
        requireVisible(user, unitId, year);
        return count(unitId, year);
    }

    /** Refuses, as not found, a unit the staff member does not see or a year outside those a report may have. */
    void requireVisible(org.sunlight.organization.StaffUser user, UUID unitId, int year) {
        if (!organization.isVisible(user, unitId)
                || year < FIRST_YEAR
                || year > LocalDate.now(clock).getYear()) {
            throw new NotFound("report");
        }
    }

    /** A published version of the unit's report: the one asked for, or the latest. */
    PublishedReport published(UUID unitId, int year, Integer version) {
        return (version == null ? latest(unitId, year) : version(unitId, year, version))
                .orElseThrow(() -> new NotFound("report"));
    }

    /** The unit's report for the year as the records stand now. */
    AnnualReport count(UUID unitId, int year) {
        var unit = organization.unit(unitId).orElseThrow(() -> new NotFound("unit"));
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        var all = organization.unitAndBelow(unitId);
        var lines = new ArrayList<AnnualReport.UnitLine>();
        if (unit.level().seesSubordinates()) {
            lines.add(line(unit, true, Set.of(unitId), from, to));
            for (var below : organization.unitsDirectlyBelow(unitId)) {
                lines.add(line(below, false, organization.unitAndBelow(below.id()), from, to));
            }
        }
        return new AnnualReport(
                unit.id(),
                unit.name(),
                unit.level().name(),
                year,
                cases.figures(all, from, to),
                reviews.figures(all, from, to),
                disclosures(all, from, to),
                List.copyOf(lines),
                Instant.now(clock),
                randomInspection.figures(all, from, to),
                complaints(all, from, to),
                trends(all, year));
    }

    /**
     * The year month by month, up to the month counted in, against the year before: decisions, results first
     * published, and 按期公示率 by the month the day of publication fell in.
     */
    private AnnualReport.Trends trends(Set<UUID> units, int year) {
        var today = LocalDate.now(clock);
        int through = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        return new AnnualReport.Trends(months(units, year, through, today), months(units, year - 1, 12, today));
    }

    private List<AnnualReport.Month> months(Set<UUID> units, int year, int through, LocalDate today) {
        var from = LocalDate.of(year, 1, 1);
        var to = LocalDate.of(year, 12, 31);
        Map<java.time.YearMonth, Long> decided = cases.decisionsByMonth(units, from, to);
        Map<Integer, Long> published = Map.of();
        Map<Integer, long[]> deadlines = Map.of();
        if (!units.isEmpty()) {
            published = db
                    .sql(
                            """
                            select extract(month from published_at at time zone 'Asia/Shanghai')::int as month,
                                count(*) as published
                            from disclosure.disclosure_entry
                            where unit_id in (:units) and published_at >= :from and published_at < :to
                            group by 1
                            """)
                    .param("units", units)
                    .param("from", from.atStartOfDay(SHANGHAI).toOffsetDateTime())
                    .param("to", to.plusDays(1).atStartOfDay(SHANGHAI).toOffsetDateTime())
                    .query((rs, n) -> Map.entry(rs.getInt("month"), rs.getLong("published")))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            deadlines = db
                    .sql(
                            """
                            select extract(month from due_on)::int as month, count(*) as passed,
                                count(*) filter (where published_at is not null
                                    and (published_at at time zone 'Asia/Shanghai')::date <= due_on) as met
                            from disclosure.disclosure_entry
                            where unit_id in (:units) and due_on between :from and :to and due_on < :today
                            group by 1
                            """)
                    .param("units", units)
                    .param("from", from)
                    .param("to", to)
                    .param("today", today)
                    .query((rs, n) ->
                            Map.entry(rs.getInt("month"), new long[] {rs.getLong("passed"), rs.getLong("met")}))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        var months = new ArrayList<AnnualReport.Month>();
        for (int month = 1; month <= through; month++) {
            var due = deadlines.getOrDefault(month, new long[] {0, 0});
            months.add(new AnnualReport.Month(
                    month,
                    decided.getOrDefault(java.time.YearMonth.of(year, month), 0L),
                    published.getOrDefault(month, 0L),
                    due[0],
                    due[1]));
        }
        return List.copyOf(months);
    }

    private AnnualReport.UnitLine line(Unit unit, boolean own, Set<UUID> units, LocalDate from, LocalDate to) {
        var caseFigures = cases.figures(units, from, to);
        var disclosed = disclosures(units, from, to);
        return new AnnualReport.UnitLine(
                unit.id(),
                unit.name(),
                own,
                AnnualReport.opened(caseFigures),
                AnnualReport.decided(caseFigures),
                caseFigures.fines().total(),
                caseFigures.finesPaid().total(),
                disclosed.due(),
                disclosed.onTime());
    }

    /** The complaints received, when a module keeps them; else null, and the report says so. */
    private ComplaintFigures complaints(Set<UUID> units, LocalDate from, LocalDate to) {
        var reported = complaints.getIfAvailable();
        return reported == null ? null : reported.figures(units, from, to);
    }

    private DisclosureFigures disclosures(Collection<UUID> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return new DisclosureFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0L, 0L);
        }
        var today = LocalDate.now(clock);
        var published = db.sql(
                        """
                        select count(*) as due,
                            count(*) filter (where published_at is not null
                                and (published_at at time zone 'Asia/Shanghai')::date <= due_on) as on_time,
                            count(*) filter (where published_at is not null
                                and (published_at at time zone 'Asia/Shanghai')::date > due_on) as late,
                            count(*) filter (where published_at is null and due_on < :today) as overdue,
                            count(*) filter (where published_at is null and due_on >= :today) as not_yet_due
                        from disclosure.disclosure_entry
                        where unit_id in (:units) and decided_on between :from and :to
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new long[] {
                    rs.getLong("due"),
                    rs.getLong("on_time"),
                    rs.getLong("late"),
                    rs.getLong("overdue"),
                    rs.getLong("not_yet_due")
                })
                .single();
        // 按期公示率 takes the decisions whose day of publication fell in the period and has passed (issue 18, point 13)
        var deadlines = db.sql(
                        """
                        select count(*) as passed,
                            count(*) filter (where published_at is not null
                                and (published_at at time zone 'Asia/Shanghai')::date <= due_on) as met
                        from disclosure.disclosure_entry
                        where unit_id in (:units) and due_on between :from and :to and due_on < :today
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong("passed"), rs.getLong("met")})
                .single();
        var withdrawn = db.sql(
                        """
                        select count(*) as withdrawals,
                            count(*) filter (where (withdrawn_at is null and withdraw_due_on < :today)
                                or (withdrawn_at at time zone 'Asia/Shanghai')::date > withdraw_due_on) as late
                        from disclosure.disclosure_entry
                        where unit_id in (:units) and revoked_on between :from and :to
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .param("today", today)
                .query((rs, n) -> new long[] {rs.getLong("withdrawals"), rs.getLong("late")})
                .single();
        Map<String, long[]> proceedings = db
                .sql(
                        """
                        select coalesce(a.proceeding, 'OTHER') as proceeding, count(distinct a.entry_id) as results,
                            count(distinct a.entry_id) filter (where a.result_changed) as changed
                        from disclosure.result_annotation a join disclosure.disclosure_entry e on e.id = a.entry_id
                        where e.unit_id in (:units) and a.changed_on between :from and :to
                        group by 1
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> Map.entry(
                        rs.getString("proceeding"), new long[] {rs.getLong("results"), rs.getLong("changed")}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var none = new long[] {0, 0};
        var reconsiderations = proceedings.getOrDefault("RECONSIDERATION", none);
        var litigations = proceedings.getOrDefault("LITIGATION", none);
        return new DisclosureFigures(
                published[0],
                published[1],
                published[2],
                published[3],
                published[4],
                withdrawn[0],
                withdrawn[1],
                reconsiderations[0],
                reconsiderations[1],
                litigations[0],
                litigations[1],
                proceedings.getOrDefault("OTHER", none)[1],
                deadlines[0],
                deadlines[1]);
    }

    /**
     * Publishes the report as the records stand now: the first version, or a new one with its reason; and pushes it to
     * the government platform through the outbox, in the same transaction.
     */
    @Transactional
    PublishedReport publish(UUID unitId, int year, String reason, String by) {
        var report = count(unitId, year);
        int version = db.sql(
                        "select coalesce(max(version), 0) + 1 from disclosure.annual_report where unit_id = ? and year = ?")
                .params(unitId, year)
                .query(Integer.class)
                .single();
        db.sql(
                        """
                        insert into disclosure.annual_report (unit_id, unit_name, year, version, figures, reason,
                            published_by, published_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        """)
                .params(
                        unitId,
                        report.unitName(),
                        year,
                        version,
                        write(report),
                        version == 1 ? null : reason,
                        by,
                        java.sql.Timestamp.from(report.countedAt()))
                .update();
        var published = version(unitId, year, version).orElseThrow();
        pushes.enqueue(
                new AnnualReportPublished(
                        UUID.randomUUID(),
                        "ANNUAL_REPORT",
                        published.id(),
                        unitId,
                        published.unitName(),
                        year,
                        version,
                        published.reason(),
                        published.publishedAt(),
                        published.report()),
                messages.getMessage(
                        "report.title",
                        new Object[] {published.unitName(), String.valueOf(year)},
                        java.util.Locale.SIMPLIFIED_CHINESE));
        return published;
    }

    Optional<PublishedReport> latest(UUID unitId, int year) {
        return db.sql(
                        """
                        select * from disclosure.annual_report where unit_id = ? and year = ?
                        order by version desc limit 1
                        """)
                .params(unitId, year)
                .query((rs, n) -> map(rs))
                .optional();
    }

    Optional<PublishedReport> version(UUID unitId, int year, int version) {
        return db.sql("select * from disclosure.annual_report where unit_id = ? and year = ? and version = ?")
                .params(unitId, year, version)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** Every version of the unit's report for the year, the first first. */
    List<PublishedReport> versions(UUID unitId, int year) {
        return db.sql("select * from disclosure.annual_report where unit_id = ? and year = ? order by version")
                .params(unitId, year)
                .query((rs, n) -> map(rs))
                .list();
    }

    /** The latest version of every published report, the newest year first, by unit. */
    List<ListedReport> listed(Integer year) {
        return db.sql(
                        """
                        select unit_id, year, max(version) as version,
                            (array_agg(unit_name order by version desc))[1] as unit_name,
                            (min(published_at) at time zone 'Asia/Shanghai')::date as first_on,
                            (max(published_at) at time zone 'Asia/Shanghai')::date as latest_on
                        from disclosure.annual_report
                        where cast(:year as integer) is null or year = :year
                        group by unit_id, year order by year desc, unit_name
                        """)
                .param("year", year, java.sql.Types.INTEGER)
                .query((rs, n) -> new ListedReport(
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"),
                        rs.getInt("year"),
                        rs.getInt("version"),
                        rs.getObject("first_on", LocalDate.class),
                        rs.getObject("latest_on", LocalDate.class)))
                .list();
    }

    /** When each of the units first published its report for the year; absent when it has not. */
    Map<UUID, LocalDate> firstPublished(Collection<UUID> units, int year) {
        if (units.isEmpty()) {
            return Map.of();
        }
        return db
                .sql(
                        """
                        select unit_id, (min(published_at) at time zone 'Asia/Shanghai')::date as first_on
                        from disclosure.annual_report where unit_id in (:units) and year = :year group by unit_id
                        """)
                .param("units", units)
                .param("year", year)
                .query((rs, n) ->
                        Map.entry(rs.getObject("unit_id", UUID.class), rs.getObject("first_on", LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private PublishedReport map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PublishedReport(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getInt("year"),
                rs.getInt("version"),
                rs.getString("reason"),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                read(rs.getString("figures")));
    }

    private String write(AnnualReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }

    private AnnualReport read(String figures) {
        try {
            return json.readValue(figures, AnnualReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published report could not be read", e);
        }
    }
}
