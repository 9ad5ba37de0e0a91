package org.sunlight.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** The complaint channels each unit publishes on the portal (实施方案 三(三)3), kept by its supervisors. */
@Service
class ChannelDirectory {

    private final JdbcClient db;
    private final Organization organization;
    private final ComplaintDesk desk;
    private final Clock clock;

    ChannelDirectory(JdbcClient db, Organization organization, ComplaintDesk desk, Clock clock) {
        this.db = db;
        this.organization = organization;
        this.desk = desk;
        this.clock = clock;
    }

    /** Every active unit's channels, those that published none left out. */
    List<ComplaintChannels> published() {
        var names = new HashMap<UUID, String>();
        var order = new java.util.ArrayList<UUID>();
        for (var unit : organization.activeUnits()) {
            names.put(unit.id(), unit.name());
            order.add(unit.id());
        }
        var rows = new HashMap<UUID, ComplaintChannels>();
        db.sql("select * from supervision.complaint_channel")
                .query((rs, n) -> {
                    var unitId = rs.getObject("unit_id", UUID.class);
                    return new ComplaintChannels(
                            unitId,
                            names.get(unitId),
                            rs.getString("email"),
                            rs.getString("hotline"),
                            rs.getString("address"),
                            rs.getString("scope"));
                })
                .list()
                .forEach(channels -> rows.put(channels.unitId(), channels));
        return order.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    Optional<ComplaintChannels> of(UUID unitId) {
        return published().stream().filter(c -> c.unitId().equals(unitId)).findFirst();
    }

    /** Publishes the unit's channels, replacing what it published before. */
    @Transactional
    void publish(StaffUser user, ComplaintChannels channels) {
        desk.requireSupervisor(user, channels.unitId());
        save(channels, user.getUsername());
    }

    void save(ComplaintChannels channels, String by) {
        db.sql(
                        """
                        insert into supervision.complaint_channel (unit_id, email, hotline, address, scope, updated_at,
                            updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id) do update set email = excluded.email, hotline = excluded.hotline,
                            address = excluded.address, scope = excluded.scope, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by
                        """)
                .params(
                        channels.unitId(),
                        channels.email(),
                        channels.hotline(),
                        channels.address(),
                        channels.scope(),
                        Timestamp.from(clock.instant()),
                        by)
                .update();
    }

    boolean anyPublished() {
        return db.sql("select count(*) from supervision.complaint_channel")
                        .query(Long.class)
                        .single()
                > 0;
    }
}
