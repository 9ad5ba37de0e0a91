package org.sunlight.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units' implementation plans of the three systems (三项制度实施方案): the administrator of a unit saves a new
 * version, the portal shows the latest. Versions are kept, never changed.
 */
@Service
class ImplementationPlans {

    private final JdbcClient db;
    private final Clock clock;

    ImplementationPlans(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The unit's current plan: its latest version. */
    Optional<ImplementationPlan> current(UUID unitId) {
        return db.sql(
                        """
                        select * from supervision.implementation_plan where unit_id = ?
                        order by version desc limit 1
                        """)
                .param(unitId)
                .query(ImplementationPlans::map)
                .optional();
    }

    /** Saves the form's plan as the unit's new current version, by the administrator named. */
    @Transactional
    ImplementationPlan save(UUID unitId, ImplementationPlanForm form, String username) {
        // one writer at a time per unit, so that two saves never take the same version number
        db.sql("select pg_advisory_xact_lock(hashtext('implementation_plan:' || ?))")
                .param(unitId.toString())
                .query((rs, n) -> 1)
                .list();
        int version = db.sql(
                        "select coalesce(max(version), 0) + 1 from supervision.implementation_plan where unit_id = ?")
                .param(unitId)
                .query(Integer.class)
                .single();
        var plan = new ImplementationPlan(
                UUID.randomUUID(),
                unitId,
                version,
                form.getTitle().strip(),
                form.getAdoptedOn(),
                form.getBody().strip(),
                username,
                OffsetDateTime.now(clock));
        db.sql(
                        """
                        insert into supervision.implementation_plan
                            (id, unit_id, version, title, adopted_on, body, published_by, published_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        plan.id(),
                        plan.unitId(),
                        plan.version(),
                        plan.title(),
                        plan.adoptedOn(),
                        plan.body(),
                        plan.publishedBy(),
                        plan.publishedAt())
                .update();
        return plan;
    }

    private static ImplementationPlan map(ResultSet rs, int row) throws SQLException {
        return new ImplementationPlan(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getObject("adopted_on", java.time.LocalDate.class),
                rs.getString("body"),
                rs.getString("published_by"),
                rs.getObject("published_at", OffsetDateTime.class));
    }
}
