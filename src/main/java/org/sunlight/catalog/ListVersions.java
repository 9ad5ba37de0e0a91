package org.sunlight.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The versions of the lists and their entries. */
@Repository
class ListVersions {

    private static final String COLUMNS =
            """
            v.id, v.unit_id, v.kind, v.number, v.status, v.merged_with_items, v.created_by, v.created_at,
            v.submitted_by, v.submitted_at, v.checked_by, v.checked_at, v.returned_by, v.returned_at, v.return_reason,
            v.published_at, (select count(*) from catalog.list_entry e where e.version_id = v.id) as entry_count
            """;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ListVersions(JdbcClient db, JdbcTemplate jdbc, ObjectMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ListVersion> find(UUID id) {
        return db.sql("select " + COLUMNS + " from catalog.list_version v where v.id = ?")
                .param(id)
                .query(ListVersions::map)
                .optional();
    }

    /** The version being drafted or waiting for its check, if any. */
    Optional<ListVersion> open(UUID unitId, ListKind kind) {
        return db.sql(
                        "select " + COLUMNS
                                + " from catalog.list_version v where v.unit_id = ? and v.kind = ? and v.status in ('DRAFT', 'SUBMITTED')")
                .params(unitId, kind.name())
                .query(ListVersions::map)
                .optional();
    }

    Optional<ListVersion> published(UUID unitId, ListKind kind) {
        return db.sql("select " + COLUMNS
                        + " from catalog.list_version v where v.unit_id = ? and v.kind = ? and v.status = 'PUBLISHED'")
                .params(unitId, kind.name())
                .query(ListVersions::map)
                .optional();
    }

    /** Every version of the list, newest first. */
    List<ListVersion> history(UUID unitId, ListKind kind) {
        return db.sql("select " + COLUMNS
                        + " from catalog.list_version v where v.unit_id = ? and v.kind = ? order by v.number desc")
                .params(unitId, kind.name())
                .query(ListVersions::map)
                .list();
    }

    /** The published and superseded versions, newest first, as the public change log shows them. */
    List<ListVersion> publicHistory(UUID unitId, ListKind kind) {
        return db.sql("select " + COLUMNS + " from catalog.list_version v where v.unit_id = ? and v.kind = ?"
                        + " and v.status in ('PUBLISHED', 'SUPERSEDED') order by v.number desc")
                .params(unitId, kind.name())
                .query(ListVersions::map)
                .list();
    }

    /** Units that have published the list. */
    List<UUID> unitsPublishing(ListKind kind) {
        return db.sql("select unit_id from catalog.list_version where kind = ? and status = 'PUBLISHED'")
                .param(kind.name())
                .query(UUID.class)
                .list();
    }

    /** Starts the next version as a draft holding a copy of the published entries. */
    UUID createDraft(UUID unitId, ListKind kind, String by) {
        var id = db.sql(
                        """
                        insert into catalog.list_version (unit_id, kind, number, status, merged_with_items, created_by)
                        select ?, ?, coalesce(max(number), 0) + 1, 'DRAFT',
                               coalesce(bool_or(merged_with_items) filter (where status = 'PUBLISHED'), false), ?
                        from catalog.list_version where unit_id = ? and kind = ?
                        returning id
                        """)
                .params(unitId, kind.name(), by, unitId, kind.name())
                .query(UUID.class)
                .single();
        db.sql(
                        """
                        insert into catalog.list_entry (version_id, position, entry_key, category, title, data, search_text)
                        select ?, e.position, e.entry_key, e.category, e.title, e.data, e.search_text
                        from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                        where v.unit_id = ? and v.kind = ? and v.status = 'PUBLISHED'
                        """)
                .params(id, unitId, kind.name())
                .update();
        return id;
    }

    List<Entry> entries(UUID versionId) {
        return db.sql("select entry_key, data from catalog.list_entry where version_id = ? order by position")
                .param(versionId)
                .query((rs, row) -> new Entry(rs.getString("entry_key"), data(rs.getString("data"))))
                .list();
    }

    Optional<Entry> entry(UUID versionId, String key) {
        return db.sql("select entry_key, data from catalog.list_entry where version_id = ? and entry_key = ?")
                .params(versionId, key)
                .query((rs, row) -> new Entry(rs.getString("entry_key"), data(rs.getString("data"))))
                .optional();
    }

    /** Entries of the given versions matching the filters, in list order. */
    PageOf<PublishedEntry> search(Collection<UUID> versionIds, String category, String text, PageQuery page) {
        if (versionIds.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        var pattern = text == null || text.isBlank()
                ? null
                : "%" + escapeLike(text.strip().toLowerCase()) + "%";
        var where =
                """
                 from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                 where e.version_id in (:versions)
                   and (cast(:category as text) is null or e.category = :category)
                   and (cast(:pattern as text) is null or e.search_text like :pattern)
                """;
        long total = db.sql("select count(*)" + where)
                .param("versions", versionIds)
                .param("category", category)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        var content = db.sql("select v.unit_id, v.number, e.entry_key, e.data" + where
                        + " order by v.unit_id, e.position limit :limit offset :offset")
                .param("versions", versionIds)
                .param("category", category)
                .param("pattern", pattern)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, row) -> new PublishedEntry(
                        rs.getObject("unit_id", UUID.class),
                        rs.getInt("number"),
                        new Entry(rs.getString("entry_key"), data(rs.getString("data")))))
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    /** Replaces every entry of a draft. */
    void replaceEntries(UUID versionId, ListSchema schema, List<Entry> entries) {
        db.sql("delete from catalog.list_entry where version_id = ?")
                .param(versionId)
                .update();
        var rows = new ArrayList<Object[]>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(row(versionId, i + 1, schema, entries.get(i)));
        }
        jdbc.batchUpdate(
                """
                insert into catalog.list_entry (version_id, position, entry_key, category, title, data, search_text)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                """,
                rows);
    }

