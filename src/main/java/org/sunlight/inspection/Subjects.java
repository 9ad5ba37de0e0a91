package org.sunlight.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The subjects of the units' pools and their history, in plain SQL. */
@Repository
class Subjects {

    private static final String COLUMNS = "id, unit_id, name, credit_code, licence_no, identifier, category, address,"
            + " area, risk_class, status, last_inspected_on, version";

    private final JdbcClient db;

    Subjects(JdbcClient db) {
        this.db = db;
    }

    /** One change in a subject's history. */
    record Change(long id, OffsetDateTime changedAt, String changedBy, String source, String before, String after) {}

    UUID insert(UUID unitId, SubjectData data) {
        return db.sql(
                        """
                        insert into inspection.subject (unit_id, name, credit_code, licence_no, category, address,
                            area, risk_class, status, last_inspected_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        unitId,
                        data.name(),
                        data.creditCode(),
                        data.licenceNo(),
                        data.category().name(),
                        data.address(),
                        data.area(),
                        data.riskClass().name(),
                        data.status().name(),
                        data.lastInspectedOn())
                .query(UUID.class)
                .single();
    }

    /** Changes the subject if nobody changed it since the version read; false when someone did. */
    boolean update(UUID id, int version, SubjectData data) {
        return db.sql(
                                """
                        update inspection.subject set name = ?, credit_code = ?, licence_no = ?, category = ?,
                            address = ?, area = ?, risk_class = ?, status = ?, last_inspected_on = ?,
                            version = version + 1
                        where id = ? and version = ?
                        """)
                        .params(
                                data.name(),
                                data.creditCode(),
                                data.licenceNo(),
                                data.category().name(),
                                data.address(),
                                data.area(),
                                data.riskClass().name(),
                                data.status().name(),
                                data.lastInspectedOn(),
                                id,
                                version)
                        .update()
                == 1;
    }

    void recordChange(UUID subjectId, String by, String source, String beforeJson, String afterJson) {
        db.sql(
                        """
                        insert into inspection.subject_change (subject_id, changed_by, source, before, after)
                        values (?, ?, ?, cast(? as jsonb), cast(? as jsonb))
                        """)
                .params(subjectId, by, source, beforeJson, afterJson)
                .update();
    }

    Optional<Subject> find(UUID id) {
        return db.sql("select " + COLUMNS + " from inspection.subject where id = ?")
                .param(id)
                .query(Subjects::subject)
                .optional();
    }

    /** Whether another subject of the unit holds the credit code or licence number. */
    Optional<String> takenField(UUID unitId, UUID except, SubjectData data) {
        if (data.creditCode() != null
                && db.sql("select exists (select 1 from inspection.subject where unit_id = ? and id <> ?"
                                + " and (credit_code = ? or identifier = ?))")
                        .params(unitId, except, data.creditCode(), data.creditCode())
                        .query(Boolean.class)
                        .single()) {
            return Optional.of("creditCode");
        }
        if (data.licenceNo() != null
                && db.sql("select exists (select 1 from inspection.subject where unit_id = ? and id <> ?"
                                + " and (licence_no = ? or identifier = ?))")
                        .params(unitId, except, data.licenceNo(), data.licenceNo())
                        .query(Boolean.class)
                        .single()) {
            return Optional.of("licenceNo");
        }
        return Optional.empty();
    }

    PageOf<Subject> search(
            Collection<UUID> unitIds, String text, SubjectCategory category, RiskClass risk, PageQuery page) {
        if (unitIds.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        var where = new StringBuilder(" where unit_id in (:units)");
        if (text != null && !text.isBlank()) {
            where.append(" and (name like :like or identifier = :exact or address like :like)");
        }
        if (category != null) {
            where.append(" and category = :category");
        }
        if (risk != null) {
            where.append(" and risk_class = :risk");
        }
        var like = text == null
                ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var count = db.sql("select count(*) from inspection.subject" + where)
                .param("units", unitIds)
                .param("like", like)
                .param("exact", text == null ? null : text.toUpperCase(java.util.Locale.ROOT))
                .param("category", category == null ? null : category.name())
                .param("risk", risk == null ? null : risk.name())
                .query(Long.class)
                .single();
        var content = db.sql("select " + COLUMNS + " from inspection.subject" + where
                        + " order by name, identifier limit :limit offset :offset")
                .param("units", unitIds)
                .param("like", like)
                .param("exact", text == null ? null : text.toUpperCase(java.util.Locale.ROOT))
                .param("category", category == null ? null : category.name())
                .param("risk", risk == null ? null : risk.name())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Subjects::subject)
                .list();
        return new PageOf<>(content, page.number(), page.size(), count);
    }

    List<Change> history(UUID subjectId) {
        return db.sql(
                        """
                        select id, changed_at, changed_by, source, before::text, after::text
                        from inspection.subject_change where subject_id = ? order by id desc
                        """)
                .param(subjectId)
                .query((rs, row) -> new Change(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    long count(UUID unitId) {
        return db.sql("select count(*) from inspection.subject where unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    static Subject subject(ResultSet rs, int row) throws SQLException {
        return new Subject(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getString("licence_no"),
                rs.getString("identifier"),
                SubjectCategory.valueOf(rs.getString("category")),
                rs.getString("address"),
                rs.getString("area"),
                RiskClass.valueOf(rs.getString("risk_class")),
                SubjectStatus.valueOf(rs.getString("status")),
                rs.getObject("last_inspected_on", LocalDate.class),
                rs.getInt("version"));
    }
}
