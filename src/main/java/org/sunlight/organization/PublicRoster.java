package org.sunlight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/**
 * What the public may read of the organization (D5): certified officers with the fields the
 * personnel list discloses, and the certificate lookup. Nothing else of a person leaves through here.
 */
@Repository
class PublicRoster {

    private final JdbcClient db;

    PublicRoster(JdbcClient db) {
        this.db = db;
    }

    /** An officer as the personnel list shows them. */
    record ListedOfficer(
            String name,
            UUID unitId,
            String unitName,
            String position,
            String certificateNo,
            Set<EnforcementCategory> categories,
            String region,
            CertificateStatus certificateStatus) {}

    /** The answer of a certificate lookup: whose, of which unit, and whether it is in force today. */
    record CertificateLookup(
            String certificateNo, String officerName, String unitName, LocalDate expiresOn, CertificateStatus status) {}

    PageOf<ListedOfficer> officers(
            UUID unitId, EnforcementCategory category, String text, LocalDate today, PageQuery page) {
        var cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        var pattern = cleaned.isEmpty() ? null : "%" + cleaned + "%";
        var where =
                """
                 from organization.officer o join organization.unit u on u.id = o.unit_id
                 where o.active and not o.revoked and u.active
                   and (cast(:unit as uuid) is null or o.unit_id = :unit)
                   and (cast(:category as text) is null or :category = any(o.categories))
                   and (cast(:pattern as text) is null or o.name like :pattern or o.certificate_no like :pattern)
                """;
        long total = db.sql("select count(*)" + where)
                .param("unit", unitId)
                .param("category", category == null ? null : category.name())
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        var content = db.sql("select o.*, u.name as unit_name" + where
                        + " order by u.division_code, o.certificate_no limit :limit offset :offset")
                .param("unit", unitId)
                .param("category", category == null ? null : category.name())
                .param("pattern", pattern)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> listed(rs, today))
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    Optional<CertificateLookup> certificate(String certificateNo, LocalDate today) {
        return db.sql(
                        """
                        select o.*, u.name as unit_name
                        from organization.officer o join organization.unit u on u.id = o.unit_id
                        where o.certificate_no = ?
                        """)
                .param(certificateNo.strip())
                .query((rs, row) -> {
                    var officer = Officers.map(rs, row);
                    return new CertificateLookup(
                            officer.certificate().certificateNo(),
                            officer.name(),
                            rs.getString("unit_name"),
                            officer.certificate().expiresOn(),
                            officer.active() ? officer.certificate().statusOn(today) : CertificateStatus.REVOKED);
                })
                .optional();
    }

    private static ListedOfficer listed(ResultSet rs, LocalDate today) throws SQLException {
        var officer = Officers.map(rs, 0);
        var certificate = officer.certificate();
        return new ListedOfficer(
                officer.name(),
                officer.unitId(),
                rs.getString("unit_name"),
                officer.position(),
                certificate.certificateNo(),
                certificate.categories(),
                certificate.region(),
                certificate.statusOn(today));
    }
}
