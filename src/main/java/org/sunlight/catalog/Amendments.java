package org.sunlight.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.platform.Refusal;

/**
 * Keeping lists current (A1, A4): when a law is amended, every published item resting on it is to be revised and
 * re-published within one month, every discretion standard within three months, counted from the amendment.
 */
@Service
class Amendments {

    private final JdbcClient db;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    Amendments(JdbcClient db, Clock clock, org.sunlight.platform.ColumnLengths lengths) {
        this.db = db;
        this.clock = clock;
        this.lengths = lengths;
    }

    record Amendment(UUID id, String lawName, LocalDate amendedOn, String note, String recordedBy) {}

    /** An entry published before its law was amended and not re-published since. */
    record PendingRevision(
            UUID unitId,
            ListKind kind,
            String code,
            String title,
            String lawName,
            LocalDate amendedOn,
            LocalDate due,
            boolean overdue) {}

    List<Amendment> all() {
        return db.sql("select id, law_name, amended_on, note, recorded_by from catalog.law_amendment"
                        + " order by amended_on desc, law_name")
                .query((rs, row) -> new Amendment(
                        rs.getObject("id", UUID.class),
                        rs.getString("law_name"),
                        rs.getObject("amended_on", LocalDate.class),
                        rs.getString("note"),
                        rs.getString("recorded_by")))
                .list();
    }

    /** Records that a law was amended; the name may be written with or without its 《》. */
    void record(String lawName, LocalDate amendedOn, String note, String by) {
        var name =
                lawName == null ? "" : lawName.replace("《", "").replace("》", "").strip();
        if (name.isEmpty() || !lengths.fits("catalog.law_amendment.law_name", name)) {
            throw new LawNameRequired(lengths.max("catalog.law_amendment.law_name"));
        }
        lengths.checkLength("catalog.law_amendment.note", "note", note == null ? "" : note.strip());
        if (amendedOn == null) {
            throw new AmendmentDateRequired();
        }
        db.sql(
                        """
                        insert into catalog.law_amendment (law_name, amended_on, note, recorded_by)
                        values (?, ?, ?, ?) on conflict (law_name, amended_on) do nothing
                        """)
                .params(name, amendedOn, note == null ? "" : note.strip(), by)
                .update();
    }

    /** Entries of the units' published item lists and discretion standards still awaiting revision. */
    List<PendingRevision> pending(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        var today = LocalDate.now(clock);
        return db.sql(
                        """
                        select v.unit_id, v.kind, e.entry_key, e.title, a.law_name, a.amended_on
                        from catalog.law_amendment a
                        join catalog.list_version v
                          on v.status = 'PUBLISHED' and v.kind in ('ITEMS', 'DISCRETION_STANDARDS')
                         and (v.published_at at time zone 'Asia/Shanghai')::date < a.amended_on
                        join catalog.list_entry e
                          on e.version_id = v.id and e.data ->> 'legalBasis' like '%《' || a.law_name || '》%'
                        where v.unit_id in (:units)
                        order by a.amended_on, v.unit_id, v.kind, e.position
                        """)
                .param("units", unitIds)
                .query((rs, row) -> {
                    var kind = ListKind.valueOf(rs.getString("kind"));
                    var amendedOn = rs.getObject("amended_on", LocalDate.class);
                    var due = kind == ListKind.DISCRETION_STANDARDS ? amendedOn.plusMonths(3) : amendedOn.plusMonths(1);
                    return new PendingRevision(
                            rs.getObject("unit_id", UUID.class),
                            kind,
                            rs.getString("entry_key"),
                            rs.getString("title"),
                            rs.getString("law_name"),
                            amendedOn,
                            due,
                            today.isAfter(due));
                })
                .list();
    }

    static final class LawNameRequired extends Refusal {
        LawNameRequired(int max) {
            super("lawName", "catalog.amendment.law-required", max);
        }
    }

    static final class AmendmentDateRequired extends Refusal {
        AmendmentDateRequired() {
            super("amendedOn", "catalog.amendment.date-required");
        }
    }
}
