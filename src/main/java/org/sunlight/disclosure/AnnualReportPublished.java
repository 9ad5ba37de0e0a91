package org.sunlight.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit published a version of its yearly statistics report (D13). Published inside the publishing transaction; the
 * push to the government platform is its durable listener.
 *
 * @param messageId the idempotency key of the push: the same for every delivery
 * @param kind always {@code ANNUAL_REPORT}, so that the receiver tells it from a result's change
 * @param reason why a version after the first was published, or null
 */
public record AnnualReportPublished(
        UUID messageId,
        String kind,
        UUID reportId,
        UUID unitId,
        String unitName,
        int year,
        int version,
        String reason,
        Instant publishedAt,
        AnnualReport report)
        implements Pushed {}
