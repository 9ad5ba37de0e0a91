package org.sunlight.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.sunlight.platform.DashboardNotice;
import org.sunlight.platform.DashboardNotices;

/**
 * Tells administrators when the audit log needs them: entries waiting for the integrator longer than two minutes
 * (the tree is not growing, nothing new is signed), entries the integrator refused for want of the product's seal
 * (written straight into the database), or problems found by the last integrity verification.
 */
@Component
class AuditNotices implements DashboardNotices {

    static final Duration STALLED = Duration.ofMinutes(2);

    private final JdbcClient db;
    private final IntegrityRuns runs;
    private final Clock clock;

    AuditNotices(JdbcClient db, IntegrityRuns runs, Clock clock) {
        this.db = db;
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public List<DashboardNotice> noticesFor(Authentication viewer) {
        if (!DashboardNotices.hasRole(viewer, "ADMIN")) {
            return List.of();
        }
        var notices = new ArrayList<DashboardNotice>();
        // the entries after the last one integrated: a range of the primary key, where a stalled integrator leaves
        // them (an anti-join of every entry with the leaves took a second over 1,000,000 entries), but for those the
        // integrator refused, which are counted below
        long waiting = db.sql(
                        """
                        select count(*) from audit.entry e
                        where e.id > (select coalesce(max(entry_id), 0) from audit.leaf) and e.at < ?
                        and not exists (select 1 from audit.refused_entry r where r.entry_id = e.id)
                        """)
                .param(Timestamp.from(clock.instant().minus(STALLED)))
                .query(Long.class)
                .single();
        if (waiting > 0) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.DANGER,
                    "audit.notice.stalled",
                    new Object[] {String.valueOf(waiting)},
                    "/admin/integrity"));
        }
        // the entries the integrator refused (no valid seal), wherever they are in the log, as long as they are out of
        // the tree
        long refused = db.sql(
                        """
                        select count(*) from audit.refused_entry r
                        where not exists (select 1 from audit.leaf l where l.entry_id = r.entry_id)
                        """)
                .query(Long.class)
                .single();
        if (refused > 0) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.DANGER,
                    "audit.notice.refused",
                    new Object[] {String.valueOf(refused)},
                    "/admin/integrity"));
        }
        var report = runs.state().report();
        if (report != null && !report.clean()) {
            notices.add(new DashboardNotice(
                    DashboardNotice.Level.DANGER,
                    "audit.notice.problems",
                    new Object[] {String.valueOf(report.problemCount())},
                    "/admin/integrity"));
        }
        return notices;
    }
}
