package org.sunlight.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision's result was published on the portal: published inside the publishing transaction, so that what listens
 * (the audit log) keeps it with the publication or not at all.
 *
 * @param resultId the public result's id, as the portal addresses it ({@code /portal/results/{resultId}})
 * @param publicTextSha256 the SHA-256 (hex) of the published (redacted) text, UTF-8
 */
public record ResultPublished(
        UUID resultId,
        UUID entryId,
        UUID caseId,
        UUID unitId,
        String category,
        String publicTextSha256,
        String publishedBy,
        Instant publishedAt) {}
