package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.disclosure.ComplaintFigures;
import org.sunlight.disclosure.ReportedComplaints;

/** The complaints line of the yearly report (D13, A6), counted from the complaints received in the period. */
@Component
class ComplaintReport implements ReportedComplaints {

    private final JdbcClient db;
    private final java.time.Clock clock;

    ComplaintReport(JdbcClient db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ComplaintFigures figures(Set<UUID> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return new ComplaintFigures(0, 0, 0, 0, 0, 0);
        }
        return db.sql(
                        """
                        select count(*) as received,
                            count(*) filter (where status in ('ACCEPTED', 'INVESTIGATING', 'CONCLUDED')) as accepted,
                            count(*) filter (where status = 'NOT_ACCEPTED') as not_accepted,
                            count(*) filter (where status = 'CONCLUDED') as concluded,
                            count(*) filter (where status = 'CONCLUDED' and upheld) as upheld,
                            count(*) filter (where acknowledged_on > acknowledge_due
                                or (acknowledged_on is null and acknowledge_due < :today)) as late
                        from supervision.complaint
                        where unit_id in (:units) and received_on between :from and :to
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .param("today", LocalDate.now(clock))
                .query((rs, n) -> new ComplaintFigures(
                        rs.getLong("received"),
                        rs.getLong("accepted"),
                        rs.getLong("not_accepted"),
                        rs.getLong("concluded"),
                        rs.getLong("upheld"),
                        rs.getLong("late")))
                .single();
    }
}
