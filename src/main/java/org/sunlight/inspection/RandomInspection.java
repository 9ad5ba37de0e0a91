package org.sunlight.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may ask of double-random inspection (双随机、一公开): the portal's figures. */
@Service
public class RandomInspection {

    private final JdbcClient db;

    RandomInspection(JdbcClient db) {
        this.db = db;
    }

    /** How many published plans and draws the portal's section shows, all units together. */
    public long published() {
        return db.sql("select (select count(*) from inspection.plan where status = 'PUBLISHED')"
                        + " + (select count(*) from inspection.draw)")
                .query(Long.class)
                .single();
    }
}
