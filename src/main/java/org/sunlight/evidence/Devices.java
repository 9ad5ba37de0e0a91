package org.sunlight.evidence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.evidence.EvidenceRefusals.DeviceRefused;
import org.sunlight.evidence.EvidenceRefusals.InvalidField;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.UnitLevel;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Recording devices (R4): registered per unit, issued to officers and returned, counted against the standard. */
@Service
public class Devices {

    private final JdbcClient db;
    private final Organization organization;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    Devices(JdbcClient db, Organization organization, Clock clock, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.organization = organization;
        this.clock = clock;
    }

    Optional<Device> find(UUID id) {
        return db.sql("select * from evidence.device where id = :id")
                .param("id", id)
                .query(Devices::device)
                .optional();
    }

    public Device device(StaffUser user, UUID id) {
        return find(id).filter(d -> organization.isVisible(user, d.unitId())).orElseThrow(() -> new NotFound("device"));
    }

    public PageOf<Device> list(StaffUser user, PageQuery page) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        long total = db.sql("select count(*) from evidence.device where unit_id in (:units)")
                .param("units", units)
                .query(Long.class)
                .single();
        var content = db.sql(
                        """
                        select * from evidence.device where unit_id in (:units)
                        order by registered_at desc, serial_no limit :limit offset :offset
                        """)
                .param("units", units)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(Devices::device)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    /** The devices an officer may name for an upload: those in service in the units the person sees. */
    public List<Device> usable(StaffUser user) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select * from evidence.device where unit_id in (:units) and status in ('AVAILABLE', 'ISSUED')
                        order by kind, serial_no limit 500
                        """)
                .param("units", units)
                .query(Devices::device)
                .list();
    }

    @Transactional
    public Device register(StaffUser user, UUID unitId, DeviceKind kind, String serialNo, String model) {
        requireManager(user);
        if (unitId == null || !organization.isVisible(user, unitId)) {
            throw new InvalidField("unitId", "device.field.unit");
        }
        if (kind == null) {
            throw new InvalidField("kind", "device.field.kind");
        }
        var serial = serialNo == null ? "" : serialNo.strip();
        if (serial.isEmpty() || !lengths.fits("evidence.device.serial_no", serial)) {
            throw new InvalidField("serialNo", "device.field.serial", lengths.max("evidence.device.serial_no"));
        }
        var modelText = model == null ? "" : model.strip();
        if (!lengths.fits("evidence.device.model", modelText)) {
            throw new InvalidField("model", "device.field.model", lengths.max("evidence.device.model"));
        }
        boolean taken = db.sql("select count(*) from evidence.device where serial_no = :serial")
                        .param("serial", serial)
                        .query(Long.class)
                        .single()
                > 0;
        if (taken) {
            throw new DeviceRefused("serialNo", "device.refusal.serial-taken", serial);
        }
        var id = UUID.randomUUID();
        db.sql(
                        """
                        insert into evidence.device (id, unit_id, kind, serial_no, model, status, registered_by,
                            registered_at)
                        values (:id, :unit, :kind, :serial, :model, 'AVAILABLE', :by, :at)
                        """)
                .param("id", id)
                .param("unit", unitId)
                .param("kind", kind.name())
                .param("serial", serial)
                .param("model", modelText)
                .param("by", user.getUsername())
                .param("at", EvidenceRows.timestamp(clock.instant()))
                .update();
        return find(id).orElseThrow();
    }

    @Transactional
    public Device issue(StaffUser user, UUID deviceId, UUID officerId) {
        requireManager(user);
        var device = device(user, deviceId);
        if (device.status() != DeviceStatus.AVAILABLE) {
            throw new DeviceRefused(null, "device.refusal.not-available", device.serialNo());
        }
        var officer = officerId == null
                ? Optional.<org.sunlight.organization.Officer>empty()
                : organization.officer(officerId).filter(o -> o.unitId().equals(device.unitId()));
        if (officer.isEmpty()) {
            throw new InvalidField("officerId", "device.field.officer");
        }
        var now = EvidenceRows.timestamp(clock.instant());
        int changed = db.sql(
                        """
                        update evidence.device set status = 'ISSUED', officer_id = :officer, issued_at = :at
                        where id = :id and status = 'AVAILABLE'
                        """)
                .param("id", deviceId)
                .param("officer", officerId)
                .param("at", now)
                .update();
        if (changed != 1) {
            throw new DeviceRefused(null, "device.refusal.not-available", device.serialNo());
        }
        db.sql(
                        """
                        insert into evidence.device_movement (device_id, officer_id, issued_at, issued_by)
                        values (:id, :officer, :at, :by)
                        """)
                .param("id", deviceId)
                .param("officer", officerId)
                .param("at", now)
                .param("by", user.getUsername())
                .update();
        return find(deviceId).orElseThrow();
    }

    @Transactional
    public Device giveBack(StaffUser user, UUID deviceId) {
        requireManager(user);
        var device = device(user, deviceId);
        if (device.status() != DeviceStatus.ISSUED) {
            throw new DeviceRefused(null, "device.refusal.not-issued", device.serialNo());
        }
        var now = EvidenceRows.timestamp(clock.instant());
        db.sql(
                        """
                        update evidence.device_movement set returned_at = :at, returned_by = :by
                        where device_id = :id and returned_at is null
                        """)
                .param("id", deviceId)
                .param("at", now)
                .param("by", user.getUsername())
                .update();
        db.sql(
                        """
                        update evidence.device set status = 'AVAILABLE', officer_id = null, issued_at = null
                        where id = :id
                        """)
                .param("id", deviceId)
                .update();
        return find(deviceId).orElseThrow();
    }

    /** Sends a device to repair, retires it, or puts it back in store (not while issued). */
    @Transactional
    public Device setStatus(StaffUser user, UUID deviceId, DeviceStatus status) {
        requireManager(user);
        var device = device(user, deviceId);
        if (status == null || status == DeviceStatus.ISSUED) {
            throw new InvalidField("status", "device.field.status");
        }
        if (device.status() == DeviceStatus.ISSUED) {
            throw new DeviceRefused("status", "device.refusal.issued", device.serialNo());
        }
        db.sql("update evidence.device set status = :status where id = :id")
                .param("id", deviceId)
                .param("status", status.name())
                .update();
        return find(deviceId).orElseThrow();
    }

    /** The devices per acting officer each unit should have; null when no standard is set. */
    public BigDecimal standard() {
        return db.sql("select devices_per_officer from evidence.device_standard where id = 1")
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    @Transactional
    public void setStandard(StaffUser user, BigDecimal devicesPerOfficer) {
        if (!user.hasRole(Role.ADMIN)) {
            throw new NotFound("device-standard");
        }
        if (user.getUnitLevel() != UnitLevel.PROVINCE) {
            // one standard counts every unit alike: a county's administrator does not overwrite it for all
            throw new EvidenceRefusals.ProvinceSetsTheStandard();
        }
        if (devicesPerOfficer == null
                || devicesPerOfficer.signum() <= 0
                || devicesPerOfficer.compareTo(BigDecimal.valueOf(100)) > 0
                || devicesPerOfficer.scale() > 2) {
            throw new InvalidField("devicesPerOfficer", "device.field.standard");
        }
        db.sql(
                        """
                        insert into evidence.device_standard (id, devices_per_officer, set_by, set_at)
                        values (1, :value, :by, :at)
                        on conflict (id) do update set devices_per_officer = excluded.devices_per_officer,
                            set_by = excluded.set_by, set_at = excluded.set_at
                        """)
                .param("value", devicesPerOfficer)
                .param("by", user.getUsername())
                .param("at", EvidenceRows.timestamp(clock.instant()))
                .update();
    }

    /** Each unit the person sees: devices in service against acting officers, and the standard. */
    public List<DeviceRatio> ratios(StaffUser user) {
        var standard = standard();
        return organization.visibleUnits(user).stream()
                .map(unit -> new DeviceRatio(
                        unit.id(),
                        unit.name(),
                        db.sql("select count(*) from evidence.device where unit_id = :unit and status <> 'RETIRED'")
                                .param("unit", unit.id())
                                .query(Long.class)
                                .single(),
                        organization.actingOfficers(unit.id()).size(),
                        standard))
                .toList();
    }

    private static void requireManager(StaffUser user) {
        if (!(user.hasRole(Role.ADMIN) || user.hasRole(Role.LEADER))) {
            throw new NotFound("device");
        }
    }

    private static Device device(ResultSet rs, int row) throws SQLException {
        return new Device(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                DeviceKind.valueOf(rs.getString("kind")),
                rs.getString("serial_no"),
                rs.getString("model"),
                DeviceStatus.valueOf(rs.getString("status")),
                rs.getObject("officer_id", UUID.class),
                EvidenceRows.instant(rs, "issued_at"));
    }
}
