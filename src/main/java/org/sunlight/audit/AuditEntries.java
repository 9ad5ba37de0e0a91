package org.sunlight.audit;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Reading the log: one entry, the entries of a published record, the retrieval log. */
@Repository
class AuditEntries {

    private static final HexFormat HEX = HexFormat.of();

    /** Entry kinds whose index anyone may look up by record: what the product publishes or issues. */
    static final List<String> PUBLIC_KINDS = List.of(
            AuditEvents.DOCUMENT_ISSUED,
            AuditEvents.DOCUMENT_PRINTED,
            AuditEvents.LIST_PUBLISHED,
            AuditEvents.RESULT_PUBLISHED,
            AuditEvents.EVIDENCE_ATTACHED);

    /**
     * The public kinds as SQL literals: written into the query, so that PostgreSQL can use the index of these kinds'
     * records ({@code entry_public_record}, V4), whose condition names the same kinds.
     */
    private static final String PUBLIC_KINDS_SQL = String.join(
            ", ", PUBLIC_KINDS.stream().map(kind -> "'" + kind + "'").toList());

    /**
     * An entry with its leaf data.
     *
     * @param index the leaf index, or null while the entry waits for the integrator
     * @param leaf the canonical bytes hashed into the tree, as UTF-8 text
     * @param leafHash SHA-256(0x00 ‖ leaf), hex
     */
    record Entry(
            Long index,
            String kind,
            Instant at,
            String actor,
            String address,
            String subject,
            String recordId,
            UUID caseId,
            UUID unitId,
            String detail,
            String leaf,
            String leafHash) {}

    /** What the public learns of a published record's entry: where it is and its hash. */
    record PublicEntry(Long index, String kind, Instant at, String leafHash) {}

    /** The filters of the retrieval log; null means any. */
    record RetrievalFilter(UUID caseId, String person, String kind, Instant from, Instant to) {}

    private final JdbcClient db;

    AuditEntries(JdbcClient db) {
        this.db = db;
    }

    Optional<Entry> byIndex(long index) {
        return db.sql("select e.*, l.leaf_index from audit.leaf l join audit.entry e on e.id = l.entry_id"
                        + " where l.leaf_index = ?")
                .param(index)
                .query(AuditEntries::entry)
                .optional();
    }

    List<PublicEntry> publicEntries(String recordId) {
        return db.sql(
                        """
                        select l.leaf_index, e.kind, e.at, e.leaf_hash
                        from audit.entry e left join audit.leaf l on l.entry_id = e.id
                        where e.record_id = ? and e.kind in (%s) order by e.id
                        """
                                .formatted(PUBLIC_KINDS_SQL))
                .param(recordId)
                .query((rs, row) -> new PublicEntry(
                        rs.getObject("leaf_index", Long.class),
                        rs.getString("kind"),
                        rs.getTimestamp("at").toInstant(),
                        HEX.formatHex(rs.getBytes("leaf_hash"))))
                .list();
    }

    PageOf<Entry> retrievals(RetrievalFilter filter, Collection<UUID> units, PageQuery page) {
        var where = new StringBuilder("kind = 'RETRIEVAL' and unit_id = any(?)");
        var params = new ArrayList<Object>();
        params.add(units.toArray(UUID[]::new));
        if (filter.caseId() != null) {
            where.append(" and case_id = ?");
            params.add(filter.caseId());
        }
        if (filter.person() != null) {
            where.append(" and actor = ?");
            params.add(filter.person());
        }
        if (filter.kind() != null) {
            where.append(" and subject = ?");
            params.add(filter.kind());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            params.add(Timestamp.from(filter.to()));
        }
        long total = db.sql("select count(*) from audit.entry where " + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new ArrayList<>(params);
        pageParams.add(page.size());
        pageParams.add(page.offset());
        var content = db.sql("select e.*, l.leaf_index from (select * from audit.entry where " + where
                        + " order by at desc, id desc limit ? offset ?) e left join audit.leaf l on l.entry_id = e.id"
                        + " order by e.at desc, e.id desc")
                .params(pageParams)
                .query(AuditEntries::entry)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    static LeafData leafData(ResultSet rs) throws SQLException {
        return new LeafData(
                rs.getString("kind"),
                rs.getTimestamp("at").toInstant(),
                rs.getString("actor"),
                rs.getString("address"),
                rs.getString("subject"),
                rs.getString("record_id"),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("detail"));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        var leaf = leafData(rs);
        return new Entry(
                rs.getObject("leaf_index", Long.class),
                leaf.kind(),
                leaf.at(),
                leaf.actor(),
                leaf.address(),
                leaf.subject(),
                leaf.record(),
                leaf.caseId(),
                leaf.unitId(),
                leaf.detail(),
                new String(leaf.canonical(), StandardCharsets.UTF_8),
                HEX.formatHex(rs.getBytes("leaf_hash")));
    }
}
