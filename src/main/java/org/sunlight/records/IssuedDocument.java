package org.sunlight.records;

import java.time.Instant;
import java.util.UUID;
import org.sunlight.cases.DocumentKind;

/**
 * An issued document as stored: its content frozen as HTML, and the SHA-256 of the PDF made from it at issue.
 *
 * @param number the 文号, or null for documents that carry none
 * @param corrects the document this one corrects, or null
 */
record IssuedDocument(
        UUID id,
        UUID caseId,
        UUID unitId,
        DocumentKind kind,
        String number,
        int year,
        Integer sequence,
        String title,
        String html,
        String sha256,
        String issuedBy,
        Instant issuedAt,
        UUID corrects,
        String correctionReason) {}
