package org.sunlight.organization;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Officers and their certificates. */
@Repository
class Officers {

    private static final String COLUMNS =
            """
            id, unit_id, body_id, name, position, certificate_no, categories, region, issued_on, expires_on,
            annual_review_status, annual_review_year, revoked, revoked_reason, active, suspended_on, suspended_reason
            """;

    private final JdbcClient db;

    Officers(JdbcClient db) {
        this.db = db;
    }

    Optional<Officer> find(UUID id) {
        return db.sql("select " + COLUMNS + " from organization.officer where id = ?")
                .param(id)
                .query(Officers::map)
                .optional();
    }

    Optional<Officer> findByCertificateNo(String certificateNo) {
        return db.sql("select " + COLUMNS + " from organization.officer where certificate_no = ?")
                .param(certificateNo)
                .query(Officers::map)
                .optional();
    }

    /** Officers of the given units whose name or certificate number contains the text, by unit and name. */
    PageOf<Officer> search(Collection<UUID> unitIds, String text, PageQuery page) {
        if (unitIds.isEmpty()) {
            return new PageOf<>(java.util.List.of(), page.number(), page.size(), 0);
        }
        var cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        var pattern = cleaned.isEmpty() ? null : "%" + cleaned + "%";
        var where =
                """
                 from organization.officer
                 where unit_id in (:units)
                   and (cast(:pattern as text) is null or name like :pattern or certificate_no like :pattern)
                """;
        long total = db.sql("select count(*)" + where)
                .param("units", unitIds)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        var content = db.sql("select " + COLUMNS + where + " order by unit_id, name, id limit :limit offset :offset")
                .param("units", unitIds)
                .param("pattern", pattern)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Officers::map)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    long countActive(UUID unitId) {
        return db.sql("select count(*) from organization.officer where unit_id = ? and active")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    boolean certificateNoTaken(String certificateNo, UUID except) {
        return db.sql("select exists (select 1 from organization.officer where certificate_no = ? and id <> ?)")
                .params(certificateNo, except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    UUID insert(UUID unitId, UUID bodyId, String name, String position, Certificate certificate) {
        return db.sql(
                        """
                        insert into organization.officer (unit_id, body_id, name, position, certificate_no, categories,
                            region, issued_on, expires_on, annual_review_status, annual_review_year, revoked, revoked_reason)
                        values (:unit, :body, :name, :position, :no, :categories, :region, :issued, :expires,
                            :review, :reviewYear, :revoked, :revokedReason)
                        returning id
                        """)
                .param("unit", unitId)
                .param("body", bodyId)
                .param("name", name)
                .param("position", position)
                .params(certificateParams(certificate))
                .query(UUID.class)
                .single();
    }

    void update(UUID id, UUID bodyId, String name, String position, Certificate certificate) {
        db.sql(
                        """
                        update organization.officer set body_id = :body, name = :name, position = :position,
                            certificate_no = :no, categories = :categories, region = :region, issued_on = :issued,
                            expires_on = :expires, annual_review_status = :review, annual_review_year = :reviewYear,
                            revoked = :revoked, revoked_reason = :revokedReason, updated_at = now()
                        where id = :id
                        """)
                .param("id", id)
                .param("body", bodyId)
                .param("name", name)
                .param("position", position)
                .params(certificateParams(certificate))
                .update();
    }

    /** Suspends the certificate from the day, with the reason; the row must exist. */
    void suspend(UUID id, LocalDate from, String reason) {
        one(db.sql(
                        """
                        update organization.officer set suspended_on = ?, suspended_reason = ?, updated_at = now()
                        where id = ?
                        """)
                .params(from, reason, id)
                .update());
    }

    /** Revokes the certificate with the reason, ending a suspension. */
    void revoke(UUID id, String reason) {
        one(db.sql(
                        """
                        update organization.officer set revoked = true, revoked_reason = ?, suspended_on = null,
                            suspended_reason = null, updated_at = now()
                        where id = ?
                        """)
                .params(reason, id)
                .update());
    }

    /** Takes the officer off enforcement (no longer active), ending a suspension. */
    void removeFromEnforcement(UUID id) {
        one(db.sql(
                        """
                        update organization.officer set active = false, suspended_on = null, suspended_reason = null,
                            updated_at = now()
                        where id = ?
                        """)
                .params(id)
                .update());
    }

    private static void one(int updated) {
        if (updated != 1) {
            throw new org.sunlight.platform.NotFound("officer");
        }
    }

    void setActive(UUID id, boolean active) {
        db.sql("update organization.officer set active = ?, updated_at = now() where id = ?")
                .params(active, id)
                .update();
    }

    private static java.util.Map<String, Object> certificateParams(Certificate certificate) {
        var params = new java.util.HashMap<String, Object>();
        params.put("no", certificate.certificateNo());
        params.put(
                "categories",
                certificate.categories().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.put("region", certificate.region());
        params.put("issued", certificate.issuedOn());
        params.put("expires", certificate.expiresOn());
        params.put("review", certificate.annualReviewStatus().name());
        params.put("reviewYear", certificate.annualReviewYear());
        params.put("revoked", certificate.revoked());
        params.put("revokedReason", certificate.revokedReason());
        return params;
    }

    static Officer map(ResultSet rs, int row) throws SQLException {
        var certificate = new Certificate(
                rs.getString("certificate_no"),
                categories(rs.getArray("categories")),
                rs.getString("region"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class),
                AnnualReviewStatus.valueOf(rs.getString("annual_review_status")),
                (Integer) rs.getObject("annual_review_year"),
                rs.getBoolean("revoked"),
                rs.getString("revoked_reason"),
                rs.getObject("suspended_on", LocalDate.class),
                rs.getString("suspended_reason"));
        return new Officer(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getObject("body_id", UUID.class),
                rs.getString("name"),
                rs.getString("position"),
                certificate,
                rs.getBoolean("active"));
    }

    private static Set<EnforcementCategory> categories(Array array) throws SQLException {
        var names = (String[]) array.getArray();
        return Arrays.stream(names)
                .map(EnforcementCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EnforcementCategory.class)));
    }
}
