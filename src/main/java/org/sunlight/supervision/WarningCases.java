package org.sunlight.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditedAct;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/**
 * Warning cases (警示案例, A7; 实施方案 三(五)): a supervisor of a unit publishes on the portal a case of enforcement gone
 * wrong — its facts (without the persons' names), the analysis of what went wrong and the lessons — optionally from an
 * accountability matter of the unit. Published once, kept as published (trigger), logged ({@code WARNING_CASE_PUBLISHED}).
 * A supervisor of the unit withdraws one from the portal with the reason, once ({@code WARNING_CASE_WITHDRAWN}); the
 * console keeps showing it, marked withdrawn.
 */
@Service
class WarningCases {

    record WarningCase(
            UUID id,
            UUID unitId,
            String unitName,
            String title,
            String facts,
            String analysis,
            String lessons,
            UUID accountabilityId,
            String publishedBy,
            Instant publishedAt,
            Withdrawal withdrawal) {

        public boolean withdrawn() {
            return withdrawal != null;
        }
    }

    /** Why and when a warning case left the portal, and who took it off. */
    record Withdrawal(String reason, String withdrawnBy, Instant withdrawnAt) {}

    /** A warning case is withdrawn once. */
    static final class AlreadyWithdrawn extends org.sunlight.platform.Refusal {
        AlreadyWithdrawn() {
            super(null, "supervision.warning.already-withdrawn");
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "WARNING_CASE_ALREADY_WITHDRAWN";
        }
    }

    record Draft(UUID unitId, String title, String facts, String analysis, String lessons, UUID accountabilityId) {}

    private final JdbcClient db;
    private final Organization organization;
    private final ComplaintDesk desk;
    private final Accountabilities matters;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    WarningCases(
            JdbcClient db,
            Organization organization,
            ComplaintDesk desk,
            Accountabilities matters,
            ApplicationEventPublisher events,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.organization = organization;
        this.desk = desk;
        this.matters = matters;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    WarningCase publish(StaffUser user, Draft draft) {
        if (draft.unitId() == null || organization.unit(draft.unitId()).isEmpty()) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.assessment.unit.unknown");
        }
        desk.requireSupervisor(user, draft.unitId());
        var title = text("title", draft.title(), lengths.max("supervision.warning_case.title"), true);
        var facts = text("facts", draft.facts(), lengths.max("supervision.warning_case.facts"), true);
        var analysis = text("analysis", draft.analysis(), lengths.max("supervision.warning_case.analysis"), true);
        var lessons = text("lessons", draft.lessons(), lengths.max("supervision.warning_case.lessons"), false);
        if (draft.accountabilityId() != null) {
            var matter = matters.visible(user, draft.accountabilityId());
            if (!matter.unitId().equals(draft.unitId())) {
                throw new ComplaintRefusals.BadField("accountabilityId", "supervision.warning.matter.other-unit");
            }
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        db.sql(
                        """
                        insert into supervision.warning_case (id, unit_id, title, facts, analysis, lessons,
                            accountability_id, published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        draft.unitId(),
                        title,
                        facts,
                        analysis,
                        lessons,
                        draft.accountabilityId(),
                        user.getUsername(),
                        Timestamp.from(now))
                .update();
        var detail = new LinkedHashMap<String, Object>();
        detail.put("title", title);
        if (draft.accountabilityId() != null) {
            detail.put("accountability", draft.accountabilityId().toString());
        }
        events.publishEvent(new AuditedAct(
                "WARNING_CASE_PUBLISHED",
                now,
                user.getUsername(),
                null,
                "warning-case",
                id.toString(),
                null,
                draft.unitId(),
                detail));
        return find(id).orElseThrow();
    }

    /** A supervisor of the case's unit takes it off the portal, with the reason, once. */
    @Transactional
    WarningCase withdraw(StaffUser user, UUID id, String reason) {
        var warning = find(id).orElseThrow(() -> new org.sunlight.platform.NotFound("warning-case"));
        desk.requireSupervisor(user, warning.unitId());
        if (warning.withdrawn()) {
            throw new AlreadyWithdrawn();
        }
        var text = text("reason", reason, lengths.max("supervision.warning_case_withdrawal.reason"), true);
        var now = clock.instant();
        int inserted = db.sql(
                        """
                        insert into supervision.warning_case_withdrawal (warning_case_id, reason, withdrawn_by,
                            withdrawn_at)
                        values (?, ?, ?, ?) on conflict (warning_case_id) do nothing
                        """)
                .params(id, text, user.getUsername(), Timestamp.from(now))
                .update();
        if (inserted != 1) {
            throw new AlreadyWithdrawn();
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("title", warning.title());
        detail.put("reason", text);
        events.publishEvent(new AuditedAct(
                "WARNING_CASE_WITHDRAWN",
                now,
                user.getUsername(),
                null,
                "warning-case",
                id.toString(),
                null,
                warning.unitId(),
                detail));
        return find(id).orElseThrow();
    }

    private static String text(String field, String value, int max, boolean required) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            if (required) {
                throw new ComplaintRefusals.BadField(field, "supervision.warning.required");
            }
            return null;
        }
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new ComplaintRefusals.BadField(field, "supervision.field.too-long", max);
        }
        return stripped;
    }

    private static final String SELECT =
            """
            select w.*, x.reason, x.withdrawn_by, x.withdrawn_at from supervision.warning_case w
            left join supervision.warning_case_withdrawal x on x.warning_case_id = w.id
            """;

    /** Every warning case on the portal (published, not withdrawn), newest first: what the public reads. */
    List<WarningCase> published() {
        return db.sql(SELECT + " where x.warning_case_id is null order by w.published_at desc, w.id")
                .query(this::row)
                .list();
    }

    /** Every warning case ever published, withdrawn ones marked, newest first: what the console lists. */
    List<WarningCase> all() {
        return db.sql(SELECT + " order by w.published_at desc, w.id")
                .query(this::row)
                .list();
    }

    /** The warning case as the public reads it: not once withdrawn. */
    Optional<WarningCase> onThePortal(UUID id) {
        return find(id).filter(w -> !w.withdrawn());
    }

    Optional<WarningCase> find(UUID id) {
        return db.sql(SELECT + " where w.id = ?").param(id).query(this::row).optional();
    }

    private WarningCase row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var unitId = rs.getObject("unit_id", UUID.class);
        return new WarningCase(
                rs.getObject("id", UUID.class),
                unitId,
                organization.unit(unitId).map(u -> u.name()).orElse(""),
                rs.getString("title"),
                rs.getString("facts"),
                rs.getString("analysis"),
                rs.getString("lessons"),
                rs.getObject("accountability_id", UUID.class),
                rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("withdrawn_at") == null
                        ? null
                        : new Withdrawal(
                                rs.getString("reason"),
                                rs.getString("withdrawn_by"),
                                rs.getTimestamp("withdrawn_at").toInstant()));
    }
}
