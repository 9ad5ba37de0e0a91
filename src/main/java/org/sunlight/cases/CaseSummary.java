package org.sunlight.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the case list: what the case is, where it stands and its next deadline.
 *
 * @param parties the names of its parties, joined by 、
 */
public record CaseSummary(
        UUID id,
        ProcedureKind procedure,
        String stage,
        String title,
        Instant createdAt,
        LocalDate nextDue,
        UUID unitId,
        String parties) {}
