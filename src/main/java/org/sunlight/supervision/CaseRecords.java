package org.sunlight.supervision;

import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseOpened;

/**
 * Keeps what problem detection reads of each case from the events of the cases module, in the act's transaction (one
 * small write per act), so that the models run over supervision's own table.
 */
@Component
class CaseRecords {

    private final JdbcClient db;

    CaseRecords(JdbcClient db) {
        this.db = db;
    }

    @EventListener
    void on(CaseOpened event) {
        db.sql(
                        """
                        insert into supervision.case_record (case_id, unit_id, procedure, opened_at) values (?, ?, ?, ?)
                        on conflict (case_id) do nothing
                        """)
                .params(event.caseId(), event.unitId(), event.procedure().name(), Timestamp.from(event.openedAt()))
                .update();
    }

    @EventListener
    void on(CaseActed event) {
        var column =
                switch (event.action()) {
                    case FILE -> "filed_at";
                    case DECIDE, DECIDE_ON_THE_SPOT -> "decided_at";
                    case CLOSE, ARCHIVE, DECLINE, TRANSFER, WITHDRAW_CASE, TRANSFER_TO_ORGAN -> "ended_at";
                    case EXTEND_LIMIT -> "extended";
                    default -> null;
                };
        if (column == null) {
            return;
        }
        if (event.action() == CaseAction.EXTEND_LIMIT) {
            db.sql("update supervision.case_record set extended = true where case_id = ?")
                    .param(event.caseId())
                    .update();
            return;
        }
        db.sql("update supervision.case_record set " + column + " = coalesce(" + column + ", ?) where case_id = ?")
                .params(Timestamp.from(event.actedAt()), event.caseId())
                .update();
    }
}
