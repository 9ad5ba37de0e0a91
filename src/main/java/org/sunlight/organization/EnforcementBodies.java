package org.sunlight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enforcement bodies of the units. */
@Repository
class EnforcementBodies {

    private static final String COLUMNS =
            """
            id, unit_id, name, nature, funding_source, staffing, body_type, duties, legal_representative, address,
            complaint_phone, active
            """;

    private final JdbcClient db;

    EnforcementBodies(JdbcClient db) {
        this.db = db;
    }

    Optional<EnforcementBody> find(UUID id) {
        return db.sql("select " + COLUMNS + " from organization.enforcement_body where id = ?")
                .param(id)
                .query(EnforcementBodies::map)
                .optional();
    }

    List<EnforcementBody> ofUnits(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS
                        + " from organization.enforcement_body where unit_id in (:units) order by name")
                .param("units", unitIds)
                .query(EnforcementBodies::map)
                .list();
    }

    boolean nameTaken(String name, UUID except) {
        return db.sql("select exists (select 1 from organization.enforcement_body where name = ? and id <> ?)")
                .params(name, except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    UUID insert(EnforcementBody body) {
        return db.sql(
                        """
                        insert into organization.enforcement_body (unit_id, name, nature, funding_source, staffing,
                            body_type, duties, legal_representative, address, complaint_phone)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        body.unitId(),
                        body.name(),
                        body.nature(),
                        body.fundingSource(),
                        body.staffing(),
                        body.bodyType().name(),
                        body.duties(),
                        body.legalRepresentative(),
                        body.address(),
                        body.complaintPhone())
                .query(UUID.class)
                .single();
    }

    void update(EnforcementBody body) {
        db.sql(
                        """
                        update organization.enforcement_body set name = ?, nature = ?, funding_source = ?, staffing = ?,
                            body_type = ?, duties = ?, legal_representative = ?, address = ?, complaint_phone = ?,
                            updated_at = now()
                        where id = ?
                        """)
                .params(
                        body.name(),
                        body.nature(),
                        body.fundingSource(),
                        body.staffing(),
                        body.bodyType().name(),
                        body.duties(),
                        body.legalRepresentative(),
                        body.address(),
                        body.complaintPhone(),
                        body.id())
                .update();
    }

    void setActive(UUID id, boolean active) {
        db.sql("update organization.enforcement_body set active = ?, updated_at = now() where id = ?")
                .params(active, id)
                .update();
    }

    private static EnforcementBody map(ResultSet rs, int row) throws SQLException {
        return new EnforcementBody(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("name"),
                rs.getString("nature"),
                rs.getString("funding_source"),
                rs.getString("staffing"),
                BodyType.valueOf(rs.getString("body_type")),
                rs.getString("duties"),
                rs.getString("legal_representative"),
                rs.getString("address"),
                rs.getString("complaint_phone"),
                rs.getBoolean("active"));
    }
}
