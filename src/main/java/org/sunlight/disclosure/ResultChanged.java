package org.sunlight.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published result changed for the public: published, corrected or withdrawn (D12). Published inside that change's
 * transaction; the push to the government platform is its durable listener. Carries only the redacted text.
 *
 * @param messageId the idempotency key of the push: the same for every delivery of this change
 */
public record ResultChanged(
        UUID messageId,
        String kind,
        UUID entryId,
        UUID unitId,
        String unitName,
        String category,
        String title,
        String publicText,
        LocalDate decidedOn,
        LocalDate publishedOn,
        Instant changedAt)
        implements Pushed {}
