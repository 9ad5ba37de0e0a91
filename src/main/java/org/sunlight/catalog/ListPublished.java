package org.sunlight.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * A version of a unit's list was published: published inside the publishing transaction, so that what listens (the
 * audit log) keeps it with the publication or not at all.
 *
 * @param number the version number within the unit's list
 * @param entries how many entries the version holds
 */
public record ListPublished(
        UUID versionId,
        UUID unitId,
        ListKind kind,
        int number,
        long entries,
        String publishedBy,
        Instant publishedAt) {}
