package org.sunlight.audit;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends entries: one insert, in the caller's transaction when there is one, so that the entry is kept with the act
 * it records or not at all, sealed with the key outside the database ({@link SealKey}). No lock is taken; the integrator orders committed entries into the tree afterwards.
 */
@Component
class AuditLog {

    private final JdbcClient db;
    private final SealKey seals;

    AuditLog(JdbcClient db, SealKey seals) {
        this.db = db;
        this.seals = seals;
    }

    void append(LeafData leaf) {
        var hash = leaf.leafHash();
        db.sql(
                        """
                        insert into audit.entry (kind, at, actor, address, subject, record_id, case_id, unit_id, detail,
                            leaf_hash, seal)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        leaf.kind(),
                        Timestamp.from(leaf.at()),
                        leaf.actor(),
                        leaf.address(),
                        leaf.subject(),
                        leaf.record(),
                        leaf.caseId(),
                        leaf.unitId(),
                        leaf.detail(),
                        hash,
                        seals.seal(hash))
                .update();
    }
}
