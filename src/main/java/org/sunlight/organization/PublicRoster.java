package org.sunlight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The day the personnel list of a unit (or of all units) last changed: the newest change to an officer it lists or
     * no longer lists (issue 18, point 11: every public list dated).
     */
    Optional<LocalDate> updatedOn(UUID unitId) {
        return Optional.ofNullable(db.sql(
                        """
                        select (max(o.updated_at) at time zone 'Asia/Shanghai')::date from organization.officer o
                        where cast(:unit as uuid) is null or o.unit_id = :unit
                        """)
                .param("unit", unitId)
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .single());
    }

    /**
     * The complaint telephone the lookup page shows beside a certificate (D4): its officer's enforcement body's, else
     * another active body's of the officer's unit; empty when none is published.
     */
    Optional<String> complaintPhone(String certificateNo) {
        return db.sql(
                        """
                        select b.complaint_phone from organization.officer o
                        join organization.enforcement_body b on b.id = o.body_id or b.unit_id = o.unit_id
                        where o.certificate_no = ? and b.active and coalesce(b.complaint_phone, '') <> ''
                        order by (b.id = o.body_id) desc, b.name limit 1
                        """)
                .param(certificateNo.strip())
                .query(String.class)
                .optional();
    }

    /**
     * The certificate numbers that are this number with a province's abbreviation before it (鲁 + 37088100101): what a
     * visitor meant who typed the number without it. At most two, enough to tell one from several.
     */
    List<String> withProvincePrefix(String number) {
        var cleaned = number.strip();
        return db.sql(
                        """
                        select certificate_no from organization.officer
                        where length(certificate_no) = length(:no) + 1 and substr(certificate_no, 2) = :no
                            and substr(certificate_no, 1, 1) !~ '[0-9A-Za-z]'
                        order by certificate_no limit 2
                        """)
                .param("no", cleaned)
                .query(String.class)
                .list();
    }

    /** A certificate number begins with the abbreviation of its province (鲁, 京, …), never with a letter or digit. */
    static boolean lacksProvincePrefix(String number) {
        var cleaned = number.strip();
        return !cleaned.isEmpty() && String.valueOf(cleaned.charAt(0)).matches("[0-9A-Za-z]");
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
