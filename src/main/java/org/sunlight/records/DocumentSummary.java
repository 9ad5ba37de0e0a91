package org.sunlight.records;

import java.time.Instant;
import java.util.UUID;
import org.sunlight.cases.DocumentKind;

/**
 * A document of a case as lists show it.
 *
 * @param corrects the document this one corrects, or null
 * @param correctedBy the document that corrects this one, or null while it stands
 */
public record DocumentSummary(
        UUID id,
        UUID caseId,
        DocumentKind kind,
        String title,
        String number,
        Instant issuedAt,
        String sha256,
        UUID corrects,
        UUID correctedBy) {}
