package org.sunlight.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Unit;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The public's view of the lists: only published versions, never drafts, submitted or returned ones. */
@Component
class PublishedLists {

    private final ListVersions versions;
    private final Organization organization;
    private final JdbcClient db;

    PublishedLists(ListVersions versions, Organization organization, JdbcClient db) {
        this.versions = versions;
        this.organization = organization;
        this.db = db;
    }

    /** A published entry with the unit that publishes it. */
    record PublicEntry(UUID unitId, String unitName, int version, Entry entry) {}

    PageOf<PublicEntry> search(ListKind kind, UUID unitId, String category, String text, PageQuery page) {
        var versionIds = publishedVersionIds(kind, unitId);
        var units = unitNames();
        return versions.search(versionIds, category, text, page)
                .map(found -> new PublicEntry(
                        found.unitId(), units.getOrDefault(found.unitId(), ""), found.versionNumber(), found.entry()));
    }

    Optional<PublicEntry> entry(ListKind kind, UUID unitId, String key) {
        var units = unitNames();
        return db.sql(
                        """
                        select v.unit_id, v.number, v.id from catalog.list_version v
                        join catalog.list_entry e on e.version_id = v.id
                        where v.kind = ? and v.status = 'PUBLISHED' and e.entry_key = ?
                          and (cast(? as uuid) is null or v.unit_id = ?)
                        order by v.unit_id limit 1
                        """)
                .params(kind.name(), key, unitId, unitId)
                .query((rs, row) -> new Object[] {
                    rs.getObject("unit_id", UUID.class), rs.getInt("number"), rs.getObject("id", UUID.class)
                })
                .optional()
                .flatMap(found -> versions.entry((UUID) found[2], key)
                        .map(entry -> new PublicEntry(
                                (UUID) found[0], units.getOrDefault((UUID) found[0], ""), (int) found[1], entry)));
    }

