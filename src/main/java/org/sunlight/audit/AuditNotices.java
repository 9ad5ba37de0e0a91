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
 * (the tree is not growing, nothing new is signed), or problems found by the last integrity verification.
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
        long waiting = db.sql(
                        """
                        select count(*) from audit.entry e
                        where e.at < ? and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
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
