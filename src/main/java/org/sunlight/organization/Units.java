package org.sunlight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The units and their hierarchy. */
@Repository
class Units {

    private static final String COLUMNS = "id, name, division_code, level, parent_id, active";

    private final JdbcClient db;
    private final AccountSessions sessions;

    Units(JdbcClient db, AccountSessions sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    Optional<Unit> find(UUID id) {
        return db.sql("select " + COLUMNS + " from organization.unit where id = ?")
                .param(id)
                .query(Units::map)
                .optional();
    }

    List<Unit> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from organization.unit where id in (:ids) order by division_code")
                .param("ids", ids)
                .query(Units::map)
                .list();
    }

    Optional<Unit> findByDivisionCode(String divisionCode) {
        return db.sql("select " + COLUMNS + " from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(Units::map)
                .optional();
    }

    List<Unit> findActive() {
        return db.sql("select " + COLUMNS + " from organization.unit where active order by division_code")
                .query(Units::map)
                .list();
    }

    long count(String countQuery, Object... params) {
        return db.sql(countQuery).params(params).query(Long.class).single();
    }

    boolean exists() {
        return db.sql("select exists (select 1 from organization.unit)")
                .query(Boolean.class)
                .single();
    }

    boolean divisionCodeTaken(String divisionCode, UUID except) {
        return db.sql("select exists (select 1 from organization.unit where division_code = ? and id <> ?)")
                .params(divisionCode, except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    /** The unit and every unit below it, at any depth. */
    Set<UUID> subtree(UUID root) {
        return db
                .sql(
                        """
                        with recursive tree(id) as (
                            select id from organization.unit where id = ?
                            union all
                            select u.id from organization.unit u join tree t on u.parent_id = t.id
                        )
                        select id from tree
                        """)
                .param(root)
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }

    UUID insert(String name, String divisionCode, UnitLevel level, UUID parentId) {
        return db.sql(
                        "insert into organization.unit (name, division_code, level, parent_id) values (?, ?, ?, ?) returning id")
                .params(name, divisionCode, level.name(), parentId)
                .query(UUID.class)
                .single();
    }

    void update(UUID id, String name, String divisionCode) {
        db.sql("update organization.unit set name = ?, division_code = ?, updated_at = now() where id = ?")
                .params(name, divisionCode, id)
                .update();
    }

    void setActive(UUID id, boolean active) {
        db.sql("update organization.unit set active = ?, updated_at = now() where id = ?")
                .params(active, id)
                .update();
        if (!active) {
            // a deactivated unit's staff can no longer log in (StaffLogin): their open sessions end too
            sessions.endInUnit(id);
        }
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("division_code"),
                UnitLevel.valueOf(rs.getString("level")),
                rs.getObject("parent_id", UUID.class),
                rs.getBoolean("active"));
    }
}
