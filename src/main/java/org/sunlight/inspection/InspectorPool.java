package org.sunlight.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.inspection.InspectionRefusals.InvalidField;
import org.sunlight.inspection.InspectionRefusals.NotTheUnitsStaff;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Officer;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;

/**
 * The pool of inspectors (执法检查人员名录库) of a unit on a day, derived from its officers: only a holder of a
 * certificate valid that day that covers inspection (行政处罚法 第四十二条) is drawn; and the conflicts (回避) officers
 * declare against subjects.
 */
@Service
class InspectorPool {

    private final Organization organization;
    private final JdbcClient db;
    private final org.sunlight.platform.ColumnLengths lengths;

    InspectorPool(Organization organization, JdbcClient db, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.organization = organization;
        this.db = db;
    }

    /** An officer of the unit and whether the pool of the day holds them, with why not. */
    record Candidate(Officer officer, org.sunlight.organization.CertificateStatus status, boolean coversInspection) {
        public boolean inPool() {
            return status.allowsActing() && coversInspection;
        }
    }

    /** A declared conflict, for supervisors. */
    record Conflict(
            UUID id,
            UUID officerId,
            String officerName,
            UUID subjectId,
            String subjectName,
            String subjectIdentifier,
            ConflictReason reason,
            String note,
            String declaredBy,
            OffsetDateTime declaredAt) {}

    List<Candidate> candidates(UUID unitId, LocalDate day) {
        return organization.actingOfficers(unitId).stream()
                .map(officer -> new Candidate(
                        officer,
                        officer.certificate().statusOn(day),
                        officer.certificate().covers(EnforcementCategory.INSPECTION)))
                .toList();
    }

    /** The inspectors of the unit on the day, by certificate number. */
    List<Inspector> inspectors(UUID unitId, LocalDate day) {
        return candidates(unitId, day).stream()
                .filter(Candidate::inPool)
                .map(c -> new Inspector(
                        c.officer().id(),
                        c.officer().name(),
                        c.officer().certificate().certificateNo()))
                .sorted(Comparator.comparing(Inspector::certificateNo))
                .toList();
    }

    List<Conflict> conflicts(UUID unitId) {
        var names = new java.util.HashMap<UUID, String>();
        organization.actingOfficers(unitId).forEach(officer -> names.put(officer.id(), officer.name()));
        return db.sql(
                        """
                        select c.id, c.officer_id, c.subject_id, s.name, s.identifier, c.reason, c.note, c.declared_by,
                               c.declared_at
                        from inspection.conflict c join inspection.subject s on s.id = c.subject_id
                        where c.unit_id = ? order by c.declared_at desc
                        """)
                .param(unitId)
                .query((rs, row) -> new Conflict(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        names.getOrDefault(rs.getObject(2, UUID.class), "—"),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5),
                        ConflictReason.valueOf(rs.getString(6)),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    /**
     * Records an officer's conflict with the subject of the unit's pool known by the credit code or licence number;
     * an officer declares their own, an administrator or leader of the unit anyone's.
     */
    @Transactional
    UUID declare(StaffUser user, UUID officerId, String identifier, ConflictReason reason, String note) {
        var unitId = user.getUnitId();
        var own = officerId != null && officerId.equals(user.getOfficerId());
        if (!own && !(user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER))) {
            throw new NotTheUnitsStaff();
        }
        if (officerId == null
                || organization
                        .officer(officerId)
                        .filter(o -> o.unitId().equals(unitId))
                        .isEmpty()) {
            throw new InvalidField("officerId", "inspection.conflict.officer.unknown");
        }
        if (reason == null) {
            throw new InvalidField("reason", "inspection.conflict.reason.required");
        }
        var text = note == null ? "" : note.strip();
        if (!lengths.fits("inspection.conflict.note", text)) {
            throw new InvalidField("note", "inspection.field.too-long-max", lengths.max("inspection.conflict.note"));
        }
        var code = identifier == null ? "" : identifier.strip().toUpperCase(java.util.Locale.ROOT);
        var subjectId = db.sql("select id from inspection.subject where unit_id = ? and upper(identifier) = ?")
                .params(unitId, code)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new InvalidField("identifier", "inspection.conflict.subject.unknown"));
        var exists = db.sql("select exists (select 1 from inspection.conflict where officer_id = ? and subject_id = ?)")
                .params(officerId, subjectId)
                .query(Boolean.class)
                .single();
        if (exists) {
            throw new InvalidField("identifier", "inspection.conflict.already");
        }
        return db.sql(
                        """
                        insert into inspection.conflict (unit_id, officer_id, subject_id, reason, note, declared_by)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(unitId, officerId, subjectId, reason.name(), text, user.getUsername())
                .query(UUID.class)
                .single();
    }
}