    /**
     * The first published entry of the list whose fields have the given values, from the unit up through the units above
     * it (standards and thresholds are often set by the city or the province).
     */
    java.util.Optional<Entry> nearest(UUID unitId, ListKind kind, java.util.Map<String, String> fields) {
        var published = publishedVersions(unitId, kind);
        for (var unit : unitAndAncestors(unitId)) {
            var version = published.get(unit);
            if (version == null) {
                continue;
            }
            for (var entry : entries(version)) {
                if (fields.entrySet().stream()
                        .allMatch(field -> field.getValue().equals(entry.data().get(field.getKey())))) {
                    return java.util.Optional.of(new Entry(entry.data().get("code"), entry.data()));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Every entry of the list as published by the unit, or by the nearest unit above it that publishes it. */
    List<Entry> nearestList(UUID unitId, ListKind kind) {
        var published = publishedVersions(unitId, kind);
        for (var unit : unitAndAncestors(unitId)) {
            var version = published.get(unit);
            if (version != null) {
                return entries(version);
            }
        }
        return List.of();
    }

    /**
     * The published version of the list of each unit of the chain that has one, in one statement: which version is
     * published is always read, never kept, so that a publication (or a version removed) counts from its commit.
     */
    private Map<UUID, Published> publishedVersions(UUID unitId, ListKind kind) {
        var chain = unitAndAncestors(unitId);
        if (chain.isEmpty()) {
            return Map.of();
        }
        var found = new java.util.HashMap<UUID, Published>();
        db.sql(
                        """
                        select unit_id, id, published_at from catalog.list_version
                        where kind = ? and status = 'PUBLISHED' and unit_id = any(cast(? as uuid[]))
                        """)
                .params(kind.name(), chain.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .query((rs, row) -> found.put(
                        rs.getObject("unit_id", UUID.class),
                        new Published(
                                rs.getObject("id", UUID.class),
                                rs.getObject("published_at", java.time.OffsetDateTime.class))))
                .list();
        return found;
    }

    /**
     * A published version, named with the moment of its publication: a publication rolled back and made again later
     * (its entries edited in between) is another key.
     */
    private record Published(UUID versionId, java.time.OffsetDateTime publishedAt) {}

    /**
     * The entries of a published version, in list order: kept once read, as a published version's entries never
     * change (the trigger {@code list_entry_immutable_once_published} refuses it).
     */
    private List<Entry> entries(Published version) {
        var kept = publishedEntries.get(version);
        if (kept != null) {
            return kept;
        }
        var read = List.copyOf(versions.entries(version.versionId()));
        if (publishedEntries.size() >= KEPT_VERSIONS) {
            publishedEntries.clear();
        }
        publishedEntries.put(version, read);
        return read;
    }

    private static final int KEPT_VERSIONS = 2_000;

    /** Entries of published versions by version id (see {@link #entries}). */
    private final Map<Published, List<Entry>> publishedEntries = new java.util.concurrent.ConcurrentHashMap<>();

    /** The unit and the units above it, nearest first: kept by unit, as a unit never changes its superior. */
    private List<UUID> unitAndAncestors(UUID unitId) {
        var kept = chains.get(unitId);
        if (kept != null) {
            return kept;
        }
        var chain = new java.util.ArrayList<UUID>();
        var unit = organization.unit(unitId);
        while (unit.isPresent()) {
            chain.add(unit.get().id());
            var parent = unit.get().parentId();
            unit = parent == null ? java.util.Optional.empty() : organization.unit(parent);
        }
        var read = List.copyOf(chain);
        if (!read.isEmpty()) {
            chains.put(unitId, read);
        }
        return read;
    }

    private final Map<UUID, List<UUID>> chains = new java.util.concurrent.ConcurrentHashMap<>();

    long count(ListKind kind) {
        return db.sql(
                        """
                        select count(*) from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                        where v.kind = ? and v.status = 'PUBLISHED'
                        """)
                .param(kind.name())
                .query(Long.class)
                .single();
    }

    long count(ListKind kind, UUID unitId) {
        return db.sql(
                        """
                        select count(*) from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                        where v.kind = ? and v.status = 'PUBLISHED' and v.unit_id = ?
                        """)
                .params(kind.name(), unitId)
                .query(Long.class)
                .single();
    }

    /** Whether the unit publishes its random-inspection items together with its item list (D3). */
    boolean merged(UUID unitId) {
        return versions.published(unitId, ListKind.RANDOM_INSPECTION_ITEMS)
                .map(ListVersion::mergedWithItems)
                .orElse(false);
    }

    /** The units that publish the list. */
    List<Unit> publishingUnits(ListKind kind) {
        var publishing = versions.unitsPublishing(kind);
        return organization.activeUnits().stream()
                .filter(unit -> publishing.contains(unit.id()))
                .toList();
    }

    /** The published versions of a unit's list with what changed in each, newest first. */
    List<VersionChanges> changes(ListKind kind, UUID unitId) {
        var schema = ListSchema.of(kind);
        var history = versions.publicHistory(unitId, kind);
        var result = new java.util.ArrayList<VersionChanges>();
        for (int i = 0; i < history.size(); i++) {
            var version = history.get(i);
            var before =
                    i + 1 < history.size() ? versions.entries(history.get(i + 1).id()) : List.<Entry>of();
            result.add(
                    new VersionChanges(version, ListChanges.between(schema, before, versions.entries(version.id()))));
        }
        return result;
    }

    record VersionChanges(ListVersion version, ListChanges changes) {}

    /** The day each unit's published version of the list was published (issue 18, point 11: every list dated). */
    Map<UUID, java.time.LocalDate> publishedOn(ListKind kind) {
        var days = new java.util.HashMap<UUID, java.time.LocalDate>();
        db.sql(
                        """
                        select unit_id, (published_at at time zone 'Asia/Shanghai')::date as published_on
                        from catalog.list_version where kind = ? and status = 'PUBLISHED' and published_at is not null
                        """)
                .param(kind.name())
                .query((rs, row) -> days.put(
                        rs.getObject("unit_id", UUID.class), rs.getObject("published_on", java.time.LocalDate.class)))
                .list();
        return days;
    }

    private List<UUID> publishedVersionIds(ListKind kind, UUID unitId) {
        return db.sql(
                        """
                        select id from catalog.list_version
                        where kind = ? and status = 'PUBLISHED' and (cast(? as uuid) is null or unit_id = ?)
                        """)
                .params(kind.name(), unitId, unitId)
                .query(UUID.class)
                .list();
    }

    private Map<UUID, String> unitNames() {
        return organization.activeUnits().stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
    }
}