    /** Adds an entry at the end of a draft, or changes the entry with the key (which may itself change). */
    void saveEntry(UUID versionId, ListSchema schema, String previousKey, Entry entry) {
        if (previousKey != null) {
            var updated = db.sql(
                            """
                            update catalog.list_entry set entry_key = ?, category = ?, title = ?, data = cast(? as jsonb),
                                search_text = ?
                            where version_id = ? and entry_key = ?
                            """)
                    .params(
                            entry.key(),
                            entry.data().get("category"),
                            title(schema, entry),
                            write(entry),
                            searchText(entry),
                            versionId,
                            previousKey)
                    .update();
            if (updated == 1) {
                return;
            }
        }
        int position = db.sql("select coalesce(max(position), 0) + 1 from catalog.list_entry where version_id = ?")
                .param(versionId)
                .query(Integer.class)
                .single();
        jdbc.update(
                """
                insert into catalog.list_entry (version_id, position, entry_key, category, title, data, search_text)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                """,
                row(versionId, position, schema, entry));
    }

    void deleteEntry(UUID versionId, String key) {
        db.sql("delete from catalog.list_entry where version_id = ? and entry_key = ?")
                .params(versionId, key)
                .update();
    }

    void setMerged(UUID versionId, boolean merged) {
        db.sql("update catalog.list_version set merged_with_items = ? where id = ? and status = 'DRAFT'")
                .params(merged, versionId)
                .update();
    }

    boolean submit(UUID versionId, String by) {
        return db.sql(
                                """
                                update catalog.list_version set status = 'SUBMITTED', submitted_by = ?, submitted_at = now()
                                where id = ? and status = 'DRAFT'
                                """)
                        .params(by, versionId)
                        .update()
                == 1;
    }

    boolean returnToDraft(UUID versionId, String by, String reason) {
        return db.sql(
                                """
                                update catalog.list_version set status = 'DRAFT', returned_by = ?, returned_at = now(),
                                    return_reason = ?
                                where id = ? and status = 'SUBMITTED'
                                """)
                        .params(by, reason, versionId)
                        .update()
                == 1;
    }

    /** Supersedes the published version and publishes this one, checked by {@code by}. */
    boolean publish(UUID versionId, UUID unitId, ListKind kind, String by) {
        db.sql(
                        """
                        update catalog.list_version set status = 'SUPERSEDED'
                        where unit_id = ? and kind = ? and status = 'PUBLISHED'
                        """)
                .params(unitId, kind.name())
                .update();
        return db.sql(
                                """
                                update catalog.list_version set status = 'PUBLISHED', checked_by = ?, checked_at = now(),
                                    published_at = now()
                                where id = ? and status = 'SUBMITTED'
                                """)
                        .params(by, versionId)
                        .update()
                == 1;
    }

    void discard(UUID versionId) {
        db.sql("delete from catalog.list_version where id = ? and status = 'DRAFT'")
                .param(versionId)
                .update();
    }

    private Object[] row(UUID versionId, int position, ListSchema schema, Entry entry) {
        return new Object[] {
            versionId,
            position,
            entry.key(),
            entry.data().get("category"),
            title(schema, entry),
            write(entry),
            searchText(entry)
        };
    }

    /** The entry's title, which fits its column: ListSchemaColumnsTest holds every title field within it. */
    private static String title(ListSchema schema, Entry entry) {
        return entry.get(schema.titleField());
    }

    private static String searchText(Entry entry) {
        return String.join(" ", entry.data().values()).toLowerCase();
    }

    private String write(Entry entry) {
        return json(entry.data());
    }

    /** Fields as the JSON they are stored in. */
    String json(java.util.Map<String, String> fields) {
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An entry's stored fields. */
    LinkedHashMap<String, String> parse(String json) {
        return data(json);
    }

    private LinkedHashMap<String, String> data(String text) {
        try {
            return json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ListVersion map(ResultSet rs, int row) throws SQLException {
        return new ListVersion(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                ListKind.valueOf(rs.getString("kind")),
                rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("merged_with_items"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("submitted_by"),
                instant(rs.getTimestamp("submitted_at")),
                rs.getString("checked_by"),
                instant(rs.getTimestamp("checked_at")),
                rs.getString("returned_by"),
                instant(rs.getTimestamp("returned_at")),
                rs.getString("return_reason"),
                instant(rs.getTimestamp("published_at")),
                rs.getInt("entry_count"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** An entry of a published version, with the unit and version it belongs to. */
    record PublishedEntry(UUID unitId, int versionNumber, Entry entry) {}
}
