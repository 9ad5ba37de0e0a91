package org.sunlight.organization;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The few reads the administration screens need beyond what the repositories offer. */
@Repository
class AdminQueries {

    private static final String OFFICER_COLUMNS =
            """
            id, unit_id, body_id, name, position, certificate_no, categories, region, issued_on, expires_on,
            annual_review_status, annual_review_year, revoked, revoked_reason, active, suspended_on, suspended_reason
            """;

    private final JdbcClient db;

    AdminQueries(JdbcClient db) {
        this.db = db;
    }

    /** The active officers of the units, by unit and name: the choices for an account's linked officer. */
    List<Officer> activeOfficersOf(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + OFFICER_COLUMNS
                        + " from organization.officer where unit_id in (:units) and active order by unit_id, name")
                .param("units", unitIds)
                .query(Officers::map)
                .list();
    }

    /** The username of another account already linked to the officer, if any. */
    java.util.Optional<String> accountLinkedTo(UUID officerId, UUID exceptAccountId) {
        return db.sql(
                        """
                        select username from organization.user_account
                        where officer_id = ? and id <> ? order by username limit 1
                        """)
                .params(officerId, exceptAccountId == null ? new UUID(0, 0) : exceptAccountId)
                .query(String.class)
                .optional();
    }
}
