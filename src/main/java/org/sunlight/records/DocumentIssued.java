package org.sunlight.records;

import java.time.Instant;
import java.util.UUID;
import org.sunlight.cases.DocumentKind;

/**
 * A document was issued: published inside the issuing transaction, so that what listens (the audit log) keeps it with
 * the document or not at all. Its PDF is printed afterwards ({@link DocumentPrinted}).
 *
 * @param number the 文号, or null for documents that carry none
 * @param title the document's title, as its kind names it
 * @param contentSha256 the SHA-256 (hex) of the document's frozen HTML, UTF-8
 * @param corrects the document this one corrects (a correction, 更正), or null
 */
public record DocumentIssued(
        UUID documentId,
        UUID caseId,
        UUID unitId,
        DocumentKind kind,
        String number,
        String title,
        String contentSha256,
        String issuedBy,
        Instant issuedAt,
        UUID corrects) {}
