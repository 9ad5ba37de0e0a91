package org.sunlight.records;

import java.time.Instant;
import java.util.UUID;

/**
 * An issued document's PDF was printed from its frozen HTML and stored: published inside the transaction that stores
 * it, so that what listens (the audit log) keeps the PDF's hash with it. Every later download is these bytes.
 *
 * @param pdfSha256 the SHA-256 (hex) of the stored PDF
 */
public record DocumentPrinted(UUID documentId, UUID caseId, UUID unitId, String pdfSha256, Instant printedAt) {}
